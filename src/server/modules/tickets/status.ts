import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { conflict } from '../../platform/http/errors.ts';
import { applySla, requestRating } from './collaborators.ts';
import { insertTicketActivity, type ActivityChanges } from './repository-activity.ts';
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

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** What `changes` really changes on `ticket`, for the activity history: a field set to its current value is no change. */
export function activityOf(ticket: TicketState, changes: TicketChanges): ActivityChanges {
  const activity: ActivityChanges = {};
  if (changes.status !== undefined && changes.status !== ticket.status)
    activity.status = { from: ticket.status, to: changes.status };
  if (changes.priority !== undefined && changes.priority !== ticket.priority)
    activity.priority = { from: ticket.priority, to: changes.priority };
  if (changes.assigneeId !== undefined && changes.assigneeId !== ticket.assignee_id)
    activity.assignee = { from: ticket.assignee_id, to: changes.assigneeId };
  if (changes.groupId !== undefined && changes.groupId !== ticket.group_id)
    activity.group = { from: ticket.group_id, to: changes.groupId };
  // Tags are a set: the same tags in another order are no change.
  if (changes.tags !== undefined && !sameSet(changes.tags, ticket.tags))
    activity.tags = { from: ticket.tags, to: changes.tags };
  if (changes.customFields !== undefined) {
    const from: Record<string, unknown> = {};
    const to: Record<string, unknown> = {};
    for (const fieldId of new Set([...Object.keys(ticket.custom_fields), ...Object.keys(changes.customFields)])) {
      const before = ticket.custom_fields[fieldId] ?? null;
      const after = changes.customFields[fieldId] ?? null;
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      from[fieldId] = before;
      to[fieldId] = after;
    }
    if (Object.keys(to).length) activity.customFields = { from, to };
  }
  if (changes.mergedInto !== undefined && changes.mergedInto !== ticket.merged_into)
    activity.mergedInto = { from: ticket.merged_into, to: changes.mergedInto };
  return activity;
}

/**
 * Writes a ticket's changes and what a status or priority move causes: SLA clocks (status_changed,
 * priority_changed) and, on solving a ticket an agent has answered, the satisfaction request. Inside the caller's transaction, on a locked row.
 * Records one activity row by `actorId` (null: the system) with the fields that changed, plus `alsoChanged`
 * (what the caller wrote elsewhere: subject, CCs); nothing when nothing changed.
 */
export async function writeTicketChanges(
  ctx: AppContext,
  tx: Queryable,
  ticket: TicketState,
  changes: TicketChanges,
  now: Date,
  actorId: string | null,
  alsoChanged: ActivityChanges = {},
) {
  const from = ticket.status;
  const to = (changes.status ?? from) as Status;
  if (from === 'closed' && to !== 'closed') throw ticketClosed();
  const all = { ...changes, ...statusChanges(from, to, now) };
  await updateTicket(tx, ticket.id, all, now);
  const activity = { ...alsoChanged, ...activityOf(ticket, changes) };
  if (Object.keys(activity).length) await insertTicketActivity(tx, ticket.id, actorId, activity, now);
  if (changes.priority !== undefined && changes.priority !== ticket.priority)
    await applySla(tx, ticket.id, { kind: 'priority_changed' }, now);
  if (from !== to) {
    await applySla(tx, ticket.id, { kind: 'status_changed', from, to }, now);
    // Only an answered ticket asks for a rating: one the customer solved before any agent reply rates nobody's work.
    const answered = ticket.first_response_at !== null || (changes.firstResponseAt ?? null) !== null;
    if (to === 'solved' && answered) await requestRating(ctx, tx, ticket.id, now);
  }
}
