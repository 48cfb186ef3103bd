import { requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { facts } from '../presenters.ts';
import { insertInvoiceCopy } from './credit-notes.ts';
import { loadDocument } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

const alreadyInvoiced = () => conflict('This quote was already made into an invoice.', 'already_invoiced');

/**
 * An accepted quote becomes a draft invoice with exactly the lines and figures the client accepted (a tax rate
 * changed since does not alter them). The invoice points at the quote (`related`), gets its number when staff send
 * it, and its due date from the payment terms then. One invoice per quote: the quote's row is locked, and a unique
 * index on the link settles two requests at once (the loser gets the same 409 as a later request).
 */
export async function invoiceFromQuoteUseCase(ctx: AppContext, actor: Actor, quoteId: string) {
  const current = await loadDocument(ctx, actor, quoteId);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  requireModule(actor, current.account_id, 'billing');
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db
    .transaction(async (tx) => {
      const quote = await loadDocument(ctx, actor, quoteId, tx, true);
      if (quote.invoiced) throw alreadyInvoiced();
      if (!billingPolicy.documentAbilities(actor, facts(quote, false)).invoice)
        throw conflict('Only an accepted quote can be made into an invoice.', 'quote_not_accepted');
      await insertInvoiceCopy(tx, quote, id, actor.userId, now);
      await recordAudit(tx, {
        action: 'billing.document_created',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'billing_invoice', id, label: null },
        accountId: quote.account_id,
        details: { total: quote.total, currency: quote.currency, fromQuote: quote.number },
        occurredAt: now,
      });
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505') throw alreadyInvoiced();
      throw error;
    });
  return getDocumentUseCase(ctx, actor, id);
}
