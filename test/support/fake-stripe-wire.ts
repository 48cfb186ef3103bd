import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';

/** The fake Stripe's wire: its objects' shapes, test keys and cards, and Stripe's form encoding and error bodies. */
export interface FakeStripeSession {
  id: string;
  object: 'checkout.session';
  mode: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid' | 'no_payment_required';
  customer: string | null;
  setup_intent: string | null;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string;
  url: string | null;
}

export type Deliver = (body: string, signature: string) => Promise<number>;

export const FAKE_STRIPE_SECRET_KEY = 'sk_test_fake';
/** Stripe's test cards: one that charges, one that saves but is declined on every charge (like 4000000000000341). */
export const TEST_CARD_OK = '4242424242424242';
export const TEST_CARD_DECLINED = '4000000000000341';
/** Stripe's pm_card_authenticationRequired: 3-D Secure on every charge (see fake-stripe-intents.ts). */
export const TEST_CARD_AUTHENTICATION = '4000002760003184';

export interface FakePaymentMethod {
  id: string;
  object: 'payment_method';
  type: 'card';
  card: { brand: string; last4: string; exp_month: number; exp_year: number; funding: string; country: string };
  customer: string | null;
  created: number;
}
export const FAKE_STRIPE_WEBHOOK_SECRET = 'whsec_fakefakefakefake';

export const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** Stripe's form encoding (a[b][0][c]=v) back into an object; arrays stay objects keyed by index. */
export function parseForm(text: string) {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.split(/\[|\]\[|\]/).filter(Boolean);
    let node = root;
    path.forEach((part, index) => {
      if (index === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

export async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export const stripeError = (message: string, type = 'invalid_request_error') => ({ error: { type, message } });

/** Delivery over HTTP to a running portal (e2e). */
export const deliverTo =
  (webhookUrl: string): Deliver =>
  async (body, signature) =>
    (
      await fetch(webhookUrl, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      })
    ).status;
