import type Stripe from 'stripe';
import type { AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { stripeClient, type StripeConfig } from '../payments/stripe-client.ts';
import { completeSetupSession, insertPaymentMethod, lockSetupSession } from '../repository-autopay.ts';
import { claimStripeEvent } from '../repository-payments.ts';

/**
 * A setup-mode session completed: the card it saved is read from Stripe (the SetupIntent with its payment method)
 * and recorded with its brand, last 4 digits and expiry only. Once per event and per card.
 */
export async function onSetupCompleted(
  ctx: AppContext,
  config: StripeConfig,
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
) {
  const setupId = session.client_reference_id ?? session.metadata?.portico_setup;
  const setupIntentId = typeof session.setup_intent === 'string' ? session.setup_intent : session.setup_intent?.id;
  if (!setupId || !/^[0-9a-f-]{36}$/i.test(setupId) || !setupIntentId) return;
  // Asked before the transaction: no row is held across Stripe's answer. A failure is a 5xx and Stripe retries.
  const intent = await (
    await stripeClient(config)
  ).setupIntents.retrieve(setupIntentId, { expand: ['payment_method'] });
  const method = intent.payment_method;
  if (intent.status !== 'succeeded' || !method || typeof method === 'string' || !method.card) {
    ctx.logger.warn({ eventId: event.id, setupIntentId }, 'Stripe setup completed without a card: nothing saved');
    return;
  }
  const card = method.card;
  await ctx.db.transaction(async (tx) => {
    const setup = await lockSetupSession(tx, setupId, session.id);
    if (!setup) {
      ctx.logger.warn({ eventId: event.id, sessionId: session.id }, 'Stripe setup event for an unknown session');
      return;
    }
    if (!(await claimStripeEvent(tx, event.id, event.type, ctx.clock.now()))) return;
    if (setup.status !== 'open') return;
    const now = ctx.clock.now();
    const id = newId();
    const saved = await insertPaymentMethod(tx, {
      id,
      account_id: setup.account_id,
      stripe_payment_method_id: method.id,
      brand: card.brand,
      last4: card.last4,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      created_by: setup.created_by,
      now,
    });
    await completeSetupSession(tx, setup.id, session.id);
    if (saved)
      await recordAudit(tx, {
        action: 'billing.payment_method_saved',
        actor: null,
        target: { type: 'billing_payment_method', id, label: `${card.brand} •••• ${card.last4}` },
        accountId: setup.account_id,
        details: { brand: card.brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year },
        occurredAt: now,
      });
  });
}
