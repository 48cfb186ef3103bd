import type { UpdateTicket } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError } from '../../../platform/http/errors.ts';
import { emitWebhookEvent } from '../../../platform/webhook-events.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { mergeCustomFields } from '../custom-fields.ts';
import { fieldsOfSegment, findGroup } from '../repository-admin.ts';
import { ccIdsOf, type ActivityChanges } from '../repository-activity.ts';
import {
  membersOfAccount,
  renameTicketThread,
  setCcs,
  staffWhoSeeAccount,
  type TicketChanges,
  type TicketState,
} from '../repository.ts';
import { ticketClosed, writeTicketChanges } from '../status.ts';
import { lockedTicketFor, notAllowed, presentTicketById } from './load.ts';

const CUSTOMER_REFUSED = ['priority', 'assigneeId', 'groupId', 'tags'] as const;

/** Customers: subject, CCs, customer-visible fields and "mark as solved" on their own ticket; nothing else, ever. */
export function refuseStaffOnly(actor: Actor, input: Partial<UpdateTicket>) {
  if (actor.staffRole !== null) return;
  const refused = CUSTOMER_REFUSED.find((field) => input[field] !== undefined);
  if (refused) throw notAllowed(refused);
  if (input.status !== undefined && input.status !== 'solved') throw notAllowed('status');
}

/** Validates and writes one ticket's changes on its locked row, with the event staff screens follow. */
export async function applyTicketUpdate(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  ticket: TicketState,
  input: UpdateTicket,
  now: Date,
) {
  refuseStaffOnly(actor, input);
  const staff = actor.staffRole !== null;
  if (ticket.status === 'closed') throw ticketClosed();
  if (!staff && input.status === 'solved' && ticket.requester_id !== actor.userId) throw notAllowed('status');
  const changes: TicketChanges = {};
  // Subject and CCs are written here, not by writeTicketChanges: their history rides along with its activity row.
  const alsoChanged: ActivityChanges = {};
  if (input.status !== undefined) changes.status = input.status;
  if (input.priority !== undefined) changes.priority = input.priority;
  if (input.assigneeId !== undefined) {
    if (
      input.assigneeId !== null &&
      (await staffWhoSeeAccount(tx, ticket.account_id, [input.assigneeId])).length !== 1
    ) {
      throw fieldError('assigneeId', 'not_assignable', 'Assign the ticket to staff who can see this account.');
    }
    changes.assigneeId = input.assigneeId;
  }
  if (input.groupId !== undefined) {
    if (input.groupId !== null && !(await findGroup(tx, input.groupId)))
      throw fieldError('groupId', 'not_found', 'This group does not exist.');
    changes.groupId = input.groupId;
  }
  if (input.tags !== undefined) changes.tags = [...new Set(input.tags)];
  if (input.customFields !== undefined) {
    const fields = await fieldsOfSegment(tx, ticket.segment_id);
    changes.customFields = mergeCustomFields(fields, ticket.custom_fields, input.customFields, {
      customer: !staff,
      creating: false,
    });
  }
  if (input.ccUserIds !== undefined) {
    const ccIds = [...new Set(input.ccUserIds)].filter((id) => id !== ticket.requester_id);
    if (ccIds.length && (await membersOfAccount(tx, ticket.account_id, ccIds)).length !== ccIds.length) {
      throw fieldError('ccUserIds', 'not_member', 'You can copy only people of the same account.');
    }
    const ccsBefore = await ccIdsOf(tx, ticket.id);
    const ccsAfter = [...ccIds].sort();
    if (ccsBefore.join() !== ccsAfter.join()) alsoChanged.ccs = { from: ccsBefore, to: ccsAfter };
    await setCcs(tx, ticket.id, ccIds);
  }
  if (input.subject !== undefined && input.subject !== ticket.subject) {
    await renameTicketThread(tx, ticket.id, input.subject);
    alsoChanged.subject = { from: ticket.subject, to: input.subject };
  }
  await writeTicketChanges(ctx, tx, ticket, changes, now, actor.userId, alsoChanged);
  await publishEvent(
    tx,
    { type: 'ticket.updated', accountId: ticket.account_id, audience: 'staff', data: { ticketId: ticket.id } },
    now,
  );
  // Integrators get what changed (new values; `also` carries from/to of subject and copies).
  await emitWebhookEvent(
    tx,
    {
      type: 'ticket.updated',
      accountId: ticket.account_id,
      data: { ticketId: ticket.id, changes, also: alsoChanged },
    },
    now,
  );
}

export async function updateTicketUseCase(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  input: UpdateTicket,
  expectedVersion: number | null,
) {
  refuseStaffOnly(actor, input);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const ticket = await lockedTicketFor(tx, actor, ticketId);
    if (expectedVersion !== null && ticket.version !== expectedVersion)
      throw conflict('The ticket changed since you loaded it. Reload and try again.', 'stale_version');
    await applyTicketUpdate(ctx, tx, actor, ticket, input, now);
  });
  return presentTicketById(ctx, actor, ticketId);
}
