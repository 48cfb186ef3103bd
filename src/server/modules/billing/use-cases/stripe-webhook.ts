import { afterInvoiceSettlement } from '../paid-hooks.ts';
import { emitPaymentFailed } from '../webhook-events.ts';
import type Stripe from 'stripe';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueueJob } from '../../../platform/jobs/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { settleAutoCharge } from './auto-charge.ts';
import { endChargeAttempt } from '../repository-autopay.ts';
import { awaitsAuthentication, failCardCheckout, lockCheckoutKind } from '../repository-card-payments.ts';
import { onSetupCompleted } from './payment-method-webhook.ts';
import { allocatePayment } from '../payments/allocation.ts';
import { stripeClient } from '../payments/stripe-client.ts';
import { insertPayment } from '../repository-documents.ts';
import {
  claimStripeEvent,
  finishCheckout,
  insertAccountCredit,
  lockCheckoutForSession,
  lockInvoices,
  type CheckoutRow,
} from '../repository-payments.ts';

export const BILLING_PAYMENT_MAIL_JOB = 'billing.payment_mail';

const badSignature = () =>
  new AppError(400, 'invalid_signature', 'Bad request', 'The Stripe-Signature header does not match this body.');

/**
 * Stripe's webhook. The signature is checked on the raw body (constructEvent), then each event is acted on at most
 * once: its id is claimed in the same transaction as its effect. Stripe, not the browser, says a checkout is paid,
 * and for how much: the amount and currency of the event are what is allocated.
 */
export async function stripeWebhookUseCase(ctx: AppContext, body: Buffer, signature: string | undefined) {
  const config = ctx.config.stripe;
  if (!config) throw notFound();
  if (!signature) throw badSignature();
  const stripe = await stripeClient(config);
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, config.webhookSecret);
  } catch {
    throw badSignature();
  }
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      if (event.data.object.mode === 'setup') await onSetupCompleted(ctx, config, event, event.data.object);
      else if (event.data.object.payment_status !== 'unpaid') await onSessionPaid(ctx, event, event.data.object);
      break;
    case 'payment_intent.succeeded': {
      // Automatic charges and saved-card payments (hosted checkouts are settled by their session's events); after
      // 3-D Secure this event, not the browser's return, is what pays the invoice.
      const checkoutId = intentCheckout(event.data.object);
      if (checkoutId) await settleAutoCharge(ctx, checkoutId, event.data.object, event);
      break;
    }
    case 'payment_intent.payment_failed': {
      const checkoutId = intentCheckout(event.data.object);
      if (checkoutId) await onCardPaymentFailed(ctx, event, checkoutId);
      break;
    }
    case 'checkout.session.async_payment_failed':
      await onSessionClosed(ctx, event, event.data.object, 'failed');
      break;
    case 'checkout.session.expired':
      await onSessionClosed(ctx, event, event.data.object, 'expired');
      break;
    default:
      // Events this portal does not act on are acknowledged, so Stripe stops sending them.
      break;
  }
  return { received: true };
}

/** Our checkout behind a PaymentIntent we made (automatic charge or saved card), or null. */
function intentCheckout(intent: Stripe.PaymentIntent) {
  const checkoutId = intent.metadata?.portico_checkout;
  const ours = intent.metadata?.portico_auto_charge === 'true' || intent.metadata?.portico_card === 'true';
  return ours && checkoutId && /^[0-9a-f-]{36}$/i.test(checkoutId) ? checkoutId : null;
}

/**
 * A saved-card payment failed on session (declined, or the customer failed the bank's challenge): the checkout
 * closes, so the next Pay starts afresh, and an automatic charge that waited on authentication ends as failed. An
 * automatic charge's own off-session decline is the job's to record (it retries), so this leaves it alone.
 */
async function onCardPaymentFailed(ctx: AppContext, event: Stripe.Event, checkoutId: string) {
  await ctx.db.transaction(async (tx) => {
    const checkout = await lockCheckoutKind(tx, checkoutId);
    if (!checkout || checkout.status !== 'open') return;
    const onSession = checkout.kind === 'card' || (await awaitsAuthentication(tx, checkoutId));
    if (!onSession) return;
    const intent = event.data.object as Stripe.PaymentIntent;
    // The intent must be the one the portal confirmed (an old off-session failure event arriving late is not).
    if (intent.status !== 'requires_payment_method' || intent.last_payment_error?.code === 'authentication_required')
      return;
    if (!(await claimStripeEvent(tx, event.id, event.type, ctx.clock.now()))) return;
    const now = ctx.clock.now();
    await failCardCheckout(tx, checkoutId, now);
    const code = intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code ?? 'card_declined';
    await endChargeAttempt(tx, checkoutId, 'failed', code.slice(0, 100));
  });
}

/** The checkout the session pays, locked, and whether this event is new. Null: not ours, or a replay. */
async function claim(tx: Queryable, ctx: AppContext, event: Stripe.Event, session: Stripe.Checkout.Session) {
  const checkoutId = session.client_reference_id ?? session.metadata?.portico_checkout;
  if (!checkoutId || !/^[0-9a-f-]{36}$/i.test(checkoutId)) return null;
  const checkout = await lockCheckoutForSession(tx, checkoutId, session.id);
  if (!checkout) {
    ctx.logger.warn({ eventId: event.id, sessionId: session.id }, 'Stripe event for an unknown checkout');
    return null;
  }
  if (!(await claimStripeEvent(tx, event.id, event.type, ctx.clock.now()))) return null;
  return checkout;
}

async function onSessionPaid(ctx: AppContext, event: Stripe.Event, session: Stripe.Checkout.Session) {
  await ctx.db.transaction(async (tx) => {
    const checkout = await claim(tx, ctx, event, session);
    // A checkout is paid once, whichever of its events (completed, async succeeded, a replay) comes first.
    if (!checkout || checkout.status === 'completed') return;
    const received = session.amount_total ?? 0;
    const currency = (session.currency ?? '').toUpperCase();
    const paymentIntent =
      typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
    if (currency !== checkout.currency || received <= 0 || !paymentIntent) {
      ctx.logger.error(
        { eventId: event.id, checkoutId: checkout.id, currency, received },
        'Stripe says a checkout was paid in another currency or for nothing: not recorded',
      );
      return;
    }
    await recordOnlinePayment(tx, ctx, checkout, received, paymentIntent, session.id);
  });
}

/**
 * Allocates what Stripe received across the checkout's (locked, open) invoices, oldest due first; the rest is
 * account credit. The one path for hosted checkouts and automatic charges.
 */
export async function recordOnlinePayment(
  tx: Queryable,
  ctx: AppContext,
  checkout: CheckoutRow,
  received: number,
  paymentIntent: string,
  sessionId: string | null,
) {
  const now = ctx.clock.now();
  const invoices = await lockInvoices(tx, checkout.document_ids, checkout.account_id, checkout.currency);
  const { allocations, credit } = allocatePayment(
    received,
    invoices.map((row) => ({ id: row.id, dueDate: row.due_date, issueDate: row.issue_date, balance: row.open })),
  );
  for (const allocation of allocations) {
    await insertPayment(tx, {
      id: newId(),
      account_id: checkout.account_id,
      document_id: allocation.id,
      amount: allocation.amount,
      currency: checkout.currency,
      method: 'card',
      reference: paymentIntent,
      received_on: now.toISOString().slice(0, 10),
      recorded_by: null,
      stripe_payment_intent: paymentIntent,
      now,
    });
    await afterInvoiceSettlement(tx, allocation.id, now);
  }
  if (credit > 0)
    await insertAccountCredit(tx, {
      id: newId(),
      account_id: checkout.account_id,
      currency: checkout.currency,
      amount: credit,
      checkout_id: checkout.id,
      note: `Overpayment ${paymentIntent}`,
      now,
    });
  await finishCheckout(tx, checkout.id, { status: 'completed', sessionId, paymentIntent, received, now });
  await recordAudit(tx, {
    action: 'billing.payment_received_online',
    actor: null,
    target: { type: 'billing_checkout', id: checkout.id },
    accountId: checkout.account_id,
    details: { amount: received, currency: checkout.currency, paymentIntent, allocations, credit },
    occurredAt: now,
  });
  await queuePaymentMail(tx, checkout.id, 'received', now);
}

async function onSessionClosed(
  ctx: AppContext,
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
  status: 'failed' | 'expired',
) {
  await ctx.db.transaction(async (tx) => {
    const checkout = await claim(tx, ctx, event, session);
    if (!checkout || checkout.status !== 'open') return;
    const now = ctx.clock.now();
    await finishCheckout(tx, checkout.id, { status, sessionId: session.id, paymentIntent: null, received: null, now });
    if (status !== 'failed') return;
    await queuePaymentMail(tx, checkout.id, 'failed', now);
    await emitPaymentFailed(
      tx,
      {
        accountId: checkout.account_id,
        checkoutId: checkout.id,
        invoiceIds: checkout.document_ids,
        amount: checkout.amount,
        currency: checkout.currency,
        source: 'checkout',
        reason: null,
        attempt: null,
        willRetry: false,
      },
      now,
    );
  });
}

function queuePaymentMail(tx: Queryable, checkoutId: string, outcome: 'received' | 'failed', now: Date) {
  return enqueueJob(
    tx,
    {
      kind: BILLING_PAYMENT_MAIL_JOB,
      payload: { checkoutId, outcome },
      runAt: now,
      dedupeKey: `${BILLING_PAYMENT_MAIL_JOB}:${checkoutId}:${outcome}`,
    },
    now,
  );
}
