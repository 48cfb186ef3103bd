import type { OrderAddress, OrderStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

export interface StoredLine {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
  tax: number;
}
export interface StoredShipment {
  carrier: string;
  trackingNumber: string;
  trackingUrl: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
}

export interface OrderRow {
  id: string;
  account_id: string;
  account_name: string;
  external_id: string;
  number: string;
  placed_at: Date;
  status: OrderStatus;
  currency: string;
  subtotal_amount: string;
  tax_amount: string;
  total_amount: string;
  lines: StoredLine[];
  line_count: number;
  shipping_address: OrderAddress | null;
  billing_address: OrderAddress | null;
  shipments: StoredShipment[];
  source_updated_at: Date;
  payload_sha256: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  cursor_at: string;
}

const COLUMNS = `o.id, o.account_id, a.name AS account_name, o.external_id, o.number, o.placed_at, o.status, o.currency,
  o.subtotal_amount::text, o.tax_amount::text, o.total_amount::text, o.lines, o.line_count, o.shipping_address,
  o.billing_address, o.shipments, o.source_updated_at, o.payload_sha256, o.created_at, o.updated_at, o.version,
  ${timestampKey('o.placed_at')} AS cursor_at`;
const FROM = 'FROM orders o JOIN accounts a ON a.id = o.account_id';
const SCOPE = '($1::boolean OR o.account_id = ANY($2::uuid[]))';

/** An order in the caller's scope (404 otherwise); `lock` holds its row for an upsert. */
export async function findOrder(db: Queryable, id: string, scope: [boolean, string[]]) {
  const { rows } = await db.query<OrderRow>(`SELECT ${COLUMNS} ${FROM} WHERE o.id = $3 AND ${SCOPE}`, [...scope, id]);
  return rows[0] ?? null;
}

/** The account's order with this external id, locked until the transaction ends (the caller checked the scope). */
export async function lockOrderByExternalId(db: Queryable, accountId: string, externalId: string) {
  const { rows } = await db.query<OrderRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE o.account_id = $1 AND o.external_id = $2 FOR UPDATE OF o`,
    [accountId, externalId],
  );
  return rows[0] ?? null;
}

export interface OrderFields {
  number: string;
  placedAt: string;
  status: OrderStatus;
  currency: string;
  subtotal: number;
  tax: number;
  total: number;
  lines: StoredLine[];
  shippingAddress: OrderAddress | null;
  billingAddress: OrderAddress | null;
  shipments: StoredShipment[];
  sourceUpdatedAt: string;
  payloadSha256: string;
  searchText: string;
}

const FIELD_VALUES = (f: OrderFields) => [
  f.number,
  f.placedAt,
  f.status,
  f.currency,
  f.subtotal,
  f.tax,
  f.total,
  JSON.stringify(f.lines),
  f.lines.length,
  f.shippingAddress && JSON.stringify(f.shippingAddress),
  f.billingAddress && JSON.stringify(f.billingAddress),
  JSON.stringify(f.shipments),
  f.sourceUpdatedAt,
  f.payloadSha256,
  f.searchText,
];

/**
 * Inserts the order unless the account already has one with this external id (a concurrent upsert may have won):
 * true when this call created it. The unique index decides, so two requests never make two rows.
 */
export async function insertOrderIfNew(
  db: Queryable,
  ids: { id: string; accountId: string; externalId: string },
  fields: OrderFields,
  now: Date,
) {
  const { rowCount } = await db.query(
    `INSERT INTO orders (id, account_id, external_id, number, placed_at, status, currency, subtotal_amount, tax_amount,
       total_amount, lines, line_count, shipping_address, billing_address, shipments, source_updated_at,
       payload_sha256, search_text, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)
     ON CONFLICT (account_id, external_id) DO NOTHING`,
    [ids.id, ids.accountId, ids.externalId, ...FIELD_VALUES(fields), now],
  );
  return rowCount === 1;
}

export async function updateOrder(db: Queryable, id: string, fields: OrderFields, now: Date) {
  await db.query(
    `UPDATE orders SET number = $2, placed_at = $3, status = $4, currency = $5, subtotal_amount = $6, tax_amount = $7,
       total_amount = $8, lines = $9, line_count = $10, shipping_address = $11, billing_address = $12, shipments = $13,
       source_updated_at = $14, payload_sha256 = $15, search_text = $16, updated_at = $17, version = version + 1
     WHERE id = $1`,
    [id, ...FIELD_VALUES(fields), now],
  );
}

export async function insertStatusChange(db: Queryable, id: string, orderId: string, status: OrderStatus, at: Date) {
  await db.query('INSERT INTO order_status_history (id, order_id, status, occurred_at) VALUES ($1, $2, $3, $4)', [
    id,
    orderId,
    status,
    at,
  ]);
}

export interface StatusChangeRow {
  order_id: string;
  status: OrderStatus;
  occurred_at: Date;
}

/** Status histories of orders already loaded within the caller's scope. */
export async function historyOf(db: Queryable, orderIds: string[]) {
  const { rows } = await db.query<StatusChangeRow>(
    'SELECT order_id, status, occurred_at FROM order_status_history WHERE order_id = ANY($1::uuid[]) ORDER BY seq',
    [orderIds],
  );
  return rows;
}

/** Tickets filed about orders already loaded within the caller's scope; `filedBy`: only those this person filed. */
export async function ticketsOfOrders(db: Queryable, orderIds: string[], filedBy: string | null) {
  const { rows } = await db.query<{ order_id: string; ticket_id: string }>(
    `SELECT order_id, ticket_id FROM order_tickets WHERE order_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR filed_by = $2)
     ORDER BY created_at`,
    [orderIds, filedBy],
  );
  return rows;
}

export async function linkTicket(
  db: Queryable,
  link: { ticketId: string; orderId: string; accountId: string; filedBy: string },
  now: Date,
) {
  await db.query(
    `INSERT INTO order_tickets (ticket_id, order_id, account_id, filed_by, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING`,
    [link.ticketId, link.orderId, link.accountId, link.filedBy, now],
  );
}

export interface OrderFilter {
  accountId?: string;
  status?: OrderStatus;
  q?: string;
  placedFrom?: string;
  placedTo?: string;
  ticketId?: string;
  cursor: string[] | null;
  limit: number;
}

/** Scopes of at most this many accounts are read by one index walk per account ("my orders"). */
const WALK_PER_ACCOUNT_MAX = 20;

/**
 * Orders in the caller's scope, newest placed first, keyset-paged on (placed_at, id); one more than the limit.
 * A person's scope (a few accounts) is walked per account on orders_account_placed_idx, each walk stopping at the
 * limit, then merged: `account_id = ANY(ids)` cannot keep that index's order, so the plan read every order of the
 * account (100 on the large seed, each a wide row) and sorted them for a page of 20. Staff (every account) walk
 * orders_placed_idx. The text holds only the conditions in use and the limit, and runs prepared.
 */
export async function listOrders(db: Queryable, scope: [boolean, string[]], filter: OrderFilter) {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  const perAccount = !scope[0] && !filter.accountId && scope[1].length <= WALK_PER_ACCOUNT_MAX;
  if (perAccount) params.push(scope[1]);
  else if (!scope[0]) add((n) => `o.account_id = ANY(${n}::uuid[])`, scope[1]);
  if (filter.accountId) add((n) => `o.account_id = ${n}::uuid`, filter.accountId);
  if (filter.status) add((n) => `o.status = ${n}`, filter.status);
  if (filter.q) add((n) => `o.search_text LIKE ${n}`, `%${filter.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`);
  if (filter.placedFrom) add((n) => `o.placed_at >= ${n}::date`, filter.placedFrom);
  if (filter.placedTo) add((n) => `o.placed_at < (${n}::date + 1)`, filter.placedTo);
  if (filter.ticketId)
    add(
      (n) => `EXISTS (SELECT 1 FROM order_tickets x WHERE x.order_id = o.id AND x.ticket_id = ${n})`,
      filter.ticketId,
    );
  if (filter.cursor) {
    params.push(filter.cursor[0], filter.cursor[1]);
    where.push(`(o.placed_at, o.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  const limit = Math.trunc(Number(filter.limit)) + 1;
  const order = `ORDER BY o.placed_at DESC, o.id DESC LIMIT ${limit}`;
  const sql = perAccount
    ? `SELECT ${COLUMNS} FROM unnest($1::uuid[]) AS s (account_id)
         CROSS JOIN LATERAL (SELECT o.* FROM orders o WHERE ${['o.account_id = s.account_id', ...where].join(' AND ')}
           ${order}) o
         JOIN accounts a ON a.id = o.account_id ${order}`
    : `SELECT ${COLUMNS} ${FROM} WHERE ${where.length ? where.join(' AND ') : 'true'} ${order}`;
  const { rows } = await db.query<OrderRow>(sql, params, { prepare: true });
  return rows;
}

export interface RecipientRow {
  user_id: string;
  email: string;
  locale: string | null;
}

/** The account's active people: who hears about its orders (staff are not mailed about orders). */
export async function peopleOfAccount(db: Queryable, accountId: string) {
  const { rows } = await db.query<RecipientRow>(
    `SELECT u.id AS user_id, u.email, u.locale FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.account_id = $1 AND u.deactivated_at IS NULL ORDER BY u.email`,
    [accountId],
  );
  return rows;
}

/** Whether an account is in the caller's scope (an upsert's account; the walk's 404). */
export async function accountInScope(db: Queryable, accountId: string, scope: [boolean, string[]]) {
  const { rows } = await db.query<{ name: string }>(
    'SELECT a.name FROM accounts a WHERE a.id = $3 AND ($1::boolean OR a.id = ANY($2::uuid[]))',
    [...scope, accountId],
  );
  return rows[0] ?? null;
}

export interface OrderForReturnsRow {
  id: string;
  account_id: string;
  segment_id: string;
  number: string;
  status: OrderStatus;
  currency: string;
  lines: StoredLine[];
  shipments: StoredShipment[];
  /** When the order was first known delivered (its history), for shipments that carry no delivery date. */
  delivered_at: Date | null;
}

/**
 * An order as the returns module needs it, in the caller's scope; `lock` holds the order's row until the
 * transaction ends, so two returns filed at once against one order are counted one after the other.
 */
export async function findOrderForReturns(db: Queryable, id: string, scope: [boolean, string[]], lock: boolean) {
  const { rows } = await db.query<OrderForReturnsRow>(
    `SELECT o.id, o.account_id, a.segment_id, o.number, o.status, o.currency, o.lines, o.shipments,
       (SELECT min(h.occurred_at) FROM order_status_history h WHERE h.order_id = o.id AND h.status = 'delivered')
         AS delivered_at
     ${FROM} WHERE o.id = $3 AND ${SCOPE}${lock ? ' FOR UPDATE OF o' : ''}`,
    [...scope, id],
  );
  return rows[0] ?? null;
}
