import type { BillingDocumentKind, BillingDocumentStatus, Discount, LineTax } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import { replaceLines, type LineRow } from './repository-document-lines.ts';

// The lines' SQL lives in repository-document-lines.ts; its names stay importable from here.
export { listLines, type AppliedTaxRate, type LineRow } from './repository-document-lines.ts';

/** Every query here takes the caller's account scope as `[all, ids]` (scopeParams), except where a comment says. */
type Scope = [boolean, string[]];

export interface DocumentRow {
  id: string;
  account_id: string;
  account_name: string;
  kind: BillingDocumentKind;
  status: BillingDocumentStatus;
  number: string | null;
  currency: string;
  language: string;
  issue_date: string | null;
  due_date: string | null;
  payment_terms_id: string | null;
  notes: string;
  /** Quotes only ('' otherwise); plain text. */
  cover_note: string;
  terms: string;
  discount: Discount | null;
  subtotal: number;
  discount_total: number;
  net: number;
  tax_total: number;
  total: number;
  taxes: (LineTax & { name: string; rate: number })[];
  amount_paid: number;
  amount_credited: number;
  related_document_id: string | null;
  related_kind: BillingDocumentKind | null;
  related_number: string | null;
  related_status: BillingDocumentStatus | null;
  pdf_key: string | null;
  pdf_sha256: string | null;
  sent_at: Date | null;
  accepted_at: Date | null;
  accepted_name: string | null;
  accepted_ip: string | null;
  accepted_user_agent: string | null;
  created_at: Date;
  cursor_at: string;
  version: number;
  overdue: boolean;
  valid_until: string | null;
  /** A sent quote past its last valid day. */
  expired: boolean;
  /** A quote an invoice was made from (drafts included: one invoice per quote). */
  invoiced: boolean;
  /** An accepted quote with optional lines: the PDF of the lines chosen (repository-quotes.ts). */
  accepted_pdf_key: string | null;
  accepted_pdf_sha256: string | null;
}

const SELECT = `SELECT d.id, d.account_id, a.name AS account_name, d.kind, d.status, d.number, d.currency, d.language,
  to_char(d.issue_date, 'YYYY-MM-DD') AS issue_date, to_char(d.due_date, 'YYYY-MM-DD') AS due_date,
  d.payment_terms_id, d.notes, d.cover_note, d.terms, d.discount, d.subtotal, d.discount_total, d.net, d.tax_total, d.total, d.taxes,
  d.amount_paid, d.amount_credited, d.related_document_id, r.kind AS related_kind, r.number AS related_number,
  r.status AS related_status, d.pdf_key, d.pdf_sha256, d.sent_at, d.accepted_at, d.accepted_name, d.accepted_ip,
  d.accepted_user_agent, d.created_at, ${timestampKey('d.created_at')} AS cursor_at, d.version,
  (d.kind = 'invoice' AND d.status = 'sent' AND d.due_date < $1::date) AS overdue,
  to_char(d.valid_until, 'YYYY-MM-DD') AS valid_until,
  (d.kind = 'quote' AND d.status = 'sent' AND COALESCE(d.valid_until < $1::date, false)) AS expired,
  (d.kind = 'quote' AND EXISTS (SELECT 1 FROM billing_documents i
     WHERE i.related_document_id = d.id AND i.kind = 'invoice')) AS invoiced,
  d.accepted_pdf_key, d.accepted_pdf_sha256
  FROM billing_documents d JOIN accounts a ON a.id = d.account_id
  LEFT JOIN billing_documents r ON r.id = d.related_document_id`;

/** People never see drafts: `$4` true limits to documents that were sent. */
export async function findDocument(
  db: Queryable,
  id: string,
  scope: Scope,
  today: string,
  sentOnly: boolean,
  forUpdate = false,
): Promise<DocumentRow | null> {
  const { rows } = await db.query<DocumentRow>(
    `${SELECT} WHERE d.id = $2 AND ($3::boolean OR d.account_id = ANY($4::uuid[]))
       AND (NOT $5::boolean OR d.status <> 'draft')${forUpdate ? ' FOR UPDATE OF d' : ''}`,
    [today, id, ...scope, sentOnly],
  );
  return rows[0] ?? null;
}

export interface ListFilter {
  kind?: BillingDocumentKind;
  status?: BillingDocumentStatus;
  accountId?: string;
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
  sentOnly: boolean;
  cursor: string[] | null;
  limit: number;
}

/**
 * Newest first, keyset on (created_at, id). The text holds only the conditions in use and the limit as a literal;
 * for staff it runs prepared (each shape is one statement per connection, planned once: planning took as long as
 * the walk).
 * The open-and-overdue filter spells out `kind = 'invoice' AND status = 'sent'`, so it walks the open invoices'
 * index (billing_documents_open_list_idx, 0088) rather than every document newest first.
 */
export async function listDocuments(db: Queryable, scope: Scope, today: string, filter: ListFilter) {
  const params: unknown[] = [today];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (!scope[0]) add((n) => `d.account_id = ANY(${n}::uuid[])`, scope[1]);
  // Kind and status are the contract's enums, written as literals so a generic plan can match partial indexes.
  if (filter.kind) where.push(`d.kind = ${enumLiteral(filter.kind)}`);
  if (filter.status) where.push(`d.status = ${enumLiteral(filter.status)}`);
  if (filter.accountId) add((n) => `d.account_id = ${n}::uuid`, filter.accountId);
  if (filter.overdue === true) where.push(`d.kind = 'invoice' AND d.status = 'sent' AND d.due_date < $1::date`);
  if (filter.overdue === false) where.push(`NOT (d.kind = 'invoice' AND d.status = 'sent' AND d.due_date < $1::date)`);
  if (filter.sentOnly) where.push(`d.status <> 'draft'`);
  if (filter.cursor) {
    params.push(filter.cursor[0], filter.cursor[1]);
    where.push(`(d.created_at, d.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  if (filter.dueFrom) add((n) => `d.due_date >= ${n}::date`, filter.dueFrom);
  if (filter.dueTo) add((n) => `d.due_date <= ${n}::date`, filter.dueTo);
  const limit = Math.trunc(Number(filter.limit)) + 1;
  const { rows } = await db.query<DocumentRow>(
    `${SELECT} WHERE ${where.length ? where.join(' AND ') : 'true'} ORDER BY d.created_at DESC, d.id DESC LIMIT ${limit}`,
    params,
    // Staff only: a person's scope (`account_id = ANY(...)`) is planned for its own accounts each time, since a
    // generic plan cannot tell an account of ten invoices from the whole table.
    { prepare: scope[0] },
  );
  return rows;
}

function enumLiteral(value: string) {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`not an enum value: ${value}`);
  return `'${value}'`;
}

export interface ComputedDocument {
  notes: string;
  /** Left out: '' (a document copied by the server without them). */
  coverNote?: string;
  terms?: string;
  dueDate: string | null;
  /** Quotes only. */
  validUntil?: string | null;
  paymentTermsId: string | null;
  discount: Discount | null;
  subtotal: number;
  discountTotal: number;
  net: number;
  tax: number;
  total: number;
  taxes: (LineTax & { name: string; rate: number })[];
  lines: Omit<LineRow, 'id'>[];
}

export async function insertDocument(
  db: Queryable,
  row: {
    id: string;
    accountId: string;
    kind: BillingDocumentKind;
    currency: string;
    language: string;
    /** With `createdByServiceToken` too when an integration made it (created_by is then its integration person). */
    createdBy: string | null;
    createdByServiceToken?: string | null;
    now: Date;
  },
  computed: ComputedDocument,
) {
  await db.query(
    // Version 0: writing the figures just below makes it 1.
    `INSERT INTO billing_documents (id, account_id, kind, currency, language, created_by, created_by_service_token_id,
       created_at, updated_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, $8, $7, $7, 0)`,
    [
      row.id,
      row.accountId,
      row.kind,
      row.currency,
      row.language,
      row.createdBy,
      row.now,
      row.createdByServiceToken ?? null,
    ],
  );
  await writeComputed(db, row.id, computed, row.now, null);
}

/** Rewrites a draft's fields, figures and lines (the caller holds the row; false: stale version or not a draft). */
export async function writeComputed(
  db: Queryable,
  id: string,
  computed: ComputedDocument,
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE billing_documents SET notes = $2, due_date = $3, payment_terms_id = $4, discount = $5, subtotal = $6,
       discount_total = $7, net = $8, tax_total = $9, total = $10, taxes = $11, updated_at = $12,
       valid_until = $14, cover_note = $15, terms = $16, version = version + 1
     WHERE id = $1 AND status = 'draft' AND ($13::int IS NULL OR version = $13)`,
    [
      id,
      computed.notes,
      computed.dueDate,
      computed.paymentTermsId,
      computed.discount ? JSON.stringify(computed.discount) : null,
      computed.subtotal,
      computed.discountTotal,
      computed.net,
      computed.tax,
      computed.total,
      JSON.stringify(computed.taxes),
      now,
      expectedVersion,
      computed.validUntil ?? null,
      computed.coverNote ?? '',
      computed.terms ?? '',
    ],
  );
  if (rowCount !== 1) return false;
  await replaceLines(db, id, computed.lines);
  return true;
}

export async function deleteDraft(db: Queryable, id: string) {
  return (await db.query(`DELETE FROM billing_documents WHERE id = $1 AND status = 'draft'`, [id])).rowCount === 1;
}

export async function markSent(
  db: Queryable,
  id: string,
  fields: { number: string; issueDate: string; dueDate: string | null; pdfKey: string; pdfSha256: string; now: Date },
) {
  await db.query(
    `UPDATE billing_documents SET status = 'sent', number = $2, issue_date = $3, due_date = $4, pdf_key = $5,
       pdf_sha256 = $6, sent_at = $7, updated_at = $7, version = version + 1 WHERE id = $1 AND status = 'draft'`,
    [id, fields.number, fields.issueDate, fields.dueDate, fields.pdfKey, fields.pdfSha256, fields.now],
  );
}

export async function setStatus(db: Queryable, id: string, status: BillingDocumentStatus, now: Date) {
  await db.query(
    `UPDATE billing_documents SET status = $2, updated_at = $3, version = version + 1,
       voided_at = CASE WHEN $2 = 'void' THEN $3 ELSE voided_at END
     WHERE id = $1`,
    [id, status, now],
  );
}

export async function recordAcceptance(
  db: Queryable,
  id: string,
  fields: { userId: string; name: string; ip: string; userAgent: string | null; now: Date },
) {
  await db.query(
    `UPDATE billing_documents SET status = 'accepted', accepted_at = $2, accepted_by = $3, accepted_name = $4,
       accepted_ip = $5, accepted_user_agent = $6, updated_at = $2, version = version + 1 WHERE id = $1`,
    [id, fields.now, fields.userId, fields.name, fields.ip, fields.userAgent],
  );
}

export interface PaymentRow {
  id: string;
  document_id: string;
  amount: number;
  currency: string;
  method: 'bank_transfer' | 'cheque' | 'cash' | 'card' | 'other' | 'account_credit';
  reference: string;
  received_on: string;
  source: 'manual' | 'stripe' | 'credit';
  stripe_payment_intent: string | null;
  amount_refunded: number;
  /** A credit application staff undid (source 'credit' only). */
  reversed_at: Date | null;
  created_at: Date;
}

/** Payments of a document already authorized by findDocument (hence no scope). */
export async function listPayments(db: Queryable, documentId: string): Promise<PaymentRow[]> {
  return (
    await db.query<PaymentRow>(
      `SELECT id, document_id, amount, currency, method, reference, to_char(received_on, 'YYYY-MM-DD') AS received_on,
         source, stripe_payment_intent, amount_refunded, reversed_at, created_at
       FROM billing_payments WHERE document_id = $1 ORDER BY created_at, id`,
      [documentId],
    )
  ).rows;
}

/** Adds a payment to a locked invoice and moves its paid amount (and status once paid in full). */
export async function insertPayment(
  db: Queryable,
  row: Omit<PaymentRow, 'created_at' | 'source' | 'stripe_payment_intent' | 'amount_refunded' | 'reversed_at'> & {
    account_id: string;
    recorded_by: string | null;
    now: Date;
    stripe_payment_intent?: string;
    /** Account credit spent on the invoice (method account_credit). */
    fromCredit?: boolean;
  },
) {
  await db.query(
    `INSERT INTO billing_payments (id, account_id, document_id, amount, currency, method, reference, received_on,
       recorded_by, created_at, source, stripe_payment_intent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
       CASE WHEN $11::text IS NOT NULL THEN 'stripe' WHEN $12::boolean THEN 'credit' ELSE 'manual' END, $11)`,
    [
      row.id,
      row.account_id,
      row.document_id,
      row.amount,
      row.currency,
      row.method,
      row.reference,
      row.received_on,
      row.recorded_by,
      row.now,
      row.stripe_payment_intent ?? null,
      row.fromCredit ?? false,
    ],
  );
  await db.query(
    `UPDATE billing_documents SET amount_paid = amount_paid + $2, updated_at = $3, version = version + 1,
       status = CASE WHEN amount_paid + $2 + amount_credited >= total THEN 'paid' ELSE status END,
       paid_at = CASE WHEN amount_paid + $2 + amount_credited >= total THEN $3 ELSE paid_at END
     WHERE id = $1`,
    [row.document_id, row.amount, row.now],
  );
}

export interface ReceivableDbRow {
  account_id: string;
  account_name: string;
  currency: string;
  outstanding: number;
  overdue: number;
  open_invoices: number;
}

/** Open invoices per account and currency, in the caller's scope (capped: the console shows the largest first). */
export async function listReceivables(db: Queryable, scope: Scope, today: string): Promise<ReceivableDbRow[]> {
  return (
    await db.query<ReceivableDbRow>(
      `SELECT d.account_id, a.name AS account_name, d.currency,
         sum(d.total - d.amount_paid - d.amount_credited)::bigint AS outstanding,
         COALESCE(sum(d.total - d.amount_paid - d.amount_credited) FILTER (WHERE d.due_date < $1::date), 0)::bigint AS overdue,
         count(*)::int AS open_invoices
       FROM billing_documents d JOIN accounts a ON a.id = d.account_id
       WHERE d.kind = 'invoice' AND d.status = 'sent' AND ($2::boolean OR d.account_id = ANY($3::uuid[]))
       GROUP BY d.account_id, a.name, d.currency
       ORDER BY outstanding DESC, d.account_id LIMIT 500`,
      [today, ...scope],
    )
  ).rows;
}

/** Whether an invoice is paid. No scope: the invoice was locked by the caller's scoped load (payment, credit). */
export async function invoiceIsPaid(db: Queryable, id: string) {
  const { rows } = await db.query<{ paid: boolean }>(
    "SELECT status = 'paid' AS paid FROM billing_documents WHERE id = $1 AND kind = 'invoice'",
    [id],
  );
  return rows[0]?.paid ?? false;
}
