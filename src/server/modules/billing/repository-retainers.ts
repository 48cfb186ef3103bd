import type { Queryable } from '../../platform/db/index.ts';

/** Every query takes the caller's account scope as `[all, ids]` (scopeParams), except where a comment says why not. */
type Scope = [boolean, string[]];

export interface RetainerRow {
  id: string;
  account_id: string;
  name: string;
  unit: 'hours' | 'money';
  period: 'monthly' | 'prepaid';
  budget_minutes: number | null;
  budget_amount: number | null;
  currency: string;
  hourly_rate: number;
  starts_on: string;
  ended_on: string | null;
  created_at: Date;
  version: number;
  tax_rate_ids: string[];
}

export interface OverageRow {
  id: string;
  retainer_id: string;
  account_id: string;
  period_start: string;
  period_end: string;
  minutes: number;
  amount: number;
  currency: string;
  status: 'pending' | 'approved' | 'declined';
  tax_rate_ids: string[];
  requested_at: Date;
  decided_by_name: string | null;
  decided_at: Date | null;
  comment: string;
  invoice_id: string | null;
  invoice_number: string | null;
}

const RETAINER = `SELECT r.id, r.account_id, r.name, r.unit, r.period, r.budget_minutes, r.budget_amount AS budget_amount,
  r.currency, r.hourly_rate AS hourly_rate, to_char(r.starts_on, 'YYYY-MM-DD') AS starts_on,
  to_char(r.ended_on, 'YYYY-MM-DD') AS ended_on, r.created_at, r.version, r.tax_rate_ids FROM billing_retainers r`;

const OVERAGE = `SELECT o.id, o.retainer_id, o.account_id, to_char(o.period_start, 'YYYY-MM-DD') AS period_start,
  to_char(o.period_end, 'YYYY-MM-DD') AS period_end, o.minutes, o.amount AS amount, o.currency, o.status,
  o.requested_at, o.decided_by_name, o.decided_at, o.comment, o.invoice_id, d.number AS invoice_number, o.tax_rate_ids
  FROM billing_retainer_overages o LEFT JOIN billing_documents d ON d.id = o.invoice_id`;

/** An account's retainers, open first then newest (at most 50: ended ones are history). */
export async function listRetainers(db: Queryable, accountId: string, scope: Scope) {
  const { rows } = await db.query<RetainerRow>(
    `${RETAINER} WHERE r.account_id = $1 AND ($2::boolean OR r.account_id = ANY($3::uuid[]))
     ORDER BY (r.ended_on IS NULL) DESC, r.created_at DESC, r.id DESC LIMIT 50`,
    [accountId, ...scope],
  );
  return rows;
}

/** One retainer of the account named in the path: a foreign id or account is null (404 either way). */
export async function findRetainer(db: Queryable, accountId: string, id: string, scope: Scope, lock = false) {
  const { rows } = await db.query<RetainerRow>(
    `${RETAINER} WHERE r.id = $1 AND r.account_id = $2 AND ($3::boolean OR r.account_id = ANY($4::uuid[]))
     ${lock ? 'FOR UPDATE' : ''}`,
    [id, accountId, ...scope],
  );
  return rows[0] ?? null;
}

/** The account's open retainer (projects' time hook: no caller, the firm's own figures, so no scope). */
export async function findOpenRetainerId(db: Queryable, accountId: string) {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM billing_retainers WHERE account_id = $1 AND ended_on IS NULL',
    [accountId],
  );
  return rows[0]?.id ?? null;
}

/** False when the account already has an open retainer (the partial unique index settles races). */
export async function insertRetainer(
  db: Queryable,
  row: Omit<RetainerRow, 'ended_on' | 'created_at' | 'version'> & { createdBy: string; now: Date },
) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_retainers (id, account_id, name, unit, period, budget_minutes, budget_amount, currency,
       hourly_rate, starts_on, created_by, created_at, updated_at, tax_rate_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13::uuid[])
     ON CONFLICT (account_id) WHERE ended_on IS NULL DO NOTHING`,
    [
      row.id,
      row.account_id,
      row.name,
      row.unit,
      row.period,
      row.budget_minutes,
      row.budget_amount,
      row.currency,
      row.hourly_rate,
      row.starts_on,
      row.createdBy,
      row.now,
      row.tax_rate_ids,
    ],
  );
  return rowCount === 1;
}

/** A retainer found through findRetainer (hence no scope); false when the version is stale or it has ended. */
export async function updateRetainer(
  db: Queryable,
  id: string,
  changes: {
    name?: string;
    budgetMinutes?: number | null;
    budgetAmount?: number | null;
    hourlyRate?: number;
    taxRateIds?: string[];
  },
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE billing_retainers SET name = COALESCE($2, name), budget_minutes = COALESCE($3, budget_minutes),
       budget_amount = COALESCE($4, budget_amount), hourly_rate = COALESCE($5, hourly_rate), updated_at = $6,
       tax_rate_ids = COALESCE($8::uuid[], tax_rate_ids), version = version + 1
     WHERE id = $1 AND ended_on IS NULL AND ($7::int IS NULL OR version = $7)`,
    [
      id,
      changes.name ?? null,
      changes.budgetMinutes ?? null,
      changes.budgetAmount ?? null,
      changes.hourlyRate ?? null,
      now,
      expectedVersion,
      changes.taxRateIds ?? null,
    ],
  );
  return rowCount === 1;
}

/** A retainer found through findRetainer (hence no scope); false when it had already ended. */
export async function endRetainer(db: Queryable, id: string, endedOn: string, now: Date) {
  const { rowCount } = await db.query(
    `UPDATE billing_retainers SET ended_on = greatest($2::date, starts_on), updated_at = $3, version = version + 1
     WHERE id = $1 AND ended_on IS NULL`,
    [id, endedOn, now],
  );
  return rowCount === 1;
}

/** Overage requests of retainers already authorized by findRetainer/listRetainers (hence no scope), newest first. */
export async function listOverages(db: Queryable, retainerIds: string[]) {
  if (!retainerIds.length) return [];
  const { rows } = await db.query<OverageRow>(
    `${OVERAGE} WHERE o.retainer_id = ANY($1::uuid[]) ORDER BY o.requested_at DESC, o.id DESC LIMIT 500`,
    [retainerIds],
  );
  return rows;
}

/** Minutes of a period's overage already asked (any outcome), for a retainer already authorized (no scope). */
export async function coveredMinutes(db: Queryable, retainerId: string, periodStart: string) {
  const { rows } = await db.query<{ minutes: number }>(
    `SELECT COALESCE(sum(minutes), 0)::int AS minutes FROM billing_retainer_overages
     WHERE retainer_id = $1 AND period_start = $2::date`,
    [retainerId, periodStart],
  );
  return rows[0]!.minutes;
}

/** False when a request of this retainer is already waiting (the partial unique index settles races). */
export async function insertOverage(
  db: Queryable,
  row: {
    id: string;
    retainerId: string;
    accountId: string;
    periodStart: string;
    periodEnd: string;
    minutes: number;
    amount: number;
    currency: string;
    requestedBy: string;
    now: Date;
    taxRateIds: string[];
  },
) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_retainer_overages (id, retainer_id, account_id, period_start, period_end, minutes, amount,
       currency, status, requested_by, requested_at, tax_rate_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $11::uuid[])
     ON CONFLICT (retainer_id) WHERE status = 'pending' DO NOTHING`,
    [
      row.id,
      row.retainerId,
      row.accountId,
      row.periodStart,
      row.periodEnd,
      row.minutes,
      row.amount,
      row.currency,
      row.requestedBy,
      row.now,
      row.taxRateIds,
    ],
  );
  return rowCount === 1;
}

/** One request of the retainer and account named in the path, within the caller's scope. */
export async function findOverage(db: Queryable, accountId: string, retainerId: string, id: string, scope: Scope) {
  const { rows } = await db.query<OverageRow>(
    `${OVERAGE} WHERE o.id = $1 AND o.retainer_id = $2 AND o.account_id = $3
       AND ($4::boolean OR o.account_id = ANY($5::uuid[]))`,
    [id, retainerId, accountId, ...scope],
  );
  return rows[0] ?? null;
}

/**
 * The client's answer, on a request found through findOverage (hence no scope). Only a pending request changes,
 * so of two answers at once (or a replay) one wins and the other gets false.
 */
export async function decideOverage(
  db: Queryable,
  id: string,
  decision: {
    status: 'approved' | 'declined';
    userId: string;
    name: string;
    comment: string;
    ip: string | null;
    userAgent: string | null;
    now: Date;
  },
) {
  const { rowCount } = await db.query(
    `UPDATE billing_retainer_overages SET status = $2, decided_by = $3, decided_by_name = $4, comment = $5,
       decided_ip = $6, decided_user_agent = $7, decided_at = $8
     WHERE id = $1 AND status = 'pending'`,
    [
      id,
      decision.status,
      decision.userId,
      decision.name,
      decision.comment,
      decision.ip,
      decision.userAgent,
      decision.now,
    ],
  );
  return rowCount === 1;
}

export interface ClaimedOverageRow {
  id: string;
  retainer_id: string;
  retainer_name: string;
  period_start: string;
  period_end: string;
  minutes: number;
  amount: number;
  hourly_rate: number;
  tax_rate_ids: string[];
}

/**
 * Approved, unbilled overage of the account in the invoice's currency, claimed for that invoice inside its send's
 * transaction. The row locks make two sends at once queue, and the second finds `invoice_id` set: billed once.
 * No caller scope: the send already holds the invoice of this account.
 */
export async function claimApprovedOverages(
  db: Queryable,
  accountId: string,
  currency: string,
  invoiceId: string,
  now: Date,
) {
  const { rows } = await db.query<ClaimedOverageRow>(
    `UPDATE billing_retainer_overages o SET invoice_id = $3, billed_at = $4
     FROM billing_retainers r
     WHERE r.id = o.retainer_id AND o.account_id = $1 AND o.currency = $2 AND o.status = 'approved'
       AND o.invoice_id IS NULL
     RETURNING o.id, o.retainer_id, r.name AS retainer_name, to_char(o.period_start, 'YYYY-MM-DD') AS period_start,
       to_char(o.period_end, 'YYYY-MM-DD') AS period_end, o.minutes, o.amount AS amount,
       r.hourly_rate AS hourly_rate, o.tax_rate_ids`,
    [accountId, currency, invoiceId, now],
  );
  return rows.sort((a, b) => a.period_start.localeCompare(b.period_start) || a.id.localeCompare(b.id));
}
