import { Readable } from 'node:stream';
import type { Actor } from '../../../platform/actor.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueueJob } from '../../../platform/jobs/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { renderPdfOf } from '../documents-pdf.ts';
import { billingPolicy } from '../policy.ts';
import { findDocument, listLines, markSent, type DocumentRow } from '../repository-documents.ts';
import { findPaymentTerm, findProfile, takeNextNumber } from '../repository-setup.ts';
import { applyCreditInTransaction } from './apply-credit.ts';
import { queueAutoCharge } from './auto-charge.ts';
import { applyCreditNoteInTransaction } from './credit-notes.ts';
import { loadDocument, todayOf } from './load.ts';
import { billApprovedOverageInTransaction } from './retainer-overage.ts';
import { emitInvoiceEvent } from '../webhook-events.ts';
import { getDocumentUseCase } from './read-documents.ts';

export const BILLING_MAIL_JOB = 'billing.document_mail';

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Sends a draft: in one transaction it takes the series' next number (gapless: the counter row stays locked until
 * commit and a rollback gives the number back), fixes the issue and due dates, renders the PDF that is sent and
 * keeps it (file storage + SHA-256), and queues the email. A failure anywhere leaves the draft as it was and the
 * stored PDF removed.
 */
export async function sendDocumentUseCase(ctx: AppContext, actor: Actor, id: string) {
  const current = await loadDocument(ctx, actor, id);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  if (current.status !== 'draft') throw conflict('This document was already sent.', 'not_a_draft');
  if (!(await listLines(ctx.db, id)).length) throw conflict('Add at least one line before sending.', 'empty_document');
  const now = ctx.clock.now();
  // A quote the client could not accept on arrival: staff move its valid-until date first.
  if (current.kind === 'quote' && current.valid_until && current.valid_until < todayOf(now))
    throw conflict(
      `This quote's valid-until date (${current.valid_until}) has passed: change it first.`,
      'quote_expired',
    );
  const stored: string[] = [];
  try {
    await ctx.db.transaction(async (tx) => {
      const row = await loadDocument(ctx, actor, id, tx, true);
      if (row.status !== 'draft') throw conflict('This document was already sent.', 'not_a_draft');
      await issueDraftInTransaction(ctx, tx, row, now, { id: actor.userId, label: actor.email }, stored);
    });
  } catch (error) {
    for (const key of stored) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
  return getDocumentUseCase(ctx, actor, id);
}

/**
 * The send itself, in the caller's transaction with the draft's row locked (the send route, and recurring billing
 * for automatic sends): number, dates, the PDF kept in storage, the mail job, the audit. The stored PDF's key is
 * pushed to `stored` before the bytes are written, so the caller removes it if its transaction fails.
 */
export async function issueDraftInTransaction(
  ctx: AppContext,
  tx: Queryable,
  draft: DocumentRow,
  now: Date,
  auditActor: { id: string; label: string } | null,
  stored: string[],
) {
  // Approved retainer overage joins the account's next invoice here, at its send: a sent invoice never changes.
  const row = await billApprovedOverageInTransaction(ctx, tx, draft, now, auditActor);
  // A credit note against an invoice takes its total off the invoice's balance in the same transaction.
  await applyCreditNoteInTransaction(tx, row, now);
  const number = await takeNextNumber(tx, row.kind, now);
  const issueDate = todayOf(now);
  const terms = row.payment_terms_id ? await findPaymentTerm(tx, row.payment_terms_id) : null;
  const dueDate = row.due_date ?? (row.kind === 'invoice' ? addDays(issueDate, terms?.days ?? 0) : null);
  const sent = { ...row, status: 'sent' as const, number, issue_date: issueDate, due_date: dueDate };
  const { pdf, sha256 } = await renderPdfOf(ctx, tx, sent, now);
  const pdfKey = `billing/${row.id}-${newId()}`;
  stored.push(pdfKey);
  await ctx.storage.write(pdfKey, Readable.from([pdf]));
  await markSent(tx, row.id, { number, issueDate, dueDate, pdfKey, pdfSha256: sha256, now });
  // Accounts that spend their credit automatically: on the invoice as soon as it is sent (the PDF shows the total).
  const profile = row.kind === 'invoice' ? await findProfile(tx, row.account_id, [true, []]) : null;
  if (profile?.auto_apply_credit) {
    const issued = await findDocument(tx, row.id, [true, []], issueDate, false, true);
    if (issued) await applyCreditInTransaction(ctx, tx, issued, auditActor);
  }
  // Accounts charged automatically: the job charges what is left after credit, if anything, to the saved card.
  if (profile?.auto_charge) await queueAutoCharge(tx, row.id, now);
  await enqueueJob(
    tx,
    { kind: BILLING_MAIL_JOB, payload: { documentId: row.id }, runAt: now, dedupeKey: `${BILLING_MAIL_JOB}:${row.id}` },
    now,
  );
  if (row.kind === 'invoice') await emitInvoiceEvent(tx, 'invoice.sent', row.id, now);
  await recordAudit(tx, {
    action: 'billing.document_sent',
    actor: auditActor,
    target: { type: `billing_${row.kind}`, id: row.id, label: number },
    accountId: row.account_id,
    details: { number, total: row.total, currency: row.currency, pdfSha256: sha256 },
    occurredAt: now,
  });
}
