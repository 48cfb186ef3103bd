import type { SubscriptionStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import type { IntervalUnit } from './recurring-schedule.ts';

/** Every query here takes the caller's account scope as `[all, ids]` (scopeParams), except where a comment says. */
type Scope = [boolean, string[]];

export interface SubscriptionRow {
  id: string;
  account_id: string;
  account_name: string;
  name: string;
  status: SubscriptionStatus;
  currency: string;
  interval_unit: IntervalUnit;
  interval_count: number;
  day_of_month: number | null;
  start_date: string;
  end_date: string | null;
  period_count: number | null;
  periods_billed: number;
  next_index: number;
  next_period_start: string | null;
  auto_send: boolean;
  auto_charge: boolean;
  notes: string;
  total: number;
  source_document_id: string | null;
  created_by: string | null;
  created_at: Date;
  cursor_at: string;
  version: number;
}

export interface SubscriptionLineRow {
  position: number;
  catalog_item_id: string | null;
  description: string;
  quantity: number;
  unit_price: number;
  tax_rate_ids: string[];
}

/** The columns of a SubscriptionRow, over `billing_subscriptions s JOIN accounts a` (the batch path adds its own). */
export const SUBSCRIPTION_COLUMNS = `s.id, s.account_id, a.name AS account_name, s.name, s.status, s.currency, s.interval_unit,
  s.interval_count, s.day_of_month, to_char(s.start_date, 'YYYY-MM-DD') AS start_date,
  to_char(s.end_date, 'YYYY-MM-DD') AS end_date, s.period_count, s.periods_billed, s.next_index,
  to_char(s.next_period_start, 'YYYY-MM-DD') AS next_period_start, s.auto_send, s.auto_charge, s.notes, s.total,
  s.source_document_id, s.created_by, s.created_at, ${timestampKey('s.created_at')} AS cursor_at, s.version`;
const SELECT = `SELECT ${SUBSCRIPTION_COLUMNS} FROM billing_subscriptions s JOIN accounts a ON a.id = s.account_id`;

export interface NewSubscription {
  id: string;
  accountId: string;
  name: string;
  currency: string;
  unit: IntervalUnit;
  every: number;
  dayOfMonth: number | null;
  startDate: string;
  endDate: string | null;
  count: number | null;
  nextPeriodStart: string | null;
  autoSend: boolean;
  autoCharge: boolean;
  notes: string;
  total: number;
  sourceDocumentId: string | null;
  createdBy: string;
  now: Date;
}

export async function insertSubscription(db: Queryable, row: NewSubscription, lines: SubscriptionLineRow[]) {
  await db.query(
    `INSERT INTO billing_subscriptions (id, account_id, name, currency, interval_unit, interval_count, day_of_month,
       start_date, end_date, period_count, next_period_start, auto_send, auto_charge, notes, total,
       source_document_id, created_by, created_at, updated_at, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18,
       CASE WHEN $11::date IS NULL THEN 'ended' ELSE 'active' END)`,
    [
      row.id,
      row.accountId,
      row.name,
      row.currency,
      row.unit,
      row.every,
      row.dayOfMonth,
      row.startDate,
      row.endDate,
      row.count,
      row.nextPeriodStart,
      row.autoSend,
      row.autoCharge,
      row.notes,
      row.total,
      row.sourceDocumentId,
      row.createdBy,
      row.now,
    ],
  );
  await db.query(
    `INSERT INTO billing_subscription_lines (id, subscription_id, position, catalog_item_id, description, quantity,
       unit_price, tax_rate_ids)
     SELECT l.id, $1, l.position, l.catalog_item_id, l.description, l.quantity, l.unit_price,
       ARRAY(SELECT jsonb_array_elements_text(l.tax_rate_ids))::uuid[]
     FROM jsonb_to_recordset($2::jsonb) AS l(id uuid, position int, catalog_item_id uuid, description text, quantity bigint,
       unit_price bigint, tax_rate_ids jsonb)`,
    [row.id, JSON.stringify(lines.map((line) => ({ id: newId(), ...line })))],
  );
}

/** A subscription in the caller's scope (and of `accountId` when given), or null. */
export async function findSubscription(
  db: Queryable,
  id: string,
  accountId: string | null,
  scope: Scope,
  forUpdate = false,
): Promise<SubscriptionRow | null> {
  const { rows } = await db.query<SubscriptionRow>(
    `${SELECT} WHERE s.id = $1 AND ($2::uuid IS NULL OR s.account_id = $2) AND ($3::boolean OR s.account_id = ANY($4::uuid[]))
     ${forUpdate ? 'FOR UPDATE OF s' : ''}`,
    [id, accountId, ...scope],
  );
  return rows[0] ?? null;
}

export interface SubscriptionFilter {
  status?: SubscriptionStatus;
  accountId?: string;
  cursor: string[] | null;
  limit: number;
}

/** Newest first, keyset on (created_at, id). */
export async function listSubscriptions(db: Queryable, scope: Scope, filter: SubscriptionFilter) {
  return (
    await db.query<SubscriptionRow>(
      `${SELECT} WHERE ($1::boolean OR s.account_id = ANY($2::uuid[]))
         AND ($3::text IS NULL OR s.status = $3) AND ($4::uuid IS NULL OR s.account_id = $4)
         AND ($5::timestamptz IS NULL OR (s.created_at, s.id) < ($5::timestamptz, $6::uuid))
       ORDER BY s.created_at DESC, s.id DESC LIMIT $7`,
      [
        ...scope,
        filter.status ?? null,
        filter.accountId ?? null,
        filter.cursor?.[0] ?? null,
        filter.cursor?.[1] ?? null,
        filter.limit + 1,
      ],
    )
  ).rows;
}

/** Lines of a subscription already authorized by findSubscription (hence no scope). */
export async function listSubscriptionLines(db: Queryable, id: string): Promise<SubscriptionLineRow[]> {
  return (
    await db.query<SubscriptionLineRow>(
      `SELECT position, catalog_item_id, description, quantity, unit_price, tax_rate_ids
       FROM billing_subscription_lines WHERE subscription_id = $1 ORDER BY position`,
      [id],
    )
  ).rows;
}

export interface PeriodRow {
  period_start: string;
  period_end: string;
  document_id: string | null;
  document_number: string | null;
  document_status: string | null;
}

/** Periods of a subscription already authorized by findSubscription (hence no scope), newest first. */
export async function listPeriods(db: Queryable, id: string, limit = 24): Promise<PeriodRow[]> {
  return (
    await db.query<PeriodRow>(
      `SELECT to_char(p.period_start, 'YYYY-MM-DD') AS period_start, to_char(p.period_end, 'YYYY-MM-DD') AS period_end,
         p.document_id, d.number AS document_number, d.status AS document_status
       FROM billing_subscription_periods p LEFT JOIN billing_documents d ON d.id = p.document_id
       WHERE p.subscription_id = $1 ORDER BY p.period_start DESC LIMIT $2`,
      [id, limit],
    )
  ).rows;
}

/** Status changes of a subscription the caller holds locked; the next period moves with a resume. */
/** A subscription found (and locked) through findSubscription, hence no scope. */
export async function setSubscriptionAutoCharge(db: Queryable, id: string, autoCharge: boolean, now: Date) {
  await db.query(
    'UPDATE billing_subscriptions SET auto_charge = $2, updated_at = $3, version = version + 1 WHERE id = $1',
    [id, autoCharge, now],
  );
}

export async function writeSubscriptionState(
  db: Queryable,
  id: string,
  change: { status: SubscriptionStatus; nextIndex: number; nextPeriodStart: string | null },
  now: Date,
) {
  await db.query(
    `UPDATE billing_subscriptions SET status = $2::text, next_index = $3, next_period_start = $4, updated_at = $5::timestamptz,
       paused_at = CASE WHEN $2::text = 'paused' THEN $5::timestamptz ELSE NULL END,
       cancelled_at = CASE WHEN $2::text = 'cancelled' THEN $5::timestamptz ELSE cancelled_at END, version = version + 1
     WHERE id = $1`,
    [id, change.status, change.nextIndex, change.nextPeriodStart, now],
  );
}

/**
 * Active auto-send subscriptions with a period due on or before `today`, in (next_period_start, id) order after
 * `after` (draft ones are billed in batches: repository-recurring-batch.ts). No scope: the sweep acts for the portal,
 * over every account.
 */
export async function listDueAutoSendSubscriptions(
  db: Queryable,
  today: string,
  after: [string, string] | null,
  limit: number,
) {
  return (
    await db.query<{ id: string; next_period_start: string }>(
      `SELECT id, to_char(next_period_start, 'YYYY-MM-DD') AS next_period_start FROM billing_subscriptions
       WHERE status = 'active' AND next_period_start <= $1::date AND auto_send
         AND ($2::date IS NULL OR (next_period_start, id) > ($2::date, $3::uuid))
       ORDER BY next_period_start, id LIMIT $4`,
      [today, after?.[0] ?? null, after?.[1] ?? null, limit],
    )
  ).rows;
}

/**
 * Claims a period (the unique (subscription_id, period_start) key): false when it was already billed or skipped,
 * so a retry, a second process or a replay after a crash never bills it twice. No scope: called by the sweep and
 * by use cases that already hold the subscription.
 */
export async function claimPeriod(
  db: Queryable,
  row: { subscriptionId: string; periodStart: string; periodEnd: string; documentId: string | null; now: Date },
) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_subscription_periods (subscription_id, period_start, period_end, document_id, created_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [row.subscriptionId, row.periodStart, row.periodEnd, row.documentId, row.now],
  );
  return rowCount === 1;
}

/** Moves a subscription (held locked by the caller) past a period: billed (`billed` 1) or skipped (0). */
export async function advanceSubscription(
  db: Queryable,
  id: string,
  next: { index: number; start: string | null; billed: number },
  now: Date,
) {
  await db.query(
    `UPDATE billing_subscriptions SET next_index = $2, next_period_start = $3::date, periods_billed = periods_billed + $4,
       status = CASE WHEN $3::date IS NULL AND status = 'active' THEN 'ended' ELSE status END, updated_at = $5
     WHERE id = $1`,
    [id, next.index, next.start, next.billed, now],
  );
}

/** The subscription a quote became, if any (for the quote's page). No scope: the caller authorized the quote. */
export async function findSubscriptionOfQuote(db: Queryable, documentId: string) {
  return (
    (await db.query<{ id: string }>('SELECT id FROM billing_subscriptions WHERE source_document_id = $1', [documentId]))
      .rows[0]?.id ?? null
  );
}

/** Links a claimed period to the invoice made for it (same transaction as the claim; no scope, as claimPeriod). */
export async function setPeriodDocument(
  db: Queryable,
  subscriptionId: string,
  periodStart: string,
  documentId: string,
) {
  await db.query(
    'UPDATE billing_subscription_periods SET document_id = $3 WHERE subscription_id = $1 AND period_start = $2',
    [subscriptionId, periodStart, documentId],
  );
}
