import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import {
  challengePage,
  confirmPaymentIntent,
  createPaymentIntent,
  retrievePaymentIntent,
} from './fake-stripe-intents.ts';
import {
  FAKE_STRIPE_SECRET_KEY,
  FAKE_STRIPE_WEBHOOK_SECRET,
  id,
  json,
  parseForm,
  readBody,
  stripeError,
  TEST_CARD_OK,
  type Deliver,
  type FakePaymentMethod,
  type FakeStripeSession,
} from './fake-stripe-wire.ts';

/**
 * A local stand-in for the few parts of Stripe that Portico uses, so tests never reach the internet:
 * - API: POST /v1/checkout/sessions (payment and setup modes), GET /v1/checkout/sessions/:id, POST /v1/refunds,
 *   POST /v1/customers, GET /v1/setup_intents/:id (expand payment_method), POST /v1/payment_methods/:id/detach,
 *   POST /v1/payment_intents, GET /v1/payment_intents/:id, POST /v1/payment_intents/:id/confirm (the test card
 *   decides: a decline is Stripe's 402 card_error; 3-D Secure as in fake-stripe-intents.ts);
 *   form-encoded like Stripe, Idempotency-Key honoured (same parameters only), refunds bounded by what was received;
 * - a hosted checkout page (/pay/:id) with Pay (or Save card) and Cancel, which redirects back like Stripe does;
 * - the bank's 3-D Secure challenge (/3ds/:intent) with Complete and Fail, back to the intent's return_url;
 * - webhook events signed with `stripe.webhooks.generateTestHeaderString` and the endpoint's secret, handed to
 *   `deliver` (an HTTP POST to a URL in e2e tests, the app's inject in integration tests).
 */
export {
  deliverTo,
  FAKE_STRIPE_SECRET_KEY,
  FAKE_STRIPE_WEBHOOK_SECRET,
  TEST_CARD_AUTHENTICATION,
  TEST_CARD_DECLINED,
  TEST_CARD_OK,
  type Deliver,
  type FakeStripeSession,
} from './fake-stripe-wire.ts';

const stripe = new Stripe(FAKE_STRIPE_SECRET_KEY);

export class FakeStripe {
  readonly sessions = new Map<string, FakeStripeSession>();
  readonly refunds: { id: string; payment_intent: string; amount: number }[] = [];
  /** Received per payment intent (a refund may not exceed it). */
  readonly received = new Map<string, { amount: number; refunded: number }>();
  private readonly idempotent = new Map<string, { status: number; body: unknown; request: string }>();
  readonly customers = new Map<string, { id: string; object: 'customer'; name: string | null; metadata: unknown }>();
  readonly setupIntents = new Map<
    string,
    {
      id: string;
      object: 'setup_intent';
      status: string;
      payment_method: string;
      customer: string | null;
      usage: string;
    }
  >();
  readonly paymentMethods = new Map<string, FakePaymentMethod>();
  /** The full test number behind each payment method: it decides whether a charge succeeds. */
  private readonly cardNumbers = new Map<string, string>();
  readonly paymentIntents = new Map<string, Record<string, unknown>>();
  /** Events sent after an API call answered (Stripe sends them asynchronously): `settled()` awaits them. */
  private readonly deliveries: Promise<unknown>[] = [];
  private failures = 0;
  private server: Server | null = null;
  url = '';

  constructor(private deliver: Deliver) {}

  /** The next `count` API calls fail with a 500 that tells the client not to retry. */
  failNext(count = 1) {
    this.failures = count;
  }

  setDeliver(deliver: Deliver) {
    this.deliver = deliver;
  }

  async start() {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) =>
        json(response, 500, stripeError(String(error), 'api_error')),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Signs an event like Stripe does and hands it to the portal; returns the event and the portal's status. */
  async send(type: string, object: unknown, eventId = id('evt')) {
    const event = {
      id: eventId,
      object: 'event',
      api_version: '2025-08-27.basil',
      created: Math.floor(Date.now() / 1000),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    };
    const body = JSON.stringify(event);
    const signature = stripe.webhooks.generateTestHeaderString({ payload: body, secret: FAKE_STRIPE_WEBHOOK_SECRET });
    return { event, body, signature, status: await this.deliver(body, signature) };
  }

  /** The customer pays on the hosted page: the session completes (for `amount`, default its total) and the event goes out. */
  complete(sessionId: string, amount?: number) {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const intent = id('pi');
    const received = amount ?? session.amount_total;
    this.received.set(intent, { amount: received, refunded: 0 });
    Object.assign(session, {
      status: 'complete',
      payment_status: 'paid',
      payment_intent: intent,
      amount_total: received,
      url: null,
    });
    return this.send('checkout.session.completed', { ...session });
  }

  lastSession() {
    return [...this.sessions.values()].at(-1)!;
  }

  /**
   * The customer saves a card on a setup-mode hosted page: a SetupIntent succeeds with a new payment method.
   * `expiry`: the card's last month (default 12/2034), for cards about to expire.
   */
  completeSetup(sessionId: string, number = TEST_CARD_OK, expiry = { month: 12, year: 2034 }) {
    const session = this.sessions.get(sessionId);
    if (!session || session.mode !== 'setup') throw new Error(`no setup session ${sessionId}`);
    const method: FakePaymentMethod = {
      id: id('pm'),
      object: 'payment_method',
      type: 'card',
      card: {
        brand: 'visa',
        last4: number.slice(-4),
        exp_month: expiry.month,
        exp_year: expiry.year,
        funding: 'credit',
        country: 'US',
      },
      customer: session.customer,
      created: Math.floor(Date.now() / 1000),
    };
    this.paymentMethods.set(method.id, method);
    this.cardNumbers.set(method.id, number);
    const intent = {
      id: id('seti'),
      object: 'setup_intent' as const,
      status: 'succeeded',
      payment_method: method.id,
      customer: session.customer,
      usage: 'off_session',
    };
    this.setupIntents.set(intent.id, intent);
    Object.assign(session, { status: 'complete', setup_intent: intent.id, url: null });
    return this.send('checkout.session.completed', { ...session });
  }

  /** The test card number behind a payment method (it decides how a charge goes). */
  cardNumberOf(paymentMethodId: string) {
    return this.cardNumbers.get(paymentMethodId);
  }

  /** An event Stripe sends on its own after answering an API call (`settled()` awaits it). */
  sendLater(type: string, object: object) {
    const copy = { ...object };
    this.deliveries.push(new Promise((resolve) => setImmediate(resolve)).then(() => this.send(type, copy)));
  }

  /** Waits for the events sent after API calls (payment_intent.succeeded, …) to be delivered. */
  async settled() {
    while (this.deliveries.length) await Promise.all(this.deliveries.splice(0));
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', this.url);
    const page = /^\/pay\/(cs_[a-z0-9_]+)(\/(complete|cancel))?$/.exec(url.pathname);
    if (page) return this.hostedPage(request, response, page[1]!, page[3]);
    const challenge = /^\/3ds\/(pi_[a-z0-9]+)(\/(complete|fail))?$/.exec(url.pathname);
    if (challenge) return challengePage(this, request, response, challenge[1]!, challenge[3]);
    if (request.headers.authorization !== `Bearer ${FAKE_STRIPE_SECRET_KEY}`)
      return json(response, 401, stripeError('Invalid API Key provided.'));
    if (this.failures > 0) {
      this.failures -= 1;
      return json(response, 500, stripeError('Fake outage.', 'api_error'), { 'stripe-should-retry': 'false' });
    }
    const key = request.headers['idempotency-key'];
    const text = await readBody(request);
    // Like Stripe: a key replays its first response, and only for the same method, path and parameters.
    const fingerprint = `${request.method} ${url.pathname}\n${text}`;
    const remembered = typeof key === 'string' ? this.idempotent.get(key) : undefined;
    if (remembered && remembered.request !== fingerprint)
      return json(
        response,
        400,
        stripeError(
          `Keys for idempotent requests can only be used with the same parameters they were first used with.`,
          'idempotency_error',
        ),
      );
    if (remembered) return json(response, remembered.status, remembered.body, { 'idempotent-replayed': 'true' });
    // GET parameters (expand[]) come in the query string, like Stripe's client sends them.
    const form = parseForm(request.method === 'GET' ? url.search.slice(1) : text);
    const [status, body] = this.route(request.method ?? 'GET', url.pathname, form);
    if (typeof key === 'string' && status < 500) this.idempotent.set(key, { status, body, request: fingerprint });
    return json(response, status, body);
  }

  private route(method: string, path: string, form: Record<string, unknown>): [number, unknown] {
    const retrieve = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
    if (method === 'GET' && retrieve) {
      const session = this.sessions.get(retrieve[1]!);
      return session ? [200, session] : [404, stripeError('No such checkout.session')];
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') return [200, this.createSession(form)];
    if (method === 'POST' && path === '/v1/refunds') return this.refund(form);
    if (method === 'POST' && path === '/v1/customers') {
      const customer = {
        id: id('cus'),
        object: 'customer' as const,
        name: (form.name as string) ?? null,
        metadata: form.metadata ?? {},
      };
      this.customers.set(customer.id, customer);
      return [200, customer];
    }
    const setupIntent = /^\/v1\/setup_intents\/([^/]+)$/.exec(path);
    if (method === 'GET' && setupIntent) {
      const intent = this.setupIntents.get(setupIntent[1]!);
      if (!intent) return [404, stripeError(`No such setupintent: '${setupIntent[1]}'`)];
      // expand[]=payment_method embeds the object, as Stripe does.
      const expand = Object.values((form.expand ?? {}) as Record<string, string>);
      return [
        200,
        expand.includes('payment_method')
          ? { ...intent, payment_method: this.paymentMethods.get(intent.payment_method) }
          : intent,
      ];
    }
    const detach = /^\/v1\/payment_methods\/([^/]+)\/detach$/.exec(path);
    if (method === 'POST' && detach) {
      const pm = this.paymentMethods.get(detach[1]!);
      if (!pm) return [404, stripeError(`No such PaymentMethod: '${detach[1]}'`)];
      if (!pm.customer)
        return [
          400,
          stripeError('The payment method you provided is not attached to a customer so detachment is impossible.'),
        ];
      pm.customer = null;
      return [200, pm];
    }
    if (method === 'POST' && path === '/v1/payment_intents') return createPaymentIntent(this, form);
    const intent = /^\/v1\/payment_intents\/(pi_[a-z0-9]+)(\/confirm)?$/.exec(path);
    if (method === 'GET' && intent && !intent[2]) return retrievePaymentIntent(this, intent[1]!);
    if (method === 'POST' && intent?.[2]) return confirmPaymentIntent(this, intent[1]!, form);
    return [404, stripeError(`Unrecognized request URL (${method}: ${path}).`)];
  }

  private createSession(form: Record<string, unknown>): FakeStripeSession {
    if (form.mode === 'setup') {
      if (form.customer && !this.customers.has(String(form.customer)))
        throw new Error(`No such customer: '${String(form.customer)}'`);
      const setupId = id('cs_test');
      const setup: FakeStripeSession = {
        id: setupId,
        object: 'checkout.session',
        mode: 'setup',
        status: 'open',
        payment_status: 'no_payment_required',
        customer: (form.customer as string) ?? null,
        setup_intent: null,
        amount_total: 0,
        currency: '',
        client_reference_id: (form.client_reference_id as string) ?? null,
        metadata: (form.metadata ?? {}) as Record<string, string>,
        payment_intent: null,
        success_url: String(form.success_url),
        cancel_url: String(form.cancel_url),
        url: `${this.url}/pay/${setupId}`,
      };
      this.sessions.set(setupId, setup);
      return setup;
    }
    const items = Object.values((form.line_items ?? {}) as Record<string, Record<string, Record<string, string>>>);
    const currencies = new Set(items.map((item) => item.price_data!.currency));
    if (currencies.size !== 1) throw new Error('line items must share one currency');
    const sessionId = id('cs_test');
    const session: FakeStripeSession = {
      id: sessionId,
      object: 'checkout.session',
      mode: String(form.mode),
      status: 'open',
      payment_status: 'unpaid',
      amount_total: items.reduce((sum, item) => sum + Number(item.price_data!.unit_amount) * Number(item.quantity), 0),
      currency: [...currencies][0]!,
      client_reference_id: (form.client_reference_id as string) ?? null,
      customer: (form.customer as string) ?? null,
      setup_intent: null,
      metadata: (form.metadata ?? {}) as Record<string, string>,
      payment_intent: null,
      success_url: String(form.success_url),
      cancel_url: String(form.cancel_url),
      url: `${this.url}/pay/${sessionId}`,
    };
    this.sessions.set(sessionId, session);
    return session;
  }

  private refund(form: Record<string, unknown>): [number, unknown] {
    const intentId = String(form.payment_intent);
    const intent = this.received.get(intentId);
    if (!intent) return [404, stripeError(`No such payment_intent: '${intentId}'`)];
    const amount = form.amount === undefined ? intent.amount - intent.refunded : Number(form.amount);
    if (amount <= 0 || intent.refunded + amount > intent.amount)
      return [400, stripeError(`Refund amount (${amount}) is greater than unrefunded amount on charge.`)];
    intent.refunded += amount;
    const refund = { id: id('re'), object: 'refund', payment_intent: intentId, amount, status: 'succeeded' };
    this.refunds.push(refund);
    return [200, refund];
  }

  private async hostedPage(request: IncomingMessage, response: ServerResponse, sessionId: string, action?: string) {
    const session = this.sessions.get(sessionId);
    if (!session) return json(response, 404, stripeError('No such session'));
    if (request.method === 'POST' && action === 'complete' && session.mode === 'setup') {
      const form = new URLSearchParams(await readBody(request));
      const card = form.get('card') ?? TEST_CARD_OK;
      // "MM/YYYY" as typed on the page; anything else keeps the default expiry.
      const [month, year] = (form.get('expiry') ?? '').split('/').map(Number);
      const expiry = month && month <= 12 && year ? { month, year } : undefined;
      await this.completeSetup(sessionId, card.replace(/\s+/g, ''), expiry);
      response.writeHead(303, { location: session.success_url });
      return response.end();
    }
    if (request.method === 'POST' && action === 'complete') {
      await this.complete(sessionId);
      response.writeHead(303, { location: session.success_url });
      return response.end();
    }
    if (request.method === 'POST' && action === 'cancel') {
      response.writeHead(303, { location: session.cancel_url });
      return response.end();
    }
    if (session.mode === 'setup') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(`<!doctype html><html lang="en"><head><title>Fake Stripe Checkout</title></head><body><main>
<h1>Fake Stripe Checkout</h1><p>Save a card for future payments</p>
<form method="post" action="/pay/${sessionId}/complete"><label>Card number <input name="card" value="${TEST_CARD_OK}"></label>
<label>Expiry (MM/YYYY) <input name="expiry" value="12/2034"></label>
<button type="submit">Save card</button></form>
<form method="post" action="/pay/${sessionId}/cancel"><button type="submit">Cancel</button></form>
</main></body></html>`);
    }
    const amount = (session.amount_total / 100).toFixed(2);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Fake Stripe Checkout</title></head><body><main>
<h1>Fake Stripe Checkout</h1><p>Amount due: ${amount} ${session.currency.toUpperCase()}</p>
<form method="post" action="/pay/${sessionId}/complete"><button type="submit">Pay</button></form>
<form method="post" action="/pay/${sessionId}/cancel"><button type="submit">Cancel</button></form>
</main></body></html>`);
  }
}
