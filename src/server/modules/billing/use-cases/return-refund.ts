import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { modulesOfAccount } from '../../segments/index.ts';
import { findDocument, insertDocument } from '../repository-documents.ts';
import { findSourcedDocument, setDocumentSource } from '../repository-sourced.ts';
import { findProfile } from '../repository-setup.ts';
import { computeFromInput, todayOf } from './load.ts';
import { issueDraftInTransaction } from './send-document.ts';

/** Another module's transaction acts for the portal, not for a person: the whole scope (the caller checked it). */
const ALL: [boolean, string[]] = [true, []];

/**
 * A credit note for a return refunded in money, made and sent in the caller's (returns') transaction: the document a
 * shop hands its customer for a refund, with its CN number from the gapless series, its PDF and its mail, listed with
 * the account's billing documents and in the accountants' credit-note export.
 *
 * The order was paid in the store, not through a Portico invoice, so the note credits no invoice: the money goes
 * back through the store, and the account's statement leaves the note out (it would otherwise read as credit the
 * account still holds). One line for the refunded amount, tax included as the store charged it (Portico knows the
 * order's tax amounts, not its rates).
 *
 * Idempotent by `sourceKey` (one per return step): a repeat answers the note already issued. An account whose
 * segment has no billing gets no note (`null`): the refund is then recorded on the return only.
 */
export async function issueRefundCreditNoteInTransaction(
  ctx: AppContext,
  tx: Queryable,
  input: {
    accountId: string;
    currency: string;
    amount: number;
    /** The line's text: what was returned ("SO-1001-R1: 2 × Blue mug"). */
    description: string;
    notes: string;
    sourceKey: string;
    actor: { id: string; label: string };
    now: Date;
    /** Storage keys written here (the PDF); the caller removes them if its transaction fails. */
    stored: string[];
  },
): Promise<{ id: string; number: string } | null> {
  if (input.amount <= 0 || !(await modulesOfAccount(tx, input.accountId)).includes('billing')) return null;
  const existing = await findSourcedDocument(tx, input.sourceKey);
  if (existing?.number) return { id: existing.id, number: existing.number };
  const profile = await findProfile(tx, input.accountId, ALL);
  const computed = await computeFromInput(tx, {
    notes: input.notes.slice(0, 4000),
    dueDate: null,
    paymentTermsId: null,
    discount: null,
    lines: [{ description: input.description.slice(0, 500), quantity: 1, unitPrice: input.amount, taxRateIds: [] }],
  });
  const id = newId(input.now.getTime());
  await insertDocument(
    tx,
    {
      id,
      accountId: input.accountId,
      kind: 'credit_note',
      currency: input.currency,
      language: profile?.language ?? 'en',
      createdBy: input.actor.id,
      now: input.now,
    },
    computed,
  );
  await setDocumentSource(tx, id, input.sourceKey);
  const draft = (await findDocument(tx, id, ALL, todayOf(input.now), false, true))!;
  await issueDraftInTransaction(ctx, tx, draft, input.now, input.actor, input.stored);
  const sent = (await findDocument(tx, id, ALL, todayOf(input.now), true))!;
  return { id, number: sent.number! };
}
