import { afterInvoiceSettlement } from '../paid-hooks.ts';
import type { CreateCreditNote } from '../../../../contract/index.ts';
import { requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { balanceOf } from '../presenters.ts';
import {
  insertDocument,
  listLines,
  setStatus,
  type ComputedDocument,
  type DocumentRow,
} from '../repository-documents.ts';
import { applyCredit, lockCreditedInvoice, setRelatedDocument } from '../repository-receivables.ts';
import { computeFromInput, loadDocument } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

const factsOf = (row: DocumentRow) => ({
  accountId: row.account_id,
  kind: row.kind,
  status: row.status,
  amountPaid: row.amount_paid,
  amountCredited: row.amount_credited,
});

/**
 * The figures and lines of a sent document, copied exactly (a later change of a tax rate does not alter them). Of a
 * quote, only the lines in its totals: the required ones and the optional ones the client chose (the totals were
 * computed over exactly those), each a plain line of the copy.
 */
async function copyOf(db: Queryable, row: DocumentRow, notes: string): Promise<ComputedDocument> {
  const lines = (await listLines(db, row.id))
    .filter((line) => line.selected)
    .map((line, position) => ({ ...line, position, optional: false, selected: true }));
  return {
    notes,
    // A reissued invoice keeps the invoice's terms; a quote's terms (and cover note) belong to the proposal.
    terms: row.kind === 'invoice' ? row.terms : '',
    dueDate: null,
    paymentTermsId: row.payment_terms_id,
    discount: row.discount,
    subtotal: row.subtotal,
    discountTotal: row.discount_total,
    net: row.net,
    tax: row.tax_total,
    total: row.total,
    taxes: row.taxes,
    lines: lines.map(({ id: _id, ...line }) => line),
  };
}

/**
 * A new draft invoice `id` with exactly `source`'s lines and figures, pointing at it (`related`): the reissue of a
 * voided invoice, or the invoice an accepted quote becomes.
 */
export async function insertInvoiceCopy(tx: Queryable, source: DocumentRow, id: string, userId: string, now: Date) {
  await insertDocument(
    tx,
    {
      id,
      accountId: source.account_id,
      kind: 'invoice',
      currency: source.currency,
      language: source.language,
      createdBy: userId,
      now,
    },
    await copyOf(tx, source, source.notes),
  );
  await setRelatedDocument(tx, id, source.id);
}

/**
 * A draft credit note against a sent invoice, in its currency. `full` copies the invoice (only while nothing was
 * paid or credited: then the whole total is open); `partial` takes the lines given. The note takes its CN number
 * and reduces the invoice's balance when it is sent, not before.
 */
export async function createCreditNoteUseCase(
  ctx: AppContext,
  actor: Actor,
  invoiceId: string,
  input: CreateCreditNote,
) {
  const invoice = await loadDocument(ctx, actor, invoiceId);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  requireModule(actor, invoice.account_id, 'billing');
  if (!billingPolicy.documentAbilities(actor, factsOf(invoice)).creditNote)
    throw conflict('Credit notes are issued against sent, unpaid invoices.', 'not_creditable');
  let computed: ComputedDocument;
  if (input.mode === 'full') {
    if (invoice.amount_paid || invoice.amount_credited)
      throw conflict(
        'Part of this invoice is already paid or credited: credit the rest with a partial credit note.',
        'partly_settled',
      );
    computed = await copyOf(ctx.db, invoice, input.notes);
  } else {
    computed = await computeFromInput(ctx.db, {
      notes: input.notes,
      dueDate: null,
      paymentTermsId: null,
      discount: null,
      lines: input.lines ?? [],
    });
    if (computed.total > balanceOf(invoice))
      throw conflict('A credit note cannot exceed what is left to pay on the invoice.', 'credit_exceeds_balance');
  }
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertDocument(
      tx,
      {
        id,
        accountId: invoice.account_id,
        kind: 'credit_note',
        currency: invoice.currency,
        language: invoice.language,
        createdBy: actor.userId,
        now,
      },
      computed,
    );
    await setRelatedDocument(tx, id, invoice.id);
    await recordAudit(tx, {
      action: 'billing.document_created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_credit_note', id, label: null },
      accountId: invoice.account_id,
      details: { total: computed.total, currency: invoice.currency, credits: invoice.number, mode: input.mode },
      occurredAt: now,
    });
  });
  return getDocumentUseCase(ctx, actor, id);
}

/**
 * Called by the send of a credit note, inside its transaction: locks the credited invoice and takes the note's
 * total off its balance. Refused when the invoice is no longer open or the note is larger than what is left (a
 * payment or another note may have come in since the draft was made).
 */
export async function applyCreditNoteInTransaction(tx: Queryable, note: DocumentRow, now: Date) {
  if (note.kind !== 'credit_note' || !note.related_document_id) return;
  const invoice = await lockCreditedInvoice(tx, note.related_document_id);
  if (!invoice || invoice.account_id !== note.account_id || invoice.kind !== 'invoice' || invoice.status !== 'sent')
    throw conflict('The credited invoice is no longer open (paid or void).', 'not_creditable');
  if (note.total > Number(invoice.open))
    throw conflict('A credit note cannot exceed what is left to pay on the invoice.', 'credit_exceeds_balance');
  await applyCredit(tx, note.related_document_id, note.total, now);
  await afterInvoiceSettlement(tx, note.related_document_id, now);
}

/**
 * Void and reissue: voids a sent invoice (nothing paid or credited) and makes a new draft with the same lines that
 * points at it. The voided invoice keeps its number and PDF; the new one gets its own number when sent, so the
 * history reads "INV-0007 void, replaced by INV-0009".
 */
export async function reissueInvoiceUseCase(ctx: AppContext, actor: Actor, invoiceId: string) {
  const current = await loadDocument(ctx, actor, invoiceId);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  requireModule(actor, current.account_id, 'billing');
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadDocument(ctx, actor, invoiceId, tx, true);
    if (!billingPolicy.documentAbilities(actor, factsOf(row)).reissue)
      throw conflict(
        'Only a sent invoice without payments or credit notes can be voided and reissued.',
        'not_voidable',
      );
    await setStatus(tx, row.id, 'void', now);
    await insertInvoiceCopy(tx, row, id, actor.userId, now);
    await recordAudit(tx, {
      action: 'billing.document_voided',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_invoice', id: row.id, label: row.number },
      accountId: row.account_id,
      details: { total: row.total, currency: row.currency, reissuedAs: id },
      occurredAt: now,
    });
    await recordAudit(tx, {
      action: 'billing.document_created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_invoice', id, label: null },
      accountId: row.account_id,
      details: { total: row.total, currency: row.currency, replaces: row.number },
      occurredAt: now,
    });
  });
  return getDocumentUseCase(ctx, actor, id);
}
