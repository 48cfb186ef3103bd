import type { ReturnPolicy, ReturnResolution, ReturnStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

export interface ReturnRow {
  id: string;
  account_id: string;
  account_name: string;
  order_id: string;
  order_number: string;
  number: string;
  status: ReturnStatus;
  reason: string;
  resolution: ReturnResolution;
  note: string | null;
  instructions: string | null;
  rejection_reason: string | null;
  label_storage_key: string | null;
  label_content_type: string | null;
  label_size: string | null;
  currency: string;
  refund_amount: string | null;
  refund_note: string | null;
  refunded_at: Date | null;
  refund_credit_note_id: string | null;
  refund_credit_note_number: string | null;
  requested_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  cursor_at: string;
}

const COLUMNS = `r.id, r.account_id, a.name AS account_name, r.order_id, o.number AS order_number, r.number, r.status,
  r.reason, r.resolution, r.note, r.instructions, r.rejection_reason, r.label_storage_key, r.label_content_type,
  r.label_size::text, r.currency, r.refund_amount::text, r.refund_note, r.refunded_at, r.refund_credit_note_id,
  r.refund_credit_note_number, r.requested_by, r.created_at,
  r.updated_at, r.version, ${timestampKey('r.created_at')} AS cursor_at`;
const FROM = 'FROM returns r JOIN accounts a ON a.id = r.account_id JOIN orders o ON o.id = r.order_id';
const SCOPE = '($1::boolean OR r.account_id = ANY($2::uuid[]))';

/** A return in the caller's scope (null otherwise: 404); `lock` holds its row until the transaction ends. */
export async function findReturn(db: Queryable, id: string, scope: [boolean, string[]], lock = false) {
  const { rows } = await db.query<ReturnRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE r.id = $3 AND ${SCOPE}${lock ? ' FOR UPDATE OF r' : ''}`,
    [...scope, id],
  );
  return rows[0] ?? null;
}

export interface ReturnFilter {
  status?: ReturnStatus;
  accountId?: string;
  orderId?: string;
  cursor: string[] | null;
  limit: number;
}

/** Returns in the caller's scope, newest first, keyset-paged on (created_at, id); one more than the limit. */
export async function listReturns(db: Queryable, scope: [boolean, string[]], filter: ReturnFilter) {
  const params: unknown[] = [...scope];
  const where = [SCOPE];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.status) add((n) => `r.status = ${n}`, filter.status);
  if (filter.accountId) add((n) => `r.account_id = ${n}`, filter.accountId);
  if (filter.orderId) add((n) => `r.order_id = ${n}`, filter.orderId);
  if (filter.cursor) {
    params.push(filter.cursor[0], filter.cursor[1]);
    where.push(`(r.created_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(filter.limit + 1);
  const { rows } = await db.query<ReturnRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`,
    params,
  );
  return rows;
}

export interface ReturnLineRow {
  return_id: string;
  line_index: number;
  sku: string;
  name: string;
  requested_quantity: number;
  quantity: number;
  unit_price: string;
}

/** Lines of returns already loaded within the caller's scope. */
export async function linesOf(db: Queryable, returnIds: string[]) {
  const { rows } = await db.query<ReturnLineRow>(
    `SELECT return_id, line_index, sku, name, requested_quantity, quantity, unit_price::text FROM return_lines
     WHERE return_id = ANY($1::uuid[]) ORDER BY line_index`,
    [returnIds],
  );
  return rows;
}

/** Per order line, what returns that were not rejected take from it (the order was loaded within the scope). */
export async function returnedQuantities(db: Queryable, orderId: string) {
  const { rows } = await db.query<{ line_index: number; quantity: number }>(
    `SELECT l.line_index, sum(l.quantity)::int AS quantity FROM return_lines l JOIN returns r ON r.id = l.return_id
     WHERE r.order_id = $1 AND r.status <> 'rejected' GROUP BY l.line_index`,
    [orderId],
  );
  return new Map(rows.map((row) => [row.line_index, row.quantity]));
}

/** How many returns the order has (the new one's rank in its number); the order's row lock is held. */
export async function countReturnsOfOrder(db: Queryable, orderId: string) {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM returns WHERE order_id = $1', [
    orderId,
  ]);
  return rows[0]!.n;
}

export async function insertReturn(
  db: Queryable,
  r: {
    id: string;
    accountId: string;
    orderId: string;
    number: string;
    reason: string;
    resolution: ReturnResolution;
    note: string | null;
    currency: string;
    requestedBy: string;
  },
  lines: { index: number; sku: string; name: string; quantity: number; unitPrice: number }[],
  now: Date,
) {
  await db.query(
    `INSERT INTO returns (id, account_id, order_id, number, status, reason, resolution, note, currency, requested_by,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'requested', $5, $6, $7, $8, $9, $10, $10)`,
    [r.id, r.accountId, r.orderId, r.number, r.reason, r.resolution, r.note, r.currency, r.requestedBy, now],
  );
  await db.query(
    `INSERT INTO return_lines (return_id, line_index, sku, name, requested_quantity, quantity, unit_price)
     SELECT $1, x.i, x.sku, x.name, x.q, x.q, x.p
     FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::bigint[]) AS x(i, sku, name, q, p)`,
    [
      r.id,
      lines.map((line) => line.index),
      lines.map((line) => line.sku),
      lines.map((line) => line.name),
      lines.map((line) => line.quantity),
      lines.map((line) => line.unitPrice),
    ],
  );
}

export async function setLineQuantities(db: Queryable, returnId: string, quantities: Map<number, number>) {
  await db.query(
    `UPDATE return_lines l SET quantity = x.q FROM unnest($2::int[], $3::int[]) AS x(i, q)
     WHERE l.return_id = $1 AND l.line_index = x.i`,
    [returnId, [...quantities.keys()], [...quantities.values()]],
  );
}

/** Moves the return to `status` with the given columns (names are ours, never the caller's). */
export async function updateReturn(
  db: Queryable,
  id: string,
  status: ReturnStatus,
  fields: Partial<
    Record<
      | 'instructions'
      | 'rejection_reason'
      | 'label_storage_key'
      | 'label_content_type'
      | 'label_size'
      | 'refund_amount'
      | 'refund_note'
      | 'refunded_at'
      | 'refund_credit_note_id'
      | 'refund_credit_note_number',
      unknown
    >
  >,
  now: Date,
) {
  const names = Object.keys(fields);
  const sets = names.map((name, i) => `${name} = $${i + 4}`);
  await db.query(
    `UPDATE returns SET status = $2, updated_at = $3, version = version + 1${sets.map((s) => `, ${s}`).join('')}
     WHERE id = $1`,
    [id, status, now, ...names.map((name) => fields[name as keyof typeof fields])],
  );
}

export async function insertEvent(
  db: Queryable,
  e: { id: string; returnId: string; status: ReturnStatus; actorId: string | null },
  now: Date,
) {
  await db.query(
    'INSERT INTO return_events (id, return_id, status, actor_user_id, occurred_at) VALUES ($1, $2, $3, $4, $5)',
    [e.id, e.returnId, e.status, e.actorId, now],
  );
}

/** Steps of returns already loaded within the caller's scope. */
export async function eventsOf(db: Queryable, returnIds: string[]) {
  const { rows } = await db.query<{ return_id: string; status: ReturnStatus; occurred_at: Date }>(
    'SELECT return_id, status, occurred_at FROM return_events WHERE return_id = ANY($1::uuid[]) ORDER BY seq',
    [returnIds],
  );
  return rows;
}

/** The steps of every return of one order in the caller's scope, oldest first (bounded: 20 returns a line at most). */
export async function stepsOfOrder(db: Queryable, orderId: string, scope: [boolean, string[]]) {
  const { rows } = await db.query<{ return_id: string; number: string; status: ReturnStatus; occurred_at: Date }>(
    `SELECT r.id AS return_id, r.number, e.status, e.occurred_at
     FROM returns r JOIN return_events e ON e.return_id = r.id
     WHERE r.order_id = $1 AND ($2::boolean OR r.account_id = ANY($3::uuid[]))
     ORDER BY e.occurred_at, e.seq
     LIMIT 1000`,
    [orderId, ...scope],
  );
  return rows;
}

export interface PhotoRow {
  id: string;
  account_id: string;
  return_id: string | null;
  uploaded_by: string | null;
  storage_key: string;
  content_type: string;
  size: string;
}

export async function insertPhoto(
  db: Queryable,
  p: { id: string; accountId: string; uploadedBy: string; storageKey: string; contentType: string; size: number },
  sha256: string,
  now: Date,
) {
  await db.query(
    `INSERT INTO return_photos (id, account_id, uploaded_by, storage_key, content_type, size, sha256, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [p.id, p.accountId, p.uploadedBy, p.storageKey, p.contentType, p.size, sha256, now],
  );
}

/**
 * Attaches this person's unattached photos of the account to a return: the number attached (fewer than asked means
 * an id was someone else's, already used or missing). No scope: uploader and account are both matched.
 */
export async function claimPhotos(
  db: Queryable,
  returnId: string,
  photo: { ids: string[]; accountId: string; uploadedBy: string },
) {
  const { rowCount } = await db.query(
    `UPDATE return_photos SET return_id = $1
     WHERE id = ANY($2::uuid[]) AND account_id = $3 AND uploaded_by = $4 AND return_id IS NULL`,
    [returnId, photo.ids, photo.accountId, photo.uploadedBy],
  );
  return rowCount ?? 0;
}

/** Photos of returns already loaded within the caller's scope. */
export async function photosOf(db: Queryable, returnIds: string[]) {
  const { rows } = await db.query<PhotoRow>(
    `SELECT id, account_id, return_id, uploaded_by, storage_key, content_type, size::text FROM return_photos
     WHERE return_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [returnIds],
  );
  return rows;
}

interface PolicyRow {
  window_days: number;
  non_returnable: string[];
  reasons: string[];
  resolutions: ReturnPolicy['resolutions'];
  photos_required: boolean;
}
const policyOf = (row: PolicyRow): ReturnPolicy => ({
  windowDays: row.window_days,
  nonReturnable: row.non_returnable,
  reasons: row.reasons,
  resolutions: row.resolutions,
  photosRequired: row.photos_required,
});

/** The return policy of a segment (portal-wide configuration: no account scope), null when none was set. */
export async function findPolicyOfSegment(db: Queryable, segmentId: string) {
  const { rows } = await db.query<PolicyRow>(
    'SELECT window_days, non_returnable, reasons, resolutions, photos_required FROM return_policies WHERE segment_id = $1',
    [segmentId],
  );
  return rows[0] ? policyOf(rows[0]) : null;
}

/** The policy of an account's segment (the account was found within the caller's scope). */
export async function findPolicyOfAccount(db: Queryable, accountId: string) {
  const { rows } = await db.query<PolicyRow>(
    `SELECT p.window_days, p.non_returnable, p.reasons, p.resolutions, p.photos_required
     FROM accounts a JOIN return_policies p ON p.segment_id = a.segment_id WHERE a.id = $1`,
    [accountId],
  );
  return rows[0] ? policyOf(rows[0]) : null;
}

export async function savePolicy(db: Queryable, segmentId: string, policy: ReturnPolicy, now: Date) {
  await db.query(
    `INSERT INTO return_policies (segment_id, window_days, non_returnable, reasons, resolutions, photos_required, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (segment_id) DO UPDATE SET window_days = $2, non_returnable = $3, reasons = $4, resolutions = $5,
       photos_required = $6, updated_at = $7`,
    [
      segmentId,
      policy.windowDays,
      JSON.stringify(policy.nonReturnable),
      JSON.stringify(policy.reasons),
      JSON.stringify(policy.resolutions),
      policy.photosRequired,
      now,
    ],
  );
}

/** Whether a segment exists (policy routes are staff configuration: no account scope). */
export async function segmentExists(db: Queryable, segmentId: string) {
  const { rows } = await db.query('SELECT 1 FROM segments WHERE id = $1', [segmentId]);
  return rows.length > 0;
}

/** The person who asked for the return, if still active: who hears about its steps. */
export async function requesterOf(db: Queryable, userId: string) {
  const { rows } = await db.query<{ user_id: string; email: string; locale: string | null }>(
    'SELECT id AS user_id, email, locale FROM users WHERE id = $1 AND deactivated_at IS NULL',
    [userId],
  );
  return rows[0] ?? null;
}

/** Whether an account is in the caller's scope (a photo upload's account). */
export async function accountInScope(db: Queryable, accountId: string, scope: [boolean, string[]]) {
  const { rows } = await db.query(
    'SELECT 1 FROM accounts a WHERE a.id = $3 AND ($1::boolean OR a.id = ANY($2::uuid[]))',
    [...scope, accountId],
  );
  return rows.length > 0;
}
