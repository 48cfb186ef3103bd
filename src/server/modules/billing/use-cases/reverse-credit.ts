import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import {
  insertAccountCredit,
  lockCreditApplication,
  lockCreditBalance,
  markCreditReversed,
  reversePayment,
} from '../repository-payments.ts';
import { loadDocument } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

/**
 * Staff (owners, admins: who may apply credit) undo one credit application: the invoice reopens for its amount and
 * the amount goes back to the account's credit balance, in one transaction. Locks in the apply's order (invoice,
 * then the application's payment row, then the balance row), so an undo racing an apply or another undo cannot
 * deadlock, and the second undo of the same application finds it reversed and changes nothing: the request is
 * idempotent (it answers the invoice as it is), and the credit comes back exactly once.
 */
export async function reverseCreditApplicationUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  paymentId: string,
) {
  await loadDocument(ctx, actor, documentId);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const invoice = await loadDocument(ctx, actor, documentId, tx, true);
    const application = await lockCreditApplication(tx, paymentId, documentId);
    if (!application) throw notFound();
    if (application.reversed_at) return; // undone already (a replay, or the other of two at once)
    if (invoice.status === 'void') throw conflict('A void invoice keeps its history.', 'invoice_void');
    const now = ctx.clock.now();
    const creditBefore = await lockCreditBalance(tx, application.account_id, application.currency);
    await markCreditReversed(tx, paymentId, actor.userId, now);
    await reversePayment(tx, documentId, application.amount, now);
    await insertAccountCredit(tx, {
      id: newId(),
      account_id: application.account_id,
      currency: application.currency,
      amount: application.amount,
      checkout_id: null,
      note: `Credit application to invoice ${invoice.number ?? invoice.id} reversed`,
      now,
      document_id: documentId,
      created_by: actor.userId,
    });
    await recordAudit(tx, {
      action: 'billing.credit_application_reversed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_invoice', id: documentId, label: invoice.number },
      accountId: application.account_id,
      details: { paymentId, amount: application.amount, currency: application.currency, creditBefore },
      occurredAt: now,
    });
  });
  return getDocumentUseCase(ctx, actor, documentId);
}
