import type { Queryable } from '../../platform/db/index.ts';

/*
 * Who else has a ticket open (collision warning). No scope in these statements: the presence use case has
 * authorized the ticket for the caller (staff, in their account scope) first, and a row names only its ticket
 * and the caller.
 */

/** The caller is viewing or replying until `expiresAt` (a heartbeat renews it). */
export async function upsertPresence(
  db: Queryable,
  ticketId: string,
  userId: string,
  state: 'viewing' | 'replying',
  expiresAt: Date,
) {
  await db.query(
    `INSERT INTO ticket_presence (ticket_id, user_id, state, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (ticket_id, user_id) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at`,
    [ticketId, userId, state, expiresAt],
  );
}

export async function removePresence(db: Queryable, ticketId: string, userId: string) {
  await db.query('DELETE FROM ticket_presence WHERE ticket_id = $1 AND user_id = $2', [ticketId, userId]);
}

/** Heartbeats that stopped (a closed tab) drop out on the next write to the same ticket. */
export async function removeExpiredPresence(db: Queryable, ticketId: string, now: Date) {
  await db.query('DELETE FROM ticket_presence WHERE ticket_id = $1 AND expires_at <= $2', [ticketId, now]);
}
