import type { BillingDocumentKind, BillingDocumentStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

/** None of these queries takes an account scope; each says why. Scoped reports are in repository-reports.ts. */
export interface LinkedRow {
  id: string;
  kind: BillingDocumentKind;
  number: string | null;
  status: BillingDocumentStatus;
  related_document_id: string;
}

/**
 * Documents pointing at an authorized document (its credit notes, the invoice that replaced it). No scope: they
 * are read within the authorized document's own account. `sentOnly` hides drafts from the account's people.
 */
export async function listLinkedDocuments(db: Queryable, documentId: string, accountId: string, sentOnly: boolean) {
  const { rows } = await db.query<LinkedRow>(
    `SELECT id, kind, number, status, related_document_id FROM billing_documents
     WHERE related_document_id = $1 AND account_id = $2 AND (NOT $3::boolean OR status <> 'draft')
     ORDER BY created_at, id`,
    [documentId, accountId, sentOnly],
  );
  return rows;
}

/** Links a new draft to the invoice it credits or replaces (same transaction as its insert). */
export async function setRelatedDocument(db: Queryable, id: string, relatedId: string) {
  await db.query('UPDATE billing_documents SET related_document_id = $2 WHERE id = $1', [id, relatedId]);
}

/**
 * Takes a sent credit note's total off its invoice (locked by the caller); settled in full, the invoice is closed
 * as paid (nothing is left to collect).
 */
export async function applyCredit(db: Queryable, invoiceId: string, amount: number, now: Date) {
  await db.query(
    `UPDATE billing_documents SET amount_credited = amount_credited + $2, updated_at = $3, version = version + 1,
       status = CASE WHEN amount_paid + amount_credited + $2 >= total THEN 'paid' ELSE status END,
       paid_at = CASE WHEN amount_paid + amount_credited + $2 >= total THEN $3 ELSE paid_at END
     WHERE id = $1`,
    [invoiceId, amount, now],
  );
}

/**
 * Locks the invoice a credit note points at and reads what is left open on it. No scope: the note was loaded in
 * the caller's scope, and the caller checks the invoice is in the same account.
 */
export async function lockCreditedInvoice(db: Queryable, invoiceId: string) {
  const { rows } = await db.query<{ status: string; kind: string; open: number; account_id: string }>(
    `SELECT status, kind, account_id, (total - amount_paid - amount_credited)::bigint AS open
     FROM billing_documents WHERE id = $1 FOR UPDATE`,
    [invoiceId],
  );
  return rows[0] ?? null;
}

/** A voided credit note gives its amount back to its invoice (locked by the caller), which reopens if it was settled. */
export async function reverseCredit(db: Queryable, invoiceId: string, amount: number, now: Date) {
  await db.query(
    `UPDATE billing_documents SET amount_credited = amount_credited - $2, updated_at = $3, version = version + 1,
       status = CASE WHEN status = 'paid' AND amount_paid + amount_credited - $2 < total THEN 'sent' ELSE status END,
       paid_at = CASE WHEN status = 'paid' AND amount_paid + amount_credited - $2 < total THEN NULL ELSE paid_at END
     WHERE id = $1 AND kind = 'invoice' AND status IN ('sent', 'paid')`,
    [invoiceId, amount, now],
  );
}

export interface ReminderSettingsRow {
  enabled: boolean;
  steps: number[];
  version: number;
}

/** The portal-wide reminder schedule (one row; read by staff and by the sweep, hence no scope). */
export async function readReminderSettings(db: Queryable): Promise<ReminderSettingsRow> {
  const { rows } = await db.query<ReminderSettingsRow>(
    'SELECT enabled, steps, version FROM billing_reminder_settings WHERE id',
  );
  return rows[0] ?? { enabled: false, steps: [], version: 0 };
}

export async function updateReminderSettings(
  db: Queryable,
  fields: { enabled?: boolean; steps?: number[] },
  expectedVersion: number | null,
) {
  const { rows } = await db.query<ReminderSettingsRow>(
    `UPDATE billing_reminder_settings SET enabled = COALESCE($1, enabled), steps = COALESCE($2::int[], steps),
       version = version + 1
     WHERE id AND ($3::int IS NULL OR version = $3) RETURNING enabled, steps, version`,
    [fields.enabled ?? null, fields.steps ?? null, expectedVersion],
  );
  return rows[0] ?? null;
}

export interface ReminderCandidate {
  id: string;
  account_id: string;
  issue_date: string;
  due_date: string;
  sent_steps: number[];
}

/**
 * Open invoices whose earliest reminder date has come, in (due_date, id) pages, of accounts whose segment has
 * billing (a reminder would point people at a page they no longer have). The sweep acts for the portal, not for a
 * person: no scope.
 */
export async function listReminderCandidates(
  db: Queryable,
  today: string,
  earliestStep: number,
  after: [string, string] | null,
  limit: number,
) {
  const { rows } = await db.query<ReminderCandidate>(
    `SELECT d.id, d.account_id, to_char(d.issue_date, 'YYYY-MM-DD') AS issue_date,
       to_char(d.due_date, 'YYYY-MM-DD') AS due_date,
       COALESCE((SELECT array_agg(r.step) FROM billing_invoice_reminders r WHERE r.document_id = d.id), '{}') AS sent_steps
     FROM billing_documents d JOIN accounts a ON a.id = d.account_id JOIN segments s ON s.id = a.segment_id
     WHERE d.kind = 'invoice' AND d.status = 'sent' AND d.due_date IS NOT NULL AND 'billing' = ANY(s.modules)
       AND d.due_date <= $1::date - $2::int
       AND ($3::date IS NULL OR (d.due_date, d.id) > ($3::date, $4::uuid))
     ORDER BY d.due_date, d.id LIMIT $5`,
    [today, earliestStep, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows;
}

/**
 * Claims one reminder step of an invoice that is still open. The primary key settles a race: of two processes
 * claiming the same step, one inserts and the other (after the first commits) inserts nothing. Returns whether
 * this caller claimed it. No scope: the sweep's.
 */
export async function claimReminder(db: Queryable, documentId: string, step: number, now: Date) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_invoice_reminders (document_id, step, sent_at)
     SELECT d.id, $2, $3 FROM billing_documents d WHERE d.id = $1 AND d.kind = 'invoice' AND d.status = 'sent'
     ON CONFLICT DO NOTHING`,
    [documentId, step, now],
  );
  return rowCount === 1;
}

/**
 * Sent invoices with a balance left, per account (for identity's deletion holds: a person who alone answers for an
 * account with unpaid invoices is not erased until they are settled). No scope: the sweep asks for the accounts of
 * the person being erased.
 */
export async function unpaidInvoicesOfAccounts(db: Queryable, accountIds: string[]) {
  const { rows } = await db.query<{ account_id: string; count: number }>(
    `SELECT account_id, count(*)::int AS count FROM billing_documents
     WHERE account_id = ANY($1::uuid[]) AND kind = 'invoice' AND status = 'sent'
       AND total - amount_paid - amount_credited > 0
     GROUP BY account_id`,
    [accountIds],
  );
  return rows;
}
