import type { z } from 'zod';
import type {
  CreateTicketField,
  CreateTicketGroup,
  UpdateTicketField,
  UpdateTicketGroup,
  UpdateTicketSettings,
} from '../../../../contract/index.ts';
import { TicketViewFilters } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { ticketPolicy } from '../policy.ts';
import {
  activeStaff,
  archiveField,
  ticketSegmentInScope,
  deleteGroup,
  fieldsOfSegment,
  findField,
  findGroup,
  groupNameTaken,
  insertField,
  listGroups,
  segmentExists,
  updateField,
  updateTicketSettings,
  upsertGroup,
  type FieldRow,
  type GroupRow,
} from '../repository-admin.ts';
import { ticketSettingsRow } from '../repository.ts';

/* Groups, custom fields and portal-wide ticket settings: staff read, staff admins write. */

const requireAdmin = (actor: Actor) => {
  if (!ticketPolicy.canAdminister(actor)) throw forbidden('Only staff admins change the ticket setup.');
};
const adminAbilities = (actor: Actor) => ({
  update: ticketPolicy.canAdminister(actor),
  delete: ticketPolicy.canAdminister(actor),
});

function presentGroup(row: GroupRow, actor: Actor) {
  return {
    id: row.id,
    name: row.name,
    members: (row.members ?? []).map((m) => ({ id: m.id, name: m.name, isStaff: true })),
    abilities: adminAbilities(actor),
  };
}

export async function listGroupsUseCase(ctx: AppContext, actor: Actor) {
  return { items: (await listGroups(ctx.db)).map((row) => presentGroup(row, actor)) };
}

export async function saveGroupUseCase(
  ctx: AppContext,
  actor: Actor,
  groupId: string | null,
  input: Partial<z.infer<typeof CreateTicketGroup>> & z.infer<typeof UpdateTicketGroup>,
) {
  requireAdmin(actor);
  if (groupId && !(await findGroup(ctx.db, groupId))) throw notFound();
  if (input.name !== undefined && (await groupNameTaken(ctx.db, input.name, groupId)))
    throw conflict('A group with this name exists.', 'duplicate_name');
  const memberIds = input.memberIds ? [...new Set(input.memberIds)] : undefined;
  if (memberIds && (await activeStaff(ctx.db, memberIds)).length !== memberIds.length)
    throw fieldError('memberIds', 'not_staff', 'Group members must be staff.');
  const id = groupId ?? newId();
  await ctx.db.transaction((tx) => upsertGroup(tx, id, input.name, memberIds));
  return presentGroup((await findGroup(ctx.db, id))!, actor);
}

export async function deleteGroupUseCase(ctx: AppContext, actor: Actor, groupId: string) {
  requireAdmin(actor);
  if (!(await findGroup(ctx.db, groupId))) throw notFound();
  await deleteGroup(ctx.db, groupId);
}

function presentField(row: FieldRow, actor: Actor) {
  return {
    id: row.id,
    segmentId: row.segment_id,
    label: row.label,
    type: row.type,
    options: row.options,
    required: row.required,
    customerVisible: row.customer_visible,
    position: row.position,
    abilities: adminAbilities(actor),
  };
}

/**
 * Staff who see every account read every segment's fields. Anyone else (people, agents limited to assigned
 * accounts) only those of a tickets segment of an account in their scope, else 404; people see the customer-visible ones.
 */
export async function listFieldsUseCase(ctx: AppContext, actor: Actor, segmentId: string) {
  const staff = actor.staffRole !== null;
  const scope = accountScopeOf(actor);
  if (scope.kind === 'ids') {
    if (!(await ticketSegmentInScope(ctx.db, scope.ids, segmentId))) throw notFound();
  } else if (!(await segmentExists(ctx.db, segmentId))) throw notFound();
  return { items: (await fieldsOfSegment(ctx.db, segmentId, !staff)).map((row) => presentField(row, actor)) };
}

function checkOptions(type: string, options: string[]) {
  if (type === 'select' && !options.length)
    throw fieldError('options', 'required', 'A select field needs at least one option.');
}

export async function createFieldUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  input: z.infer<typeof CreateTicketField>,
) {
  if (actor.staffRole === null || !(await segmentExists(ctx.db, segmentId))) throw notFound();
  requireAdmin(actor);
  checkOptions(input.type, input.options);
  const id = newId();
  await insertField(ctx.db, {
    id,
    segmentId,
    label: input.label,
    type: input.type,
    options: [...new Set(input.options)],
    required: input.required,
    customerVisible: input.customerVisible,
    position: input.position,
  });
  return presentField((await findField(ctx.db, id))!, actor);
}

export async function updateFieldUseCase(
  ctx: AppContext,
  actor: Actor,
  fieldId: string,
  input: z.infer<typeof UpdateTicketField>,
) {
  requireAdmin(actor);
  const field = await findField(ctx.db, fieldId);
  if (!field) throw notFound();
  const options = input.options ? [...new Set(input.options)] : field.options;
  checkOptions(field.type, options);
  await updateField(ctx.db, fieldId, {
    label: input.label ?? field.label,
    options,
    required: input.required ?? field.required,
    customerVisible: input.customerVisible ?? field.customer_visible,
    position: input.position ?? field.position,
  });
  return presentField((await findField(ctx.db, fieldId))!, actor);
}

export async function deleteFieldUseCase(ctx: AppContext, actor: Actor, fieldId: string) {
  requireAdmin(actor);
  if (!(await findField(ctx.db, fieldId))) throw notFound();
  await archiveField(ctx.db, fieldId, ctx.clock.now());
}

export async function getTicketSettingsUseCase(ctx: AppContext, actor: Actor) {
  if (actor.staffRole === null) throw forbidden();
  const row = await ticketSettingsRow(ctx.db);
  const domain = ctx.config.conversations.inboundEmailDomain;
  return {
    autoCloseDays: row.auto_close_days,
    reopenDays: row.reopen_days,
    emailSegmentId: row.email_segment_id,
    supportAddress: domain ? `support@${domain}` : null,
    abilities: { update: ticketPolicy.canAdminister(actor) },
  };
}

export async function updateTicketSettingsUseCase(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof UpdateTicketSettings>,
  ip: string,
) {
  requireAdmin(actor);
  if (input.emailSegmentId && !(await segmentExists(ctx.db, input.emailSegmentId)))
    throw fieldError('emailSegmentId', 'not_found', 'This segment does not exist.');
  await ctx.db.transaction(async (tx) => {
    await updateTicketSettings(tx, input);
    await recordAudit(tx, {
      action: 'settings.updated',
      actor: { id: actor.userId, label: actor.email },
      ip,
      details: { tickets: input },
      occurredAt: ctx.clock.now(),
    });
  });
  return getTicketSettingsUseCase(ctx, actor);
}

/** Stored filters are re-read through the contract: a view saved by an older version never breaks the list. */
export function parseViewFilters(raw: unknown): z.infer<typeof TicketViewFilters> {
  const parsed = TicketViewFilters.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
