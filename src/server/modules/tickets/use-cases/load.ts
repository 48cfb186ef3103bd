import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { presentTicket } from '../presenters.ts';
import { findTicket, lockTicket, type Viewer } from '../repository.ts';

export const viewerOf = (actor: Actor): Viewer => ({
  scope: accountScopeOf(actor),
  userId: actor.userId,
  staff: actor.staffRole !== null,
});

/** A ticket the caller sees, or 404 (missing, another account and "not yours" read the same). */
export async function ticketFor(ctx: AppContext, actor: Actor, ticketId: string, db: Queryable = ctx.db) {
  const row = await findTicket(db, viewerOf(actor), ticketId, ctx.clock.now());
  if (!row) throw notFound();
  return row;
}

export async function presentTicketById(ctx: AppContext, actor: Actor, ticketId: string) {
  return presentTicket(await ticketFor(ctx, actor, ticketId), actor, ctx.clock.now());
}

/** The locked row for a write, or 404. */
export async function lockedTicketFor(tx: Queryable, actor: Actor, ticketId: string) {
  const row = await lockTicket(tx, viewerOf(actor), ticketId);
  if (!row) throw notFound();
  return row;
}

/** A field a customer may not set: 403 naming it, before anything is written. */
export const notAllowed = (field: string) => forbidden(`Only staff can set ${field}.`, 'not_allowed');
