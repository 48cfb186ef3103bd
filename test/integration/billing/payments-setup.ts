import { expect } from 'vitest';
import { idOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { FakeStripe, FAKE_STRIPE_SECRET_KEY, FAKE_STRIPE_WEBHOOK_SECRET } from '../../support/fake-stripe.ts';
import { startWithoutBilling } from './helpers.ts';

export const WEBHOOK = '/api/v1/billing/stripe-webhook';

/**
 * A portal with Stripe pointed at a local fake whose webhooks go to the portal through inject; billing profiles in
 * EUR for Acme (Alice) and Blue Harbor (Bianca), a 20 % VAT rate; Alice, Bianca and the agent signed in; `close`
 * for afterAll.
 */
export async function startWithStripe() {
  const fake = await new FakeStripe(async () => 0).start();
  const { portal, owner, acme } = await startWithoutBilling({
    STRIPE_SECRET_KEY: FAKE_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: FAKE_STRIPE_WEBHOOK_SECRET,
    STRIPE_API_BASE: fake.url,
  });
  const stripeSide = portal.client();
  fake.setDeliver(async (body, signature) => (await postWebhook(stripeSide, body, signature)).statusCode);
  const blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
  const vat = (await owner.post('/api/v1/billing/tax-rates', { name: 'VAT', rate: 20 })).json().id as string;
  for (const account of [acme, blueHarbor]) {
    const profile = await owner.put(`/api/v1/accounts/${account}/billing-profile`, {
      legalName: 'Client Ltd',
      currency: 'EUR',
      contacts: [],
    });
    expect(profile.statusCode, profile.body).toBe(200);
  }
  const alice = await portal.signedIn('alice@acme.example');
  const bianca = await portal.signedIn('bianca@blueharbor.example');
  const agent = await portal.signedIn('agent@northwind.example');
  const close = async () => {
    await portal.close();
    await fake.close();
  };
  return { fake, portal, owner, acme, blueHarbor, vat, stripeSide, alice, bianca, agent, close };
}

/**
 * `client` saves `card` (expiring at the end of `expiry`, default 12/2034) on the fake's setup page; the signed
 * webhook records it. Returns the delivery.
 */
export async function saveCard(
  fake: FakeStripe,
  client: HttpClient,
  account: string,
  card?: string,
  expiry?: { month: number; year: number },
) {
  const started = await client.post(`/api/v1/accounts/${account}/billing-payment-methods/setup`);
  expect(started.statusCode, started.body).toBe(201);
  const session = fake.lastSession();
  expect(session).toMatchObject({ mode: 'setup', client_reference_id: started.json().id });
  expect(started.json().url).toBe(`${fake.url}/pay/${session.id}`);
  const delivered = await fake.completeSetup(session.id, card, expiry);
  expect(delivered.status).toBe(200);
  return delivered;
}

/** Staff switch the account's automatic charge on or off (its billing profile, with its version). */
export async function setAutoCharge(owner: HttpClient, account: string, on: boolean) {
  const profile = (await owner.get(`/api/v1/accounts/${account}/billing-profile`)).json();
  const saved = await owner.put(
    `/api/v1/accounts/${account}/billing-profile`,
    { legalName: profile.legalName, currency: 'EUR', autoCharge: on },
    { 'if-match': String(profile.version) },
  );
  expect(saved.statusCode, saved.body).toBe(200);
}

export function postWebhook(client: HttpClient, body: string, signature: string) {
  return client.request('POST', WEBHOOK, body, {
    'content-type': 'application/json',
    'stripe-signature': signature,
    'x-csrf-token': 'none',
  });
}

/** A sent invoice of `units` × 100.00 + 20 % VAT (120.00 each). */
export async function sentInvoice(owner: HttpClient, account: string, vat: string, units: number, dueDate?: string) {
  const created = await owner.post(`/api/v1/accounts/${account}/billing-documents`, {
    kind: 'invoice',
    dueDate,
    lines: [{ description: 'Bookkeeping', quantity: units, unitPrice: 10000, taxRateIds: [vat] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  const sent = await owner.post(`/api/v1/billing-documents/${created.json().id}/send`);
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.json() as { id: string; number: string };
}

/** Starts a checkout as `client` and returns it with the fake's session. */
export async function checkout(fake: FakeStripe, client: HttpClient, account: string, documentIds: string[]) {
  const response = await client.post(`/api/v1/accounts/${account}/billing-checkouts`, { documentIds });
  expect(response.statusCode, response.body).toBe(201);
  return {
    checkout: response.json() as { id: string; url: string; amount: { amount: number } },
    session: fake.lastSession(),
  };
}

export const invoiceOf = async (client: HttpClient, id: string) =>
  (await client.get(`/api/v1/billing-documents/${id}`)).json() as {
    status: string;
    amountPaid: { amount: number };
    balance: { amount: number };
    abilities: Record<string, boolean>;
  };

export type { TestPortal };
