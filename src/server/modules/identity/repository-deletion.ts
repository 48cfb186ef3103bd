import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

/*
 * Deletion requests (GDPR Art. 17) and legal holds. A request belongs to one person: their own reads are scoped by
 * their user id; staff reads go through the account scope of the person's memberships (a limited agent sees the
 * people of their assigned accounts only). The sweep reads due requests portal-wide, by design.
 */

export interface DeletionRequestRow {
  id: string;
  user_id: string;
  status: 'scheduled' | 'cancelled' | 'completed';
  requested_by: string | null;
  requested_at: Date;
  scheduled_for: Date;
  cancelled_at: Date | null;
  completed_at: Date | null;
  blocked_code: 'legal_hold' | 'unpaid_invoice' | null;
  blocked_reason: string | null;
  blocked_at: Date | null;
  anonymous_label: string | null;
}

export interface StaffDeletionRequestRow extends DeletionRequestRow {
  person_name: string;
  person_email: string;
  cursor_at: string;
}

/** Inserts a scheduled request unless one is open (the unique index); returns the new row or null. */
export async function insertDeletionRequest(
  db: Queryable,
  row: { id: string; userId: string; requestedBy: string; now: Date; scheduledFor: Date },
) {
  const { rows } = await db.query<DeletionRequestRow>(
    `INSERT INTO account_deletion_requests (id, user_id, status, requested_by, requested_at, scheduled_for)
     VALUES ($1, $2, 'scheduled', $3, $4, $5)
     ON CONFLICT (user_id) WHERE status = 'scheduled' DO NOTHING RETURNING *`,
    [row.id, row.userId, row.requestedBy, row.now, row.scheduledFor],
  );
  return rows[0] ?? null;
}

export async function findOpenDeletionRequest(db: Queryable, userId: string) {
  const { rows } = await db.query<DeletionRequestRow>(
    "SELECT * FROM account_deletion_requests WHERE user_id = $1 AND status = 'scheduled'",
    [userId],
  );
  return rows[0] ?? null;
}

/** A request, locked, whatever its status. No scope: callers checked the person (themself, or staff's scope). */
export async function lockDeletionRequest(db: Queryable, id: string) {
  const { rows } = await db.query<DeletionRequestRow>(
    'SELECT * FROM account_deletion_requests WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0] ?? null;
}

export async function cancelDeletionRequest(db: Queryable, id: string, by: string, now: Date) {
  const { rows } = await db.query<DeletionRequestRow>(
    `UPDATE account_deletion_requests SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2
     WHERE id = $1 AND status = 'scheduled' RETURNING *`,
    [id, by, now],
  );
  return rows[0] ?? null;
}

const STAFF_COLUMNS = `r.*, u.name AS person_name, u.email AS person_email, ${timestampKey('r.requested_at')} AS cursor_at`;
// A person is in the caller's scope when staff see everything, or one of the person's accounts is in the scope.
const PERSON_IN_SCOPE = `($1::boolean OR EXISTS (
  SELECT 1 FROM memberships m WHERE m.user_id = r.user_id AND m.account_id = ANY($2::uuid[])))`;

/** Requests in the caller's scope, newest first, keyset-paged on (requested_at, id). */
export async function listDeletionRequests(
  db: Queryable,
  scope: [boolean, string[]],
  filter: { status?: string; cursor: [string, string] | null; limit: number },
) {
  const { rows } = await db.query<StaffDeletionRequestRow>(
    `SELECT ${STAFF_COLUMNS} FROM account_deletion_requests r JOIN users u ON u.id = r.user_id
     WHERE ${PERSON_IN_SCOPE} AND ($3::text IS NULL OR r.status = $3)
       AND ($4::timestamptz IS NULL OR (r.requested_at, r.id) < ($4::timestamptz, $5::uuid))
     ORDER BY r.requested_at DESC, r.id DESC LIMIT $6`,
    [...scope, filter.status ?? null, filter.cursor?.[0] ?? null, filter.cursor?.[1] ?? null, filter.limit + 1],
  );
  return rows;
}

export async function findStaffDeletionRequest(db: Queryable, id: string, scope: [boolean, string[]]) {
  const { rows } = await db.query<StaffDeletionRequestRow>(
    `SELECT ${STAFF_COLUMNS} FROM account_deletion_requests r JOIN users u ON u.id = r.user_id
     WHERE r.id = $3 AND ${PERSON_IN_SCOPE}`,
    [...scope, id],
  );
  return rows[0] ?? null;
}

/** A customer (never staff: staff leave through their own offboarding) in the caller's scope, with a membership. */
export async function findPersonInScope(db: Queryable, userId: string, scope: [boolean, string[]]) {
  const { rows } = await db.query<{ id: string; email: string; name: string }>(
    `SELECT u.id, u.email, u.name FROM users u
     WHERE u.id = $3 AND u.staff_role IS NULL AND u.deactivated_at IS NULL AND EXISTS (
       SELECT 1 FROM memberships m WHERE m.user_id = u.id AND ($1::boolean OR m.account_id = ANY($2::uuid[])))`,
    [...scope, userId],
  );
  return rows[0] ?? null;
}

/** Scheduled requests whose grace period ended (portal-wide: the sweep), oldest first, bounded per pass. */
export async function dueDeletionRequests(db: Queryable, now: Date, limit: number) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM account_deletion_requests WHERE status = 'scheduled' AND scheduled_for <= $1
     ORDER BY scheduled_for, id LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => row.id);
}

export async function markDeletionBlocked(
  db: Queryable,
  id: string,
  block: { code: string; reason: string },
  now: Date,
) {
  await db.query(
    `UPDATE account_deletion_requests SET blocked_code = $2, blocked_reason = $3,
       blocked_at = CASE WHEN blocked_code IS DISTINCT FROM $2 OR blocked_reason IS DISTINCT FROM $3 THEN $4 ELSE blocked_at END
     WHERE id = $1`,
    [id, block.code, block.reason, now],
  );
}

export async function markDeletionCompleted(db: Queryable, id: string, anonymousLabel: string, now: Date) {
  await db.query(
    `UPDATE account_deletion_requests SET status = 'completed', completed_at = $3, anonymous_label = $2,
       blocked_code = NULL, blocked_reason = NULL, blocked_at = NULL
     WHERE id = $1`,
    [id, anonymousLabel, now],
  );
}

/** The accounts a person belongs to (for holds and invoices), and whether they are its only member. */
export async function accountsOfPerson(db: Queryable, userId: string) {
  const { rows } = await db.query<{ account_id: string; account_name: string; sole_member: boolean }>(
    `SELECT m.account_id, a.name AS account_name,
       NOT EXISTS (SELECT 1 FROM memberships o WHERE o.account_id = m.account_id AND o.user_id <> m.user_id) AS sole_member
     FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE m.user_id = $1`,
    [userId],
  );
  return rows;
}

export async function holdsOfAccounts(db: Queryable, accountIds: string[]) {
  const { rows } = await db.query<{ account_id: string; reason: string; set_at: Date }>(
    'SELECT account_id, reason, set_at FROM account_deletion_holds WHERE account_id = ANY($1::uuid[])',
    [accountIds],
  );
  return rows;
}

export async function setLegalHold(db: Queryable, accountId: string, reason: string, by: string, now: Date) {
  const { rows } = await db.query<{ account_id: string; reason: string; set_at: Date }>(
    `INSERT INTO account_deletion_holds (account_id, reason, set_by, set_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id) DO UPDATE SET reason = EXCLUDED.reason, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
     RETURNING account_id, reason, set_at`,
    [accountId, reason, by, now],
  );
  return rows[0]!;
}

export async function liftLegalHold(db: Queryable, accountId: string) {
  const { rowCount } = await db.query('DELETE FROM account_deletion_holds WHERE account_id = $1', [accountId]);
  return (rowCount ?? 0) > 0;
}

/** Whether the account exists; the caller checked it is in the caller's scope. */
export async function accountExists(db: Queryable, accountId: string) {
  const { rows } = await db.query('SELECT 1 FROM accounts WHERE id = $1', [accountId]);
  return rows.length > 0;
}

/** A person's own legal hold (0075), if any. The caller checked the person is in its scope (or is the sweep). */
export async function holdOfPerson(db: Queryable, userId: string) {
  const { rows } = await db.query<{ reason: string; set_at: Date }>(
    'SELECT reason, set_at FROM person_deletion_holds WHERE user_id = $1',
    [userId],
  );
  return rows[0] ?? null;
}

export async function setPersonHold(db: Queryable, userId: string, reason: string, by: string, now: Date) {
  const { rows } = await db.query<{ reason: string; set_at: Date }>(
    `INSERT INTO person_deletion_holds (user_id, reason, set_by, set_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) DO UPDATE SET reason = EXCLUDED.reason, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
     RETURNING reason, set_at`,
    [userId, reason, by, now],
  );
  return rows[0]!;
}

export async function liftPersonHold(db: Queryable, userId: string) {
  const { rowCount } = await db.query('DELETE FROM person_deletion_holds WHERE user_id = $1', [userId]);
  return (rowCount ?? 0) > 0;
}

export interface HoldRow {
  user_id: string;
  account_id: string | null;
  account_name: string | null;
  reason: string;
  set_at: Date;
}

/** The holds standing over each person (their own, and those of their accounts), for requests already scoped. */
export async function holdsOfPeople(db: Queryable, userIds: string[]) {
  const { rows } = await db.query<HoldRow>(
    `SELECT h.user_id, NULL::uuid AS account_id, NULL::text AS account_name, h.reason, h.set_at
       FROM person_deletion_holds h WHERE h.user_id = ANY($1::uuid[])
     UNION ALL
     SELECT m.user_id, h.account_id, a.name, h.reason, h.set_at
       FROM memberships m JOIN account_deletion_holds h ON h.account_id = m.account_id
       JOIN accounts a ON a.id = m.account_id WHERE m.user_id = ANY($1::uuid[])
     ORDER BY set_at`,
    [userIds],
  );
  return rows;
}

/** The customers of one account (the caller checked it is in scope), with their own hold and open request. */
export async function peopleOfAccountForRights(db: Queryable, accountId: string) {
  const { rows } = await db.query<{
    id: string;
    name: string;
    email: string;
    request_id: string | null;
    request_status: 'scheduled' | null;
    scheduled_for: Date | null;
    hold_reason: string | null;
    hold_set_at: Date | null;
  }>(
    `SELECT u.id, u.name, u.email, r.id AS request_id, r.status AS request_status, r.scheduled_for,
            h.reason AS hold_reason, h.set_at AS hold_set_at
       FROM memberships m JOIN users u ON u.id = m.user_id
       LEFT JOIN account_deletion_requests r ON r.user_id = u.id AND r.status = 'scheduled'
       LEFT JOIN person_deletion_holds h ON h.user_id = u.id
      WHERE m.account_id = $1 AND u.staff_role IS NULL AND u.deactivated_at IS NULL
      ORDER BY u.name, u.id LIMIT 500`,
    [accountId],
  );
  return rows;
}
