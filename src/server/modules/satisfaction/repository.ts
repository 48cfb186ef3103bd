import type { Queryable } from '../../platform/db/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';

export interface RatingRow {
  id: string;
  ticket_id: string;
  requester_id: string | null;
  requested_at: Date;
  rating: 'good' | 'bad' | null;
  comment: string | null;
  rated_at: Date | null;
}

const RATING_COLUMNS = 'r.id, r.ticket_id, r.requester_id, r.requested_at, r.rating, r.comment, r.rated_at';

/**
 * One rating request for the ticket's current solve, copying who solved it (assignee, group) and for whom, so the
 * report credits the solver even if the ticket is reassigned later. Called inside the solving transaction: the
 * ticket row is the caller's, already in scope. The stored hash is of a token nobody holds: the emailed token is
 * minted by the mail job (`replaceTokenHash`), so no usable token ever sits in the jobs table.
 */
export async function unsafeInsertRatingRequest(
  tx: Queryable,
  id: string,
  ticketId: string,
  placeholderHash: string,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO ticket_ratings (id, ticket_id, requester_id, token_hash, segment_id, assignee_id, group_id, requested_at)
     SELECT $1, t.thread_id, t.requester_id, $3, t.segment_id, t.assignee_id, t.group_id, $4 FROM tickets t WHERE t.thread_id = $2`,
    [id, ticketId, placeholderHash, now],
  );
  return (rowCount ?? 0) > 0;
}

export interface RatingMailRow {
  id: string;
  rated_at: Date | null;
  ticket_id: string;
  number: string;
  subject: string;
  email: string;
  name: string;
  locale: string | null;
}

/**
 * What the rating email needs, read by the job (a system actor: the request row decides the recipient, no scope).
 * Null when the requester is gone or deactivated, or the request was already answered in the portal.
 */
export async function unsafeRatingMailRecipient(db: Queryable, ratingId: string): Promise<RatingMailRow | null> {
  const { rows } = await db.query<RatingMailRow>(
    `SELECT r.id, r.rated_at, r.ticket_id, t.number::text AS number, th.subject, u.email, u.name, u.locale
     FROM ticket_ratings r JOIN tickets t ON t.thread_id = r.ticket_id JOIN threads th ON th.id = t.thread_id
     JOIN users u ON u.id = r.requester_id AND u.deactivated_at IS NULL
     WHERE r.id = $1 AND r.rated_at IS NULL`,
    [ratingId],
  );
  return rows[0] ?? null;
}

export async function replaceTokenHash(db: Queryable, ratingId: string, tokenHash: string) {
  await db.query('UPDATE ticket_ratings SET token_hash = $2 WHERE id = $1', [ratingId, tokenHash]);
}

/** The token is the credential (unguessable, hashed): whoever holds the emailed link rates, signed in or not. */
export async function findRatingByTokenHash(db: Queryable, tokenHash: string): Promise<RatingRow | null> {
  const { rows } = await db.query<RatingRow>(
    `SELECT ${RATING_COLUMNS} FROM ticket_ratings r WHERE r.token_hash = $1 FOR UPDATE`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

/**
 * Whether the caller sees the ticket at all: staff by the account scope; the account's people by the scope AND
 * `ticket_visible_to` (requester, CC, or account admin when the segment allows). Missing and invisible read alike.
 */
export async function findVisibleTicket(
  db: Queryable,
  scope: AccountScope,
  isStaff: boolean,
  ticketId: string,
  userId: string,
) {
  const { rows } = await db.query<{ status: string; requester_id: string | null }>(
    `SELECT t.status, t.requester_id FROM tickets t
     WHERE t.thread_id = $3 AND ($1::boolean OR t.account_id = ANY($2::uuid[]))
       AND ($4::boolean OR ticket_visible_to(t.thread_id, $5))
     FOR UPDATE OF t`,
    [...scopeParams(scope), ticketId, isStaff, userId],
  );
  return rows[0] ?? null;
}

/** The ticket's latest rating request (the current solve's). The caller has already established visibility. */
export async function latestRequest(db: Queryable, ticketId: string): Promise<RatingRow | null> {
  const { rows } = await db.query<RatingRow>(
    `SELECT ${RATING_COLUMNS} FROM ticket_ratings r WHERE r.ticket_id = $1 ORDER BY r.requested_at DESC, r.id DESC LIMIT 1`,
    [ticketId],
  );
  return rows[0] ?? null;
}

export async function saveRating(
  db: Queryable,
  ratingId: string,
  rating: 'good' | 'bad',
  comment: string | null,
  now: Date,
): Promise<RatingRow> {
  const { rows } = await db.query<RatingRow>(
    `UPDATE ticket_ratings r SET rating = $2, comment = $3, rated_at = $4 WHERE r.id = $1 RETURNING ${RATING_COLUMNS}`,
    [ratingId, rating, comment, now],
  );
  return rows[0]!;
}
