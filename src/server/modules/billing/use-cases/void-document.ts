import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { setStatus } from '../repository-documents.ts';
import { lockCreditedInvoice, reverseCredit } from '../repository-receivables.ts';
import { loadDocument } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

/** Voids a sent invoice or credit note that has no payment: its number stays used, its PDF stays kept. */
export async function voidDocumentUseCase(ctx: AppContext, actor: Actor, id: string) {
  await loadDocument(ctx, actor, id);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadDocument(ctx, actor, id, tx, true);
    const facts = {
      accountId: row.account_id,
      kind: row.kind,
      status: row.status,
      amountPaid: row.amount_paid,
      amountCredited: row.amount_credited,
    };
    if (!billingPolicy.documentAbilities(actor, facts).void)
      throw conflict(
        'Only a sent invoice or credit note without payments or credit notes can be voided.',
        'not_voidable',
      );
    await setStatus(tx, id, 'void', now);
    // A voided credit note no longer counts against its invoice.
    if (row.kind === 'credit_note' && row.related_document_id) {
      await lockCreditedInvoice(tx, row.related_document_id);
      await reverseCredit(tx, row.related_document_id, row.total, now);
    }
    await recordAudit(tx, {
      action: 'billing.document_voided',
      actor: { id: actor.userId, label: actor.email },
      target: { type: `billing_${row.kind}`, id, label: row.number },
      accountId: row.account_id,
      details: { total: row.total, currency: row.currency },
      occurredAt: now,
    });
  });
  return getDocumentUseCase(ctx, actor, id);
}
