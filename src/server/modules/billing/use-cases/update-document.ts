import type { UpdateBillingDocument } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { discountToApi } from '../presenters.ts';
import { deleteDraft, listLines, writeComputed } from '../repository-documents.ts';
import {
  computeFromInput,
  loadDocument,
  refuseCoverNoteOutsideQuotes,
  refuseOptionalOutsideQuotes,
  refuseServerFields,
  refuseValidUntilOutsideQuotes,
} from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';
import { QUANTITY_SCALE } from '../../../../contract/index.ts';

const notDraft = () =>
  conflict('A sent document cannot change: issue a credit note, or void it and issue a new one.', 'not_a_draft');

/** Changes a draft (If-Match: version). Lines, when given, replace the list; the figures are computed again. */
export async function updateDocumentUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateBillingDocument,
  expectedVersion: number | null,
) {
  const current = await loadDocument(ctx, actor, id);
  const abilities = billingPolicy.documentAbilities(actor, {
    accountId: current.account_id,
    kind: current.kind,
    status: current.status,
    amountPaid: current.amount_paid,
  });
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  refuseServerFields(input);
  refuseValidUntilOutsideQuotes(current.kind, input.validUntil);
  refuseCoverNoteOutsideQuotes(current.kind, input.coverNote);
  refuseOptionalOutsideQuotes(current.kind, input.lines);
  if (!abilities.update) throw notDraft();
  const lines =
    input.lines ??
    (await listLines(ctx.db, id)).map((line) => ({
      description: line.description,
      quantity: line.quantity / QUANTITY_SCALE,
      unitPrice: line.unit_price,
      discount: discountToApi(line.discount),
      taxRateIds: line.tax_rates.map((rate) => rate.id),
      optional: line.optional,
      selected: line.selected,
    }));
  const computed = await computeFromInput(ctx.db, {
    notes: input.notes ?? current.notes,
    coverNote: input.coverNote ?? current.cover_note,
    terms: input.terms ?? current.terms,
    dueDate: input.dueDate === undefined ? current.due_date : input.dueDate,
    validUntil: input.validUntil === undefined ? current.valid_until : input.validUntil,
    paymentTermsId: input.paymentTermsId === undefined ? current.payment_terms_id : input.paymentTermsId,
    discount: input.discount === undefined ? discountToApi(current.discount) : input.discount,
    lines,
  });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await writeComputed(tx, id, computed, now, expectedVersion))) {
      const latest = await loadDocument(ctx, actor, id, tx);
      throw latest.status === 'draft' ? staleVersion() : notDraft();
    }
    await recordAudit(tx, {
      action: 'billing.document_updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: `billing_${current.kind}`, id, label: null },
      accountId: current.account_id,
      details: { fields: Object.keys(input), total: computed.total },
      occurredAt: now,
    });
  });
  return getDocumentUseCase(ctx, actor, id);
}

/** Only drafts are deleted; a sent document is voided (its number stays used). */
export async function deleteDocumentUseCase(ctx: AppContext, actor: Actor, id: string) {
  const current = await loadDocument(ctx, actor, id);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteDraft(tx, id))) throw notDraft();
    await recordAudit(tx, {
      action: 'billing.document_deleted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: `billing_${current.kind}`, id, label: null },
      accountId: current.account_id,
      occurredAt: now,
    });
  });
}
