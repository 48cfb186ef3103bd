import type { z } from 'zod';
import type {
  CreateCannedReply,
  CreateTicketView,
  UpdateCannedReply,
  UpdateTicketView,
} from '../../../../contract/index.ts';
import { CANNED_PLACEHOLDERS } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { ticketPolicy } from '../policy.ts';
import {
  deleteCanned,
  deleteView,
  findCanned,
  findView,
  listCanned,
  listViews,
  saveCanned,
  saveView,
  type CannedRow,
  type ViewRow,
} from '../repository-admin.ts';
import { ticketSettingsRow } from '../repository.ts';
import { parseViewFilters } from './config.ts';
import { ticketFor } from './load.ts';

/* Saved views and canned replies: personal (owner) or shared with all staff (owner null; staff admins write those). */

const requireStaff = (actor: Actor) => {
  if (actor.staffRole === null) throw forbidden();
};
const mayWrite = (actor: Actor, row: { owner_id: string | null }) =>
  row.owner_id === null ? ticketPolicy.canWriteShared(actor) : row.owner_id === actor.userId;
const sharedRefused = () => forbidden('Only staff admins create or change shared items.');

function presentView(row: ViewRow, actor: Actor) {
  const write = mayWrite(actor, row);
  return {
    id: row.id,
    name: row.name,
    shared: row.owner_id === null,
    filters: parseViewFilters(row.filters),
    position: row.position,
    abilities: { update: write, delete: write },
  };
}

export async function listViewsUseCase(ctx: AppContext, actor: Actor) {
  requireStaff(actor);
  return { items: (await listViews(ctx.db, actor.userId)).map((row) => presentView(row, actor)) };
}

export async function saveViewUseCase(
  ctx: AppContext,
  actor: Actor,
  viewId: string | null,
  input: z.infer<typeof UpdateTicketView> | z.infer<typeof CreateTicketView>,
) {
  requireStaff(actor);
  const existing = viewId ? await findView(ctx.db, actor.userId, viewId) : null;
  if (viewId && !existing) throw notFound();
  if (existing && !mayWrite(actor, existing)) throw forbidden();
  const shared = input.shared ?? (existing ? existing.owner_id === null : false);
  if (shared && !ticketPolicy.canWriteShared(actor)) throw sharedRefused();
  const id = viewId ?? newId();
  await saveView(ctx.db, {
    id,
    ownerId: shared ? null : actor.userId,
    name: input.name ?? existing!.name,
    filters: input.filters ?? parseViewFilters(existing!.filters),
    position: input.position ?? existing?.position ?? 0,
    now: ctx.clock.now(),
  });
  return presentView((await findView(ctx.db, actor.userId, id))!, actor);
}

export async function deleteViewUseCase(ctx: AppContext, actor: Actor, viewId: string) {
  requireStaff(actor);
  const view = await findView(ctx.db, actor.userId, viewId);
  if (!view) throw notFound();
  if (!mayWrite(actor, view)) throw forbidden();
  await deleteView(ctx.db, viewId);
}

function presentCanned(row: CannedRow, actor: Actor) {
  const write = mayWrite(actor, row);
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    shared: row.owner_id === null,
    updatedAt: row.updated_at.toISOString(),
    abilities: { update: write, delete: write },
  };
}

export async function listCannedUseCase(ctx: AppContext, actor: Actor) {
  requireStaff(actor);
  return { items: (await listCanned(ctx.db, actor.userId)).map((row) => presentCanned(row, actor)) };
}

export async function saveCannedUseCase(
  ctx: AppContext,
  actor: Actor,
  cannedId: string | null,
  input: z.infer<typeof UpdateCannedReply> | z.infer<typeof CreateCannedReply>,
) {
  requireStaff(actor);
  const existing = cannedId ? await findCanned(ctx.db, actor.userId, cannedId) : null;
  if (cannedId && !existing) throw notFound();
  if (existing && !mayWrite(actor, existing)) throw forbidden();
  const shared = input.shared ?? (existing ? existing.owner_id === null : true);
  if (shared && !ticketPolicy.canWriteShared(actor)) throw sharedRefused();
  const id = cannedId ?? newId();
  await saveCanned(ctx.db, {
    id,
    ownerId: shared ? null : actor.userId,
    title: input.title ?? existing!.title,
    body: input.body ?? existing!.body,
    createdBy: actor.userId,
    now: ctx.clock.now(),
  });
  return presentCanned((await findCanned(ctx.db, actor.userId, id))!, actor);
}

export async function deleteCannedUseCase(ctx: AppContext, actor: Actor, cannedId: string) {
  requireStaff(actor);
  const canned = await findCanned(ctx.db, actor.userId, cannedId);
  if (!canned) throw notFound();
  if (!mayWrite(actor, canned)) throw forbidden();
  await deleteCanned(ctx.db, cannedId);
}

/** Fills {{placeholders}} as plain text; an unknown one stays as typed (the agent sees and fixes it). */
export function fillPlaceholders(body: string, values: Record<(typeof CANNED_PLACEHOLDERS)[number], string>) {
  return body.replace(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? values[key as keyof typeof values] : whole,
  );
}

export async function renderCannedUseCase(ctx: AppContext, actor: Actor, ticketId: string, cannedId: string) {
  requireStaff(actor);
  const ticket = await ticketFor(ctx, actor, ticketId);
  const canned = await findCanned(ctx.db, actor.userId, cannedId);
  if (!canned) throw notFound();
  const requester = ticket.requester_name ?? '';
  const { portal_name: portalName } = await ticketSettingsRow(ctx.db);
  return {
    body: fillPlaceholders(canned.body, {
      'requester.name': requester,
      'requester.firstName': requester.split(/\s+/)[0] ?? '',
      'ticket.number': String(ticket.number),
      'ticket.subject': ticket.subject,
      'account.name': ticket.account_name,
      'agent.name': actor.name,
      'portal.name': portalName,
    }),
  };
}
