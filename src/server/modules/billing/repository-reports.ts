import type { Queryable } from '../../platform/db/index.ts';

/** Every query here takes the caller's account scope as `[all, ids]` (scopeParams). */
type Scope = [boolean, string[]];

const OPEN = `d.kind = 'invoice' AND d.status = 'sent'`;
const BALANCE = `(d.total - d.amount_paid - d.amount_credited)`;

export interface TotalsDbRow {
  currency: string;
  count: number;
  total: number;
  balance: number;
}

/** Sums of the invoice list under the same filters as the list (per currency, never across currencies). */
export async function sumDocuments(
  db: Queryable,
  scope: Scope,
  today: string,
  filter: {
    kind?: string;
    status?: string;
    accountId?: string;
    overdue?: boolean;
    dueFrom?: string;
    dueTo?: string;
    sentOnly: boolean;
  },
) {
  const { rows } = await db.query<TotalsDbRow>(
    `SELECT d.currency, count(*)::int AS count, sum(d.total)::bigint AS total,
       COALESCE(sum(${BALANCE}) FILTER (WHERE ${OPEN}), 0)::bigint AS balance
     FROM billing_documents d
     WHERE ($2::boolean OR d.account_id = ANY($3::uuid[]))
       AND ($4::text IS NULL OR d.kind = $4) AND ($5::text IS NULL OR d.status = $5)
       AND ($6::uuid IS NULL OR d.account_id = $6)
       AND ($7::boolean IS NULL OR (${OPEN} AND d.due_date < $1::date) = $7)
       AND (NOT $8::boolean OR d.status <> 'draft')
       AND ($9::date IS NULL OR d.due_date >= $9::date) AND ($10::date IS NULL OR d.due_date <= $10::date)
     GROUP BY d.currency ORDER BY d.currency`,
    [
      today,
      ...scope,
      filter.kind ?? null,
      filter.status ?? null,
      filter.accountId ?? null,
      filter.overdue ?? null,
      filter.sentOnly,
      filter.dueFrom ?? null,
      filter.dueTo ?? null,
    ],
  );
  return rows;
}

export interface AgingDbRow {
  account_id: string;
  account_name: string;
  currency: string;
  current: number;
  d1_30: number;
  d31_60: number;
  d61_90: number;
  d90_plus: number;
  total: number;
}

/** Open balances per account and currency by days past due (capped: largest first). */
export async function agingByAccount(db: Queryable, scope: Scope, today: string) {
  const bucket = (condition: string) => `COALESCE(sum(${BALANCE}) FILTER (WHERE ${condition}), 0)::bigint`;
  const late = `($1::date - d.due_date)`;
  const { rows } = await db.query<AgingDbRow>(
    `SELECT d.account_id, a.name AS account_name, d.currency,
       ${bucket(`d.due_date IS NULL OR ${late} <= 0`)} AS current,
       ${bucket(`${late} BETWEEN 1 AND 30`)} AS d1_30,
       ${bucket(`${late} BETWEEN 31 AND 60`)} AS d31_60,
       ${bucket(`${late} BETWEEN 61 AND 90`)} AS d61_90,
       ${bucket(`${late} > 90`)} AS d90_plus,
       sum(${BALANCE})::bigint AS total
     FROM billing_documents d JOIN accounts a ON a.id = d.account_id
     WHERE ${OPEN} AND ($2::boolean OR d.account_id = ANY($3::uuid[]))
     GROUP BY d.account_id, a.name, d.currency
     ORDER BY total DESC, d.account_id LIMIT 1000`,
    [today, ...scope],
  );
  return rows;
}

export interface StatementDbRow {
  date: string;
  type: 'invoice' | 'credit_note' | 'payment';
  document_id: string;
  number: string | null;
  reference: string;
  currency: string;
  debit: number;
  credit: number;
  created_at: Date;
}

/**
 * Everything that moved an account's balance up to `to`, oldest first: sent invoices (debit), sent credit notes and
 * payments (credit). Void documents never counted. The caller splits at `from` for the opening balance.
 */
export async function statementEntries(db: Queryable, scope: Scope, accountId: string, to: string) {
  const { rows } = await db.query<StatementDbRow>(
    `SELECT * FROM (
       SELECT to_char(d.issue_date, 'YYYY-MM-DD') AS date, d.kind AS type, d.id AS document_id, d.number,
         '' AS reference, d.currency,
         CASE WHEN d.kind = 'invoice' THEN d.total ELSE 0 END::bigint AS debit,
         CASE WHEN d.kind = 'credit_note' THEN d.total ELSE 0 END::bigint AS credit, d.sent_at AS created_at
       FROM billing_documents d
       WHERE d.account_id = $3 AND ($1::boolean OR d.account_id = ANY($2::uuid[]))
         AND d.kind IN ('invoice', 'credit_note') AND d.status IN ('sent', 'paid') AND d.issue_date <= $4::date
         -- A note issued for another module's event (a store order's refund) was paid back outside Portico.
         AND d.source_key IS NULL
       UNION ALL
       SELECT to_char(p.received_on, 'YYYY-MM-DD'), 'payment', p.document_id, d.number, p.reference, p.currency,
         0::bigint, p.amount, p.created_at
       FROM billing_payments p JOIN billing_documents d ON d.id = p.document_id
       WHERE p.account_id = $3 AND ($1::boolean OR p.account_id = ANY($2::uuid[])) AND p.received_on <= $4::date
         AND p.reversed_at IS NULL
     ) e ORDER BY e.date, e.created_at, e.document_id LIMIT 20000`,
    [...scope, accountId, to],
  );
  return rows;
}

export interface ExportInvoiceRow {
  number: string;
  kind: string;
  status: string;
  account_name: string;
  legal_name: string | null;
  tax_id: string | null;
  issue_date: string;
  due_date: string | null;
  currency: string;
  net: number;
  tax_total: number;
  total: number;
  amount_paid: number;
  amount_credited: number;
  related_number: string | null;
}

/** Sent documents of one kind issued in [from, to], oldest first, for the accountants' CSV (capped). */
export async function exportDocuments(
  db: Queryable,
  scope: Scope,
  kind: 'invoice' | 'credit_note',
  range: { from: string | null; to: string | null },
) {
  const { rows } = await db.query<ExportInvoiceRow>(
    `SELECT d.number, d.kind, d.status, a.name AS account_name, p.legal_name, p.tax_id,
       to_char(d.issue_date, 'YYYY-MM-DD') AS issue_date, to_char(d.due_date, 'YYYY-MM-DD') AS due_date, d.currency,
       d.net, d.tax_total, d.total, d.amount_paid, d.amount_credited, r.number AS related_number
     FROM billing_documents d JOIN accounts a ON a.id = d.account_id
     LEFT JOIN billing_profiles p ON p.account_id = d.account_id
     LEFT JOIN billing_documents r ON r.id = d.related_document_id
     WHERE ($1::boolean OR d.account_id = ANY($2::uuid[])) AND d.kind = $3 AND d.status <> 'draft'
       AND ($4::date IS NULL OR d.issue_date >= $4::date) AND ($5::date IS NULL OR d.issue_date <= $5::date)
     ORDER BY d.issue_date, d.number LIMIT 100000`,
    [...scope, kind, range.from, range.to],
  );
  return rows;
}

export interface ExportPaymentRow {
  received_on: string;
  invoice_number: string | null;
  account_name: string;
  method: string;
  reference: string;
  currency: string;
  amount: number;
}

export async function exportPayments(db: Queryable, scope: Scope, range: { from: string | null; to: string | null }) {
  const { rows } = await db.query<ExportPaymentRow>(
    `SELECT to_char(p.received_on, 'YYYY-MM-DD') AS received_on, d.number AS invoice_number, a.name AS account_name,
       p.method, p.reference, p.currency, p.amount
     FROM billing_payments p JOIN billing_documents d ON d.id = p.document_id JOIN accounts a ON a.id = p.account_id
     WHERE ($1::boolean OR p.account_id = ANY($2::uuid[])) AND p.reversed_at IS NULL
       AND ($3::date IS NULL OR p.received_on >= $3::date) AND ($4::date IS NULL OR p.received_on <= $4::date)
     ORDER BY p.received_on, p.created_at LIMIT 100000`,
    [...scope, range.from, range.to],
  );
  return rows;
}
