import type { IncomingMessage, ServerResponse } from 'node:http';
import { id, json, readBody, stripeError, TEST_CARD_AUTHENTICATION, TEST_CARD_DECLINED } from './fake-stripe-wire.ts';
import type { FakeStripe } from './fake-stripe.ts';

/*
 * The fake Stripe's PaymentIntents, modelled on Stripe's test cards:
 * - 4242… succeeds; 4000 0000 0000 0341 is declined (402 card_error `card_declined`, intent `requires_payment_method`);
 * - 4000 0027 6000 3184 (pm_card_authenticationRequired) asks for 3-D Secure on every charge. Off session
 *   (`off_session=true`) nobody can answer, so, like Stripe, the confirmation fails with a 402 card_error
 *   `authentication_required` and the intent waits in `requires_payment_method`. On session it answers
 *   `requires_action` with a `next_action`: `redirect_to_url` when a `return_url` was given (Stripe's redirect flow,
 *   what Stripe.js's handleNextAction does for a redirect), else `use_stripe_sdk`; both point at the fake's
 *   challenge page, where the customer completes or fails the authentication like on Stripe's test page. Only then
 *   does the intent succeed (or fail), the event goes out signed, and the browser returns to `return_url` with
 *   `payment_intent`, `payment_intent_client_secret` and `redirect_status`, as Stripe does.
 * An intent already in `requires_payment_method` is confirmed again on session with POST /v1/payment_intents/:id/confirm
 * (Stripe's recovery of an off-session charge that needs authentication).
 */
export type FakeIntent = Record<string, unknown> & {
  id: string;
  amount: number;
  status: string;
  payment_method: string;
  metadata: unknown;
};

const cardError = (intent: FakeIntent, code: string, declineCode: string, message: string) => ({
  error: { type: 'card_error', code, decline_code: declineCode, message, payment_intent: intent },
});

/** POST /v1/payment_intents: created, and confirmed at once when `confirm=true`. */
export function createPaymentIntent(fake: FakeStripe, form: Record<string, unknown>): [number, unknown] {
  const pmId = String(form.payment_method ?? '');
  const pm = fake.paymentMethods.get(pmId);
  if (!pm) return [400, stripeError(`No such PaymentMethod: '${pmId}'`)];
  if (pm.customer !== form.customer)
    return [400, stripeError('The provided PaymentMethod does not belong to the Customer.')];
  const intentId = id('pi');
  const intent: FakeIntent = {
    id: intentId,
    object: 'payment_intent',
    amount: Number(form.amount),
    amount_received: 0,
    currency: String(form.currency),
    customer: form.customer,
    payment_method: pmId,
    metadata: form.metadata ?? {},
    client_secret: `${intentId}_secret_${id('x').slice(2)}`,
    status: 'requires_confirmation',
    last_payment_error: null,
    next_action: null,
  };
  fake.paymentIntents.set(intent.id, intent);
  if (form.confirm !== 'true') return [200, intent];
  return confirm(fake, intent, form.off_session === 'true', form.return_url as string | undefined);
}

/** POST /v1/payment_intents/:id/confirm (on session): the customer is there to authenticate. */
export function confirmPaymentIntent(
  fake: FakeStripe,
  intentId: string,
  form: Record<string, unknown>,
): [number, unknown] {
  const intent = fake.paymentIntents.get(intentId) as FakeIntent | undefined;
  if (!intent) return [404, stripeError(`No such payment_intent: '${intentId}'`)];
  if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(intent.status))
    return [
      400,
      stripeError(
        `This PaymentIntent's status is ${intent.status}, so it cannot be confirmed.`,
        'invalid_request_error',
      ),
    ];
  if (form.payment_method) {
    if (!fake.paymentMethods.has(String(form.payment_method)))
      return [400, stripeError(`No such PaymentMethod: '${String(form.payment_method)}'`)];
    intent.payment_method = String(form.payment_method);
  }
  return confirm(fake, intent, form.off_session === 'true', form.return_url as string | undefined);
}

function confirm(fake: FakeStripe, intent: FakeIntent, offSession: boolean, returnUrl?: string): [number, unknown] {
  const number = fake.cardNumberOf(intent.payment_method);
  if (number === TEST_CARD_DECLINED) {
    Object.assign(intent, {
      status: 'requires_payment_method',
      last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' },
    });
    fake.sendLater('payment_intent.payment_failed', intent);
    return [402, cardError(intent, 'card_declined', 'generic_decline', 'Your card was declined.')];
  }
  if (number === TEST_CARD_AUTHENTICATION && offSession) {
    Object.assign(intent, {
      status: 'requires_payment_method',
      last_payment_error: {
        type: 'card_error',
        code: 'authentication_required',
        decline_code: 'authentication_required',
      },
    });
    fake.sendLater('payment_intent.payment_failed', intent);
    return [
      402,
      cardError(
        intent,
        'authentication_required',
        'authentication_required',
        'Your card was declined. This transaction requires authentication.',
      ),
    ];
  }
  if (number === TEST_CARD_AUTHENTICATION) {
    const url = `${fake.url}/3ds/${intent.id}`;
    Object.assign(intent, {
      status: 'requires_action',
      last_payment_error: null,
      return_url: returnUrl ?? null,
      next_action: returnUrl
        ? { type: 'redirect_to_url', redirect_to_url: { url, return_url: returnUrl } }
        : { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: url } },
    });
    return [200, intent];
  }
  succeed(fake, intent);
  fake.sendLater('payment_intent.succeeded', intent);
  return [200, intent];
}

function succeed(fake: FakeStripe, intent: FakeIntent) {
  Object.assign(intent, { status: 'succeeded', amount_received: intent.amount, next_action: null });
  fake.received.set(intent.id, { amount: intent.amount, refunded: 0 });
}

/** GET /v1/payment_intents/:id */
export function retrievePaymentIntent(fake: FakeStripe, intentId: string): [number, unknown] {
  const intent = fake.paymentIntents.get(intentId);
  return intent ? [200, intent] : [404, stripeError(`No such payment_intent: '${intentId}'`)];
}

/**
 * The bank's challenge (/3ds/:intent): Complete or Fail, like Stripe's 3-D Secure test page. The event is delivered
 * before the browser is sent back, as Stripe's usually is; the portal still waits for it, not for the redirect.
 */
export async function challengePage(
  fake: FakeStripe,
  request: IncomingMessage,
  response: ServerResponse,
  intentId: string,
  action?: string,
) {
  const intent = fake.paymentIntents.get(intentId) as FakeIntent | undefined;
  if (!intent) return json(response, 404, stripeError('No such payment_intent'));
  if (
    request.method === 'POST' &&
    intent.status === 'requires_action' &&
    (action === 'complete' || action === 'fail')
  ) {
    await readBody(request);
    if (action === 'complete') succeed(fake, intent);
    else
      Object.assign(intent, {
        status: 'requires_payment_method',
        next_action: null,
        last_payment_error: {
          type: 'card_error',
          code: 'payment_intent_authentication_failure',
          message: 'The provided PaymentMethod has failed authentication.',
        },
      });
    await fake.send(action === 'complete' ? 'payment_intent.succeeded' : 'payment_intent.payment_failed', {
      ...intent,
    });
    const back = new URL(String(intent.return_url ?? `${fake.url}/3ds-done`));
    back.searchParams.set('payment_intent', intent.id);
    back.searchParams.set('payment_intent_client_secret', String(intent.client_secret));
    back.searchParams.set('redirect_status', action === 'complete' ? 'succeeded' : 'failed');
    response.writeHead(303, { location: back.toString() });
    return response.end();
  }
  const amount = (intent.amount / 100).toFixed(2);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="en"><head><title>Fake 3D Secure</title></head><body><main>
<h1>3D Secure 2 test page</h1><p>Authenticate the payment of ${amount} ${String(intent.currency).toUpperCase()}</p>
<form method="post" action="/3ds/${intent.id}/complete"><button type="submit">Complete authentication</button></form>
<form method="post" action="/3ds/${intent.id}/fail"><button type="submit">Fail authentication</button></form>
</main></body></html>`);
}
