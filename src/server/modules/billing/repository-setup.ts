import type { BillingDocumentKind } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

/*
 * Billing setup: tax rates, payment terms and number series are portal-wide configuration (the firm's own), read
 * by staff only: no account scope applies to them. Billing profiles belong to an account and are read through
 * the caller's scope.
 */

export interface TaxRateRow {
  id: string;
  name: string;
  rate: number;
  inclusive: boolean;
  compound: boolean;
  archived_at: Date | null;
  version: number;
}

export async function listTaxRates(db: Queryable): Promise<TaxRateRow[]> {
  return (
    await db.query<TaxRateRow>(
      'SELECT id, name, rate, inclusive, compound, archived_at, version FROM billing_tax_rates ORDER BY archived_at NULLS FIRST, lower(name), id',
    )
  ).rows;
}

export async function findTaxRates(db: Queryable, ids: readonly string[]): Promise<TaxRateRow[]> {
  if (!ids.length) return [];
  return (
    await db.query<TaxRateRow>(
      'SELECT id, name, rate, inclusive, compound, archived_at, version FROM billing_tax_rates WHERE id = ANY($1::uuid[])',
      [ids],
    )
  ).rows;
}

export async function insertTaxRate(
  db: Queryable,
  row: { id: string; name: string; rate: number; inclusive: boolean; compound: boolean },
) {
  await db.query('INSERT INTO billing_tax_rates (id, name, rate, inclusive, compound) VALUES ($1, $2, $3, $4, $5)', [
    row.id,
    row.name,
    row.rate,
    row.inclusive,
    row.compound,
  ]);
}

/** Only the name and archiving change: a rate's figure is copied into documents, so a new figure is a new rate. */
export async function updateTaxRate(
  db: Queryable,
  id: string,
  change: { name?: string; archived?: boolean },
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE billing_tax_rates SET name = COALESCE($2, name),
       archived_at = CASE WHEN $3::boolean IS NULL THEN archived_at WHEN $3 THEN COALESCE(archived_at, $4) ELSE NULL END,
       version = version + 1
     WHERE id = $1 AND ($5::int IS NULL OR version = $5)`,
    [id, change.name ?? null, change.archived ?? null, now, expectedVersion],
  );
  return rowCount === 1;
}

export interface PaymentTermRow {
  id: string;
  name: string;
  days: number;
  version: number;
}

export async function listPaymentTerms(db: Queryable): Promise<PaymentTermRow[]> {
  return (await db.query<PaymentTermRow>('SELECT id, name, days, version FROM billing_payment_terms ORDER BY days, id'))
    .rows;
}

export async function findPaymentTerm(db: Queryable, id: string): Promise<PaymentTermRow | null> {
  return (
    (await db.query<PaymentTermRow>('SELECT id, name, days, version FROM billing_payment_terms WHERE id = $1', [id]))
      .rows[0] ?? null
  );
}

export async function insertPaymentTerm(db: Queryable, row: { id: string; name: string; days: number }) {
  await db.query('INSERT INTO billing_payment_terms (id, name, days) VALUES ($1, $2, $3)', [
    row.id,
    row.name,
    row.days,
  ]);
}

export async function updatePaymentTerm(
  db: Queryable,
  id: string,
  change: { name?: string; days?: number },
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE billing_payment_terms SET name = COALESCE($2, name), days = COALESCE($3, days), version = version + 1
     WHERE id = $1 AND ($4::int IS NULL OR version = $4)`,
    [id, change.name ?? null, change.days ?? null, expectedVersion],
  );
  return rowCount === 1;
}

export async function deletePaymentTerm(db: Queryable, id: string) {
  return (await db.query('DELETE FROM billing_payment_terms WHERE id = $1', [id])).rowCount === 1;
}

export interface NumberSeriesRow {
  kind: BillingDocumentKind;
  prefix: string;
  yearly_reset: boolean;
  padding: number;
  /** Copied onto a draft of this kind created without terms ('' : none). */
  default_terms: string;
  next_value: number;
  version: number;
}

/** next_value: what the next send of this year would take (for the console's example; nothing is reserved). */
export async function listNumberSeries(db: Queryable, year: number): Promise<NumberSeriesRow[]> {
  return (
    await db.query<NumberSeriesRow>(
      `SELECT s.kind, s.prefix, s.yearly_reset, s.padding, s.default_terms, s.version,
         COALESCE((SELECT c.last_value FROM billing_number_counters c
                   WHERE c.kind = s.kind AND c.year = CASE WHEN s.yearly_reset THEN $1 ELSE 0 END), 0) + 1 AS next_value
       FROM billing_number_series s ORDER BY s.kind`,
      [year],
    )
  ).rows;
}

export async function updateNumberSeries(
  db: Queryable,
  kind: BillingDocumentKind,
  change: { prefix?: string; yearlyReset?: boolean; padding?: number; defaultTerms?: string },
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE billing_number_series SET prefix = COALESCE($2, prefix), yearly_reset = COALESCE($3, yearly_reset),
       padding = COALESCE($4, padding), default_terms = COALESCE($6, default_terms), version = version + 1
     WHERE kind = $1 AND ($5::int IS NULL OR version = $5)`,
    [
      kind,
      change.prefix ?? null,
      change.yearlyReset ?? null,
      change.padding ?? null,
      expectedVersion,
      change.defaultTerms ?? null,
    ],
  );
  return rowCount === 1;
}

/** The firm's default terms for a kind ('' when none): portal-wide setup, no account scope. */
export async function findDefaultTerms(db: Queryable, kind: BillingDocumentKind): Promise<string> {
  return (
    (
      await db.query<{ default_terms: string }>('SELECT default_terms FROM billing_number_series WHERE kind = $1', [
        kind,
      ])
    ).rows[0]?.default_terms ?? ''
  );
}

/**
 * Takes the next number of a series inside the caller's transaction (the send). The upsert locks the counter row
 * until commit, so concurrent sends queue and each gets the next value; a rollback undoes the increment, so no
 * number is ever skipped. Called only by the send use case, after it has authorized the document.
 */
export async function takeNextNumber(db: Queryable, kind: BillingDocumentKind, now: Date): Promise<string> {
  const series = (
    await db.query<{ prefix: string; yearly_reset: boolean; padding: number }>(
      'SELECT prefix, yearly_reset, padding FROM billing_number_series WHERE kind = $1',
      [kind],
    )
  ).rows[0]!;
  const year = now.getUTCFullYear();
  const { rows } = await db.query<{ last_value: number }>(
    `INSERT INTO billing_number_counters (kind, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (kind, year) DO UPDATE SET last_value = billing_number_counters.last_value + 1
     RETURNING last_value`,
    [kind, series.yearly_reset ? year : 0],
  );
  return formatNumber(series.prefix, series.yearly_reset ? year : null, series.padding, rows[0]!.last_value);
}

export const formatNumber = (prefix: string, year: number | null, padding: number, value: number) =>
  [prefix, ...(year === null ? [] : [String(year)]), String(value).padStart(padding, '0')].join('-');

export interface ProfileRow {
  account_id: string;
  account_name: string;
  legal_name: string | null;
  address: string;
  tax_id: string;
  contacts: string[];
  currency: string | null;
  language: string;
  payment_terms_id: string | null;
  auto_apply_credit: boolean;
  auto_charge: boolean;
  version: number;
}

/** The account's profile (or the account alone, not yet configured), within the caller's scope. */
export async function findProfile(
  db: Queryable,
  accountId: string,
  scope: [boolean, string[]],
): Promise<ProfileRow | null> {
  const { rows } = await db.query<ProfileRow>(
    `SELECT a.id AS account_id, a.name AS account_name, p.legal_name, COALESCE(p.address, '') AS address,
       COALESCE(p.tax_id, '') AS tax_id, COALESCE(p.contacts, '{}') AS contacts, p.currency,
       COALESCE(p.language, 'en') AS language, p.payment_terms_id, COALESCE(p.version, 0) AS version,
       COALESCE(p.auto_apply_credit, false) AS auto_apply_credit, COALESCE(p.auto_charge, false) AS auto_charge
     FROM accounts a LEFT JOIN billing_profiles p ON p.account_id = a.id
     WHERE a.id = $1 AND ($2::boolean OR a.id = ANY($3::uuid[]))`,
    [accountId, ...scope],
  );
  return rows[0] ?? null;
}

export interface ProfileFields {
  legalName: string;
  address: string;
  taxId: string;
  contacts: string[];
  currency: string;
  language: string;
  paymentTermsId: string | null;
  /** Left out: unchanged (false for a new profile). */
  autoApplyCredit?: boolean;
  autoCharge?: boolean;
}

/** Creates or replaces the profile; false when the expected version is stale. */
export async function upsertProfile(
  db: Queryable,
  accountId: string,
  fields: ProfileFields,
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_profiles AS p (account_id, legal_name, address, tax_id, contacts, currency, language, payment_terms_id, updated_at,
       auto_apply_credit, auto_charge)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, COALESCE($11::boolean, false), COALESCE($12::boolean, false))
     ON CONFLICT (account_id) DO UPDATE SET legal_name = $2, address = $3, tax_id = $4, contacts = $5, currency = $6,
       language = $7, payment_terms_id = $8, updated_at = $9, version = p.version + 1,
       auto_apply_credit = COALESCE($11::boolean, p.auto_apply_credit),
       auto_charge = COALESCE($12::boolean, p.auto_charge)
     WHERE $10::int IS NULL OR p.version = $10`,
    [
      accountId,
      fields.legalName,
      fields.address,
      fields.taxId,
      fields.contacts,
      fields.currency,
      fields.language,
      fields.paymentTermsId,
      now,
      expectedVersion,
      fields.autoApplyCredit ?? null,
      fields.autoCharge ?? null,
    ],
  );
  return rowCount === 1;
}

/**
 * Where a document's email goes: the profile's billing contacts, else the account's admins. Called by the mail job
 * for a document whose send was authorized (no caller, hence no scope).
 */
export async function findRecipients(db: Queryable, accountId: string): Promise<string[]> {
  const { rows } = await db.query<{ email: string }>(
    `SELECT unnest(contacts) AS email FROM billing_profiles WHERE account_id = $1 AND cardinality(contacts) > 0
     UNION
     SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.account_id = $1 AND m.role = 'account_admin' AND u.deactivated_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM billing_profiles p WHERE p.account_id = $1 AND cardinality(p.contacts) > 0)`,
    [accountId],
  );
  return rows.map((row) => row.email).sort();
}
