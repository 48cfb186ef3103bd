import type Stripe from 'stripe';
import type { CardPayment, CardPaymentOptions } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { mailBaseFor } from '../../branding/index.ts';
import {
  isStripeCardError,
  paymentsOff,
  stripeClient,
  stripeUnavailable,
  type StripeConfig,
} from '../payments/stripe-client.ts';
import { billingPolicy } from '../policy.ts';
import { balanceOf, facts } from '../presenters.ts';
import { endChargeAttempt, findStripeCustomer, listPaymentMethods } from '../repository-autopay.ts';
import {
  failCardCheckout,
  findAutoChargeInFlight,
  findOpenCardCheckout,
  setCheckoutIntent,
} from '../repository-card-payments.ts';
import { insertCheckout } from '../repository-payments.ts';
import { settleAutoCharge } from './auto-charge.ts';
import { loadDocument } from './load.ts';

/** What the portal offers on an invoice: pay with the saved card, and finish an automatic charge's 3-D Secure. */
export async function cardPaymentOptionsUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<CardPaymentOptions> {
  const row = await loadDocument(ctx, actor, id);
  const [card] = await listPaymentMethods(ctx.db, row.account_id, scopeParams(accountScopeOf(actor)));
  const pending = await findOpenCardCheckout(ctx.db, id);
  const pay = billingPolicy.canPay(actor, facts(row, ctx.config.stripe !== null)) && card !== undefined;
  return {
    card: card ? { brand: card.brand, last4: card.last4 } : null,
    awaitingAuthentication: pay && Boolean(pending?.awaiting_authentication),
    abilities: { pay },
  };
}

/**
 * A person of the account pays one invoice with the saved card, on session: a PaymentIntent confirmed at once with
 * a return address. Where an automatic charge waits on authentication for this balance, that intent is confirmed
 * instead (Stripe's recovery of an off-session charge), so the client is never charged twice. Under the invoice's
 * row lock one card payment is in flight at a time (and a unique index on open card checkouts backs it), and never
 * beside an automatic charge the job is making (the job claims its attempt under the same lock). Stripe's
 * answer: succeeded (recorded now, once, as Stripe said it), requires_action (the browser goes to the bank's
 * challenge and the invoice is paid when the webhook confirms), or a decline (the checkout closes; nothing paid).
 */
export async function payWithSavedCardUseCase(ctx: AppContext, actor: Actor, id: string): Promise<CardPayment> {
  const config = ctx.config.stripe;
  const document = await loadDocument(ctx, actor, id);
  if (!billingPolicy.canPay(actor, facts(document, config !== null))) {
    if (!config) throw paymentsOff();
    throw forbidden('Only the account’s people pay its open invoices online.', 'not_allowed');
  }
  const [card] = await listPaymentMethods(ctx.db, document.account_id, scopeParams(accountScopeOf(actor)));
  const customer = await findStripeCustomer(ctx.db, document.account_id);
  const now = ctx.clock.now();
  const plan = await ctx.db.transaction(async (tx) => {
    const row = await loadDocument(ctx, actor, id, tx, true);
    const balance = balanceOf(row);
    if (balance <= 0) throw conflict('This invoice has nothing left to pay.', 'not_payable');
    if (await findAutoChargeInFlight(tx, id))
      throw conflict('An automatic charge of this invoice is under way.', 'payment_in_progress');
    const pending = await findOpenCardCheckout(tx, id);
    if (pending && pending.amount === balance) {
      if (pending.kind === 'card' && !pending.stripe_payment_intent)
        throw conflict('A payment of this invoice is already under way.', 'payment_in_progress');
      return { checkoutId: pending.id, kind: pending.kind, intent: pending.stripe_payment_intent, pending };
    }
    if (pending) await failCardCheckout(tx, pending.id, now); // for another balance: a new payment replaces it
    if (!card || !customer) throw conflict('No card is saved for this account.', 'no_saved_card');
    const checkoutId = newId();
    await insertCheckout(tx, {
      id: checkoutId,
      account_id: row.account_id,
      currency: row.currency,
      amount: balance,
      document_ids: [id],
      line_amounts: [balance],
      created_by: actor.userId,
      idempotency_key: null,
      now,
      kind: 'card',
    });
    await recordAudit(tx, {
      action: 'billing.card_payment_started',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_invoice', id, label: row.number },
      accountId: row.account_id,
      details: { checkoutId, amount: balance, currency: row.currency, card: card.last4 },
      occurredAt: now,
    });
    return { checkoutId, kind: 'card' as const, intent: null, pending: null };
  });
  const answer = (
    status: CardPayment['status'],
    redirectUrl: string | null = null,
    declineCode: string | null = null,
  ) => ({
    checkoutId: plan.checkoutId,
    accountId: document.account_id,
    status,
    redirectUrl,
    declineCode,
  });
  // The same challenge again (a second click, a reload): Stripe is not asked twice.
  if (plan.pending?.action_url) return answer('requires_action', plan.pending.action_url);
  if (!card) throw conflict('No card is saved for this account.', 'no_saved_card');

  const base = await mailBaseFor(ctx, ctx.db, { accountId: document.account_id });
  const returnUrl = `${base}/billing/pay/${document.account_id}/${plan.checkoutId}`;
  let intent: Stripe.PaymentIntent;
  try {
    intent = await askStripe(config!, plan, {
      amount: plan.pending?.amount ?? balanceOf(document),
      currency: document.currency,
      customer: customer!,
      paymentMethod: card.stripe_payment_method_id,
      documentId: id,
      returnUrl,
    });
  } catch (error) {
    if (isStripeCardError(error)) {
      const code = error.decline_code ?? error.code ?? 'card_declined';
      await ctx.db.transaction(async (tx) => {
        await failCardCheckout(tx, plan.checkoutId, ctx.clock.now());
        await endChargeAttempt(tx, plan.checkoutId, 'failed', code.slice(0, 100));
      });
      return answer('failed', null, code);
    }
    ctx.logger.warn({ err: error, checkoutId: plan.checkoutId }, 'Stripe card payment failed');
    if (plan.kind === 'card') await failCardCheckout(ctx.db, plan.checkoutId, ctx.clock.now());
    throw stripeUnavailable(error);
  }
  if (intent.status === 'succeeded') {
    await settleAutoCharge(ctx, plan.checkoutId, intent, null);
    return answer('succeeded');
  }
  const next = intent.next_action;
  const challenge = next?.redirect_to_url?.url ?? null;
  await setCheckoutIntent(ctx.db, plan.checkoutId, intent.id, intent.status === 'requires_action' ? challenge : null);
  if (intent.status === 'requires_action' && challenge) return answer('requires_action', challenge);
  return answer('processing');
}

/** A new intent (our checkout id is Stripe's idempotency key), or the waiting automatic charge's, confirmed. */
async function askStripe(
  config: StripeConfig,
  plan: { checkoutId: string; kind: 'card' | 'auto'; intent: string | null },
  charge: {
    amount: number;
    currency: string;
    customer: string;
    paymentMethod: string;
    documentId: string;
    returnUrl: string;
  },
) {
  const stripe = await stripeClient(config);
  if (plan.intent)
    return stripe.paymentIntents.confirm(
      plan.intent,
      { payment_method: charge.paymentMethod, return_url: charge.returnUrl },
      { idempotencyKey: `confirm-${plan.checkoutId}-${charge.paymentMethod}` },
    );
  return stripe.paymentIntents.create(
    {
      amount: charge.amount,
      currency: charge.currency.toLowerCase(),
      customer: charge.customer,
      payment_method: charge.paymentMethod,
      confirm: true,
      return_url: charge.returnUrl,
      metadata: { portico_checkout: plan.checkoutId, portico_invoice: charge.documentId, portico_card: 'true' },
    },
    { idempotencyKey: `card-${plan.checkoutId}` },
  );
}
