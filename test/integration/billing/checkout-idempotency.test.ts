import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { FakeStripe } from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { sentInvoice, startWithStripe } from './payments-setup.ts';

describe('billing: Idempotency-Key on starting a checkout', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, vat, alice, close } = await startWithStripe());
  });
  afterAll(() => close());

  const start = (documentIds: string[], key?: string) =>
    alice.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds }, key ? { 'idempotency-key': key } : {});

  it('a double click (five requests at once with one key) opens one Checkout Session, and every answer is it', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const sessionsBefore = fake.sessions.size;
    const key = `pay-${crypto.randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => start([invoice.id], key)));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);
    const bodies = answers.map((answer) => answer.json() as { id: string; url: string });
    expect(new Set(bodies.map((body) => body.id)).size).toBe(1);
    expect(new Set(bodies.map((body) => body.url)).size).toBe(1);
    expect(fake.sessions.size).toBe(sessionsBefore + 1);
    expect(bodies[0]!.url).toBe(`${fake.url}/pay/${fake.lastSession().id}`);

    // A retry later with the same key: the same checkout and page again.
    const retry = await start([invoice.id], key);
    expect(retry.json()).toMatchObject({ id: bodies[0]!.id, url: bodies[0]!.url });
    expect(fake.sessions.size).toBe(sessionsBefore + 1);

    // Another click (a new key) is a new intent: a second session.
    const other = await start([invoice.id], `pay-${crypto.randomUUID()}`);
    expect(other.statusCode).toBe(201);
    expect(other.json().id).not.toBe(bodies[0]!.id);
    expect(fake.sessions.size).toBe(sessionsBefore + 2);
  });

  it('the same key for other invoices is 409; a bad key is 400; a key is per person', async () => {
    const first = await sentInvoice(owner, acme, vat, 1);
    const second = await sentInvoice(owner, acme, vat, 2);
    const key = `pay-${crypto.randomUUID()}`;
    expect((await start([first.id], key)).statusCode).toBe(201);
    expectProblem(await start([second.id], key), 409, 'idempotency_key_reused');
    expectProblem(await start([first.id], 'short'), 400);
    const adam = await portal.signedIn('adam@acme.example');
    const theirs = await adam.post(
      `/api/v1/accounts/${acme}/billing-checkouts`,
      { documentIds: [first.id] },
      { 'idempotency-key': key },
    );
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.json().id).not.toBe((await start([first.id], key)).json().id);
  });

  it('a key whose first attempt failed at Stripe starts over on retry (nothing was charged)', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const key = `pay-${crypto.randomUUID()}`;
    fake.failNext(1);
    expectProblem(await start([invoice.id], key), 503, 'payment_provider_unavailable');
    const retry = await start([invoice.id], key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json()).toMatchObject({ status: 'open', url: `${fake.url}/pay/${fake.lastSession().id}` });
  });
});
