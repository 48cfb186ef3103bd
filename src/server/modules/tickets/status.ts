import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { conflict } from '../../platform/http/errors.ts';
import { applySla, requestRating } from './collaborators.ts';
import { updateTicket, type TicketChanges, type TicketState } from './repository.ts';

type Status = TicketState['status'];

export const ticketClosed = () => conflict('This ticket is closed. Open a new ticket to continue.', 'ticket_closed');

/** The timestamps a move to `to` sets: solved_at on solving (cleared when reopened), closed_at on closing. */
export function statusChanges(from: Status, to: Status, now: Date): TicketChanges {
  if (from === to) return {};
  const changes: TicketChanges = { status: to };
  if (to === 'solved') changes.solvedAt = now;
  else if (to !== 'closed') changes.solvedAt = null;
  if (to === 'closed') changes.closedAt = now;
  return changes;
}

/**
 * Writes a ticket's changes and what a status or priority move causes: SLA clocks (status_changed,
 * priority_changed) and, on solving, the satisfaction request. Inside the caller's transaction, on a locked row.
 */
export async function writeTicketChanges(ctx: AppContext, tx: Queryable, ticket: TicketState, changes: TicketChanges, now: Date) {
  const from = ticket.status;
  const to = (changes.status ?? from) as Status;
  if (from === 'closed' && to !== 'closed') throw ticketClosed();
  const all = { ...changes, ...statusChanges(from, to, now) };
  await updateTicket(tx, ticket.id, all, now);
  if (changes.priority !== undefined && changes.priority !== ticket.priority) await applySla(tx, ticket.id, { kind: 'priority_changed' }, now);
  if (from !== to) {
    await applySla(tx, ticket.id, { kind: 'status_changed', from, to }, now);
    if (to === 'solved') await requestRating(ctx, tx, ticket.id, now);
  }
}
