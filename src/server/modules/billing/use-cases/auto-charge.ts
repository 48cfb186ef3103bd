import type Stripe from 'stripe';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueueJob, type JobHandler } from '../../../platform/jobs/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { emitPaymentFailed } from '../webhook-events.ts';
import { isStripeCardError, stripeClient, type StripeConfig } from '../payments/stripe-client.ts';
import { balanceOf } from '../presenters.ts';
import { findOpenCardCheckout, setCheckoutIntent } from '../repository-card-payments.ts';
import {
  claimChargeAttempt,
  endChargeAttempt,
  findStripeCustomer,
  listPaymentMethods,
  lockCheckoutById,
} from '../repository-autopay.ts';
import { findDocument } from '../repository-documents.ts';
import { claimStripeEvent, findCheckout, insertCheckout } from '../repository-payments.ts';
import { todayOf } from './load.ts';
import { recordOnlinePayment } from './stripe-webhook.ts';

export const BILLING_AUTO_CHARGE_JOB = 'billing.auto_charge';
export const BILLING_AUTO_CHARGE_FAILED_MAIL_JOB = 'billing.auto_charge_failed_mail';
/** One mail per declined charge to the client (follows the `billing` email preference). */
export const BILLING_AUTO_CHARGE_DECLINED_MAIL_JOB = 'billing.auto_charge_declined_mail';
/** The bank wants the charge authenticated (3-D Secure): the client is asked to finish it in the portal. */
export const BILLING_AUTHENTICATION_MAIL_JOB = 'billing.authentication_mail';
/** Retries after a failed first charge, in days after it; after the last one the client and staff are told. */
export const AUTO_CHARGE_RETRY_DAYS = [1, 3, 5] as const;
/** While the client's own card payment of the invoice is in flight, the automatic charge waits this long, then looks again. */
export const AUTO_CHARGE_WAIT_FOR_CARD_MS = 15 * 60_000;
/** The job acts for the portal, not for a person: the whole scope. */
const ALL: [boolean, string[]] = [true, []];

/** Queues the first automatic charge of a sent invoice (in the send's transaction; once per invoice). */
export function queueAutoCharge(tx: Queryable, documentId: string, now: Date) {
  return enqueueJob(
    tx,
    {
      kind: BILLING_AUTO_CHARGE_JOB,
      payload: { documentId, attempt: 1 },
      runAt: now,
      dedupeKey: `${BILLING_AUTO_CHARGE_JOB}:${documentId}:1`,
    },
    now,
  );
}

/**
 * Job: charges a sent invoice's balance to the account's saved card, off session, with a PaymentIntent confirmed at
 * once. Each attempt is claimed (invoice, attempt) before Stripe is asked, and its checkout row's id is Stripe's
 * idempotency key, so a rerun after a crash asks Stripe the same question and gets the same answer. A success is
 * recorded through the hosted checkout's payment path, once, whether the job or the webhook gets there first.
 * The attempt is claimed under the invoice's row lock, the lock the portal's Pay takes: while the client's card
 * payment is in flight the job waits (postponed) and charges only what is left after it; while the job's charge
 * is in flight, Pay answers 409. One charge of an invoice in flight at a time.
 */
export const autoChargeJob: JobHandler = async (ctx, payload) => {
  const config = ctx.config.stripe;
  const documentId = String(payload.documentId);
  const attempt = Number(payload.attempt ?? 1);
  if (!config) {
    ctx.logger.info({ documentId }, 'billing.auto_charge: online payment is not set up; the invoice stays open');
    return;
  }
  const now = ctx.clock.now();
  const invoice = await findDocument(ctx.db, documentId, ALL, todayOf(now), false);
  if (!invoice || invoice.kind !== 'invoice' || balanceOf(invoice) <= 0) return; // paid, voided or gone meanwhile
  const [card] = await listPaymentMethods(ctx.db, invoice.account_id, ALL);
  const customer = await findStripeCustomer(ctx.db, invoice.account_id);
  const firstAt = payload.firstAt ? new Date(String(payload.firstAt)) : now;

  const checkoutId = newId();
  const claimed = await ctx.db.transaction(async (tx) => {
    const locked = await findDocument(tx, documentId, ALL, todayOf(now), false, true);
    if (!locked || balanceOf(locked) <= 0) return null; // paid meanwhile (the client's card payment went first)
    const portalPayment = await findOpenCardCheckout(tx, documentId);
    if (portalPayment?.kind === 'card') return 'wait' as const;
    const balance = balanceOf(locked);
    const claim = await claimChargeAttempt(tx, {
      document_id: documentId,
      attempt,
      account_id: invoice.account_id,
      checkout_id: checkoutId,
      payment_method_id: card?.id ?? null,
      first_attempt_at: firstAt,
      now,
    });
    if (claim?.checkout_id === checkoutId)
      await insertCheckout(tx, {
        id: checkoutId,
        account_id: invoice.account_id,
        currency: invoice.currency,
        amount: balance,
        document_ids: [documentId],
        line_amounts: [balance],
        created_by: null,
        idempotency_key: null,
        now,
        kind: 'auto',
      });
    return claim;
  });
  if (claimed === 'wait') return { postponeUntil: new Date(now.getTime() + AUTO_CHARGE_WAIT_FOR_CARD_MS) };
  if (!claimed?.checkout_id) return; // this attempt already ended
  const checkout = (await findCheckout(ctx.db, claimed.checkout_id, invoice.account_id, ALL))!;
  if (checkout.status !== 'open') return;
  if (!card || !customer) return failAttempt(ctx, checkout.id, 'no_saved_card');

  let intent: Stripe.PaymentIntent;
  try {
    intent = await chargeCard(config, checkout.id, {
      amount: checkout.amount,
      currency: checkout.currency,
      customer,
      paymentMethod: card.stripe_payment_method_id,
      documentId,
    });
  } catch (error) {
    // Off session, a card that needs 3-D Secure fails like this (Stripe's `authentication_required`), the intent
    // waiting in requires_payment_method: the client confirms that same intent on session, from the portal.
    if (isStripeCardError(error) && error.code === 'authentication_required')
      return awaitAuthentication(ctx, checkout.id, error.payment_intent?.id ?? null);
    if (isStripeCardError(error))
      return failAttempt(ctx, checkout.id, error.decline_code ?? error.code ?? 'card_declined');
    throw error; // Stripe unreachable: the job is retried, and asks Stripe again with the same idempotency key
  }
  if (intent.status === 'succeeded') return settleAutoCharge(ctx, checkout.id, intent, null);
  if (intent.status === 'requires_action') return awaitAuthentication(ctx, checkout.id, intent.id);
  return failAttempt(ctx, checkout.id, intent.status);
};

/**
 * The bank wants the customer to authenticate the charge. Retrying off session cannot help, so the attempt ends in
 * `requires_action` (no more retries), the checkout stays open with its PaymentIntent, and the client is mailed a
 * link to the invoice, where the portal confirms that intent with the bank's challenge. The invoice is paid only
 * when Stripe's webhook says the intent succeeded.
 */
async function awaitAuthentication(ctx: AppContext, checkoutId: string, paymentIntent: string | null) {
  await ctx.db.transaction(async (tx) => {
    const locked = await lockCheckoutById(tx, checkoutId);
    if (!locked || locked.status !== 'open') return;
    const now = ctx.clock.now();
    await setCheckoutIntent(tx, checkoutId, paymentIntent, null);
    const ended = await endChargeAttempt(tx, checkoutId, 'requires_action', 'authentication_required');
    if (!ended) return;
    await enqueueJob(
      tx,
      {
        kind: BILLING_AUTHENTICATION_MAIL_JOB,
        payload: { documentId: ended.document_id },
        runAt: now,
        dedupeKey: `${BILLING_AUTHENTICATION_MAIL_JOB}:${ended.document_id}:${ended.attempt}`,
      },
      now,
    );
    await recordAudit(tx, {
      action: 'billing.auto_charge_requires_action',
      actor: null,
      target: { type: 'billing_invoice', id: ended.document_id },
      accountId: ended.account_id,
      details: { attempt: ended.attempt, paymentIntent },
      occurredAt: now,
    });
  });
}

async function chargeCard(
  config: StripeConfig,
  checkoutId: string,
  charge: { amount: number; currency: string; customer: string; paymentMethod: string; documentId: string },
) {
  return (await stripeClient(config)).paymentIntents.create(
    {
      amount: charge.amount,
      currency: charge.currency.toLowerCase(),
      customer: charge.customer,
      payment_method: charge.paymentMethod,
      off_session: true,
      confirm: true,
      metadata: { portico_checkout: checkoutId, portico_invoice: charge.documentId, portico_auto_charge: 'true' },
    },
    { idempotencyKey: `autocharge-${checkoutId}` },
  );
}

/**
 * Records a succeeded automatic charge once: under the checkout's row lock, only while it is open. Called by the job
 * with Stripe's answer and by the webhook's `payment_intent.succeeded` (which claims its event id in the same
 * transaction); whichever comes second finds the checkout completed and changes nothing.
 */
export async function settleAutoCharge(
  ctx: AppContext,
  checkoutId: string,
  intent: Stripe.PaymentIntent,
  event: Stripe.Event | null,
) {
  await ctx.db.transaction(async (tx) => {
    const locked = await lockCheckoutById(tx, checkoutId);
    if (!locked) return;
    if (event && !(await claimStripeEvent(tx, event.id, event.type, ctx.clock.now()))) return;
    // Recorded once. A checkout closed meanwhile (a card payment replaced by one for a new balance) is still
    // recorded when Stripe says its money came in: what exceeds the invoice becomes account credit.
    if (locked.status === 'completed') return;
    const { rows } = await tx.query<{ account_id: string }>('SELECT account_id FROM billing_checkouts WHERE id = $1', [
      checkoutId,
    ]);
    const checkout = (await findCheckout(tx, checkoutId, rows[0]!.account_id, ALL))!;
    if (intent.currency.toUpperCase() !== checkout.currency || intent.amount_received <= 0) {
      ctx.logger.error({ checkoutId, intent: intent.id }, 'Automatic charge in another currency or for nothing');
      return;
    }
    await recordOnlinePayment(tx, ctx, checkout, intent.amount_received, intent.id, null);
    const ended = await endChargeAttempt(tx, checkoutId, 'succeeded', null);
    await recordAudit(tx, {
      action: 'billing.auto_charge_succeeded',
      actor: null,
      target: { type: 'billing_invoice', id: ended?.document_id ?? checkout.document_ids[0]! },
      accountId: checkout.account_id,
      details: { attempt: ended?.attempt ?? null, amount: intent.amount_received, paymentIntent: intent.id },
      occurredAt: ctx.clock.now(),
    });
  });
}

/** A failed attempt: the next on the retry schedule, or after the last one a mail to the client and staff. */
async function failAttempt(ctx: AppContext, checkoutId: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const locked = await lockCheckoutById(tx, checkoutId);
    if (!locked || locked.status !== 'open') return;
    const now = ctx.clock.now();
    await tx.query(`UPDATE billing_checkouts SET status = 'failed', completed_at = $2 WHERE id = $1`, [
      checkoutId,
      now,
    ]);
    const ended = await endChargeAttempt(tx, checkoutId, 'failed', reason.slice(0, 100));
    if (!ended) return;
    const retryDays = AUTO_CHARGE_RETRY_DAYS[ended.attempt - 1];
    const retryAt =
      retryDays === undefined ? null : new Date(ended.first_attempt_at.getTime() + retryDays * 86_400_000);
    // Every declined charge tells the client why and what comes next (one mail per attempt).
    await enqueueJob(
      tx,
      {
        kind: BILLING_AUTO_CHARGE_DECLINED_MAIL_JOB,
        payload: { documentId: ended.document_id, attempt: ended.attempt, reason, retryAt: retryAt?.toISOString() },
        runAt: now,
        dedupeKey: `${BILLING_AUTO_CHARGE_DECLINED_MAIL_JOB}:${ended.document_id}:${ended.attempt}`,
      },
      now,
    );
    if (retryAt) {
      const next = ended.attempt + 1;
      await enqueueJob(
        tx,
        {
          kind: BILLING_AUTO_CHARGE_JOB,
          payload: { documentId: ended.document_id, attempt: next, firstAt: ended.first_attempt_at.toISOString() },
          runAt: retryAt,
          dedupeKey: `${BILLING_AUTO_CHARGE_JOB}:${ended.document_id}:${next}`,
        },
        now,
      );
    } else {
      await enqueueJob(
        tx,
        {
          kind: BILLING_AUTO_CHARGE_FAILED_MAIL_JOB,
          payload: { documentId: ended.document_id, reason },
          runAt: now,
          dedupeKey: `${BILLING_AUTO_CHARGE_FAILED_MAIL_JOB}:${ended.document_id}`,
        },
        now,
      );
    }
    await emitPaymentFailed(
      tx,
      {
        accountId: ended.account_id,
        checkoutId,
        invoiceIds: [ended.document_id],
        amount: locked.amount,
        currency: locked.currency,
        source: 'auto_charge',
        reason,
        attempt: ended.attempt,
        willRetry: retryDays !== undefined,
      },
      now,
    );
    await recordAudit(tx, {
      action: 'billing.auto_charge_failed',
      actor: null,
      target: { type: 'billing_invoice', id: ended.document_id },
      accountId: ended.account_id,
      details: { attempt: ended.attempt, reason, willRetry: retryDays !== undefined },
      occurredAt: now,
    });
  });
}
