import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecurringBilling } from '../../../src/server/modules/billing/index.ts';
import { idOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';
import { createSubscription, periodsOf, startRecurring, today } from './recurring-helpers.ts';

describe('billing: catalogue, subscriptions access and input, quotes that become subscriptions', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let itemId: string;
  let taxRateId: string;
  let subscriptionId: string;

  beforeAll(async () => {
    ({ portal, owner, acme, itemId, taxRateId } = await startRecurring());
    subscriptionId = (
      await createSubscription(owner, acme, {
        name: 'Plan <b>Gold</b>',
        interval: { unit: 'month' },
        startDate: today(portal),
        lines: [{ catalogItemId: itemId, quantity: 2 }],
      })
    ).id;
  });
  afterAll(() => portal.close());

  it('the catalogue: admins write, agents read, clients have none; bad input is 400', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const alice = await portal.signedIn('alice@acme.example');
    expect((await agent.get('/api/v1/billing/catalog')).json().items[0]).toMatchObject({
      name: 'Monthly bookkeeping',
      prices: [
        { currency: 'EUR', amount: 50000 },
        { currency: 'USD', amount: 55000 },
      ],
      interval: { unit: 'month', every: 1, count: null },
      abilities: { update: false, archive: false },
    });
    expectProblem(await agent.post('/api/v1/billing/catalog', { name: 'X', prices: [], kind: 'one_off' }), 403);
    expectProblem(await alice.get('/api/v1/billing/catalog'), 403);
    for (const body of [
      { name: 'No interval', prices: [], kind: 'recurring' },
      { name: 'Interval on one-off', prices: [], kind: 'one_off', interval: { unit: 'week', every: 1 } },
      {
        name: 'Twice EUR',
        prices: [
          { currency: 'EUR', amount: 1 },
          { currency: 'EUR', amount: 2 },
        ],
        kind: 'one_off',
      },
      { name: 'Negative', prices: [{ currency: 'EUR', amount: -1 }], kind: 'one_off' },
      { name: 'Bad currency', prices: [{ currency: 'XXX1', amount: 1 }], kind: 'one_off' },
      { name: 'x'.repeat(500), prices: [], kind: 'one_off' },
      { name: 'Unknown rate', prices: [], kind: 'one_off', taxRateId: randomId() },
      { name: 'Server field', prices: [], kind: 'one_off', version: 3 },
    ])
      expectProblem(await owner.post('/api/v1/billing/catalog', body), 400);
    const html = await owner.post('/api/v1/billing/catalog', {
      name: '<script>alert(1)</script>',
      prices: [{ currency: 'JPY', amount: 5000 }],
      kind: 'one_off',
    });
    expect(html.statusCode).toBe(201);
    expect(html.json().name).toBe('<script>alert(1)</script>');
    const archived = await owner.patch(`/api/v1/billing/catalog/${html.json().id}`, { archived: true });
    expect(archived.json()).toMatchObject({ archived: true, version: 2 });
    expectProblem(
      await owner.patch(`/api/v1/billing/catalog/${html.json().id}`, { name: 'Stale' }, { 'if-match': '1' }),
      409,
    );
    expectProblem(await owner.patch(`/api/v1/billing/catalog/${randomId()}`, { name: 'Missing' }), 404);
  });

  it('subscriptions: bad input is 400 with field errors, and nothing is created', async () => {
    const base = {
      name: 'Plan',
      interval: { unit: 'month' },
      startDate: today(portal),
      lines: [{ description: 'Line', quantity: 1, unitPrice: 100 }],
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, lines: [] }, 'lines'],
      [{ ...base, lines: [{ description: 'Line', quantity: 1, unitPrice: -5 }] }, 'lines.0.unitPrice'],
      [{ ...base, lines: [{ description: 'Line', quantity: 0, unitPrice: 5 }] }, 'lines.0.quantity'],
      [{ ...base, lines: [{ description: 'Line', quantity: 1, unitPrice: '5' }] }, 'lines.0.unitPrice'],
      [{ ...base, interval: { unit: 'day' } }, 'interval.unit'],
      [{ ...base, interval: { unit: 'week', dayOfMonth: 3 } }, 'interval.dayOfMonth'],
      [{ ...base, interval: { unit: 'month', dayOfMonth: 32 } }, 'interval.dayOfMonth'],
      [{ ...base, startDate: '2026-02-30' }, 'startDate'],
      [{ ...base, endDate: '2000-01-01' }, 'endDate'],
      [{ ...base, count: 0 }, 'count'],
      [{ ...base, lines: [{ catalogItemId: randomId() }] }, 'lines.0.catalogItemId'],
      [
        { ...base, lines: [{ description: 'Taxed', quantity: 1, unitPrice: 1, taxRateIds: [randomId()] }] },
        'lines.0.taxRateIds.0',
      ],
      [{ ...base, status: 'active' }, ''],
      [{ ...base, lines: Array.from({ length: 51 }, () => base.lines[0]) }, 'lines'],
    ];
    const before = (await owner.get(`/api/v1/accounts/${acme}/billing-subscriptions`)).json().items.length;
    for (const [body, path] of cases) {
      const problem = expectProblem(await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions`, body), 400);
      if (path)
        expect(
          problem.errors?.map((e) => e.path),
          JSON.stringify(body),
        ).toContain(path);
    }
    const huge = await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions`, {
      ...base,
      notes: 'x'.repeat(3_000_000),
    });
    expect([400, 413]).toContain(huge.statusCode);
    expect((await owner.get(`/api/v1/accounts/${acme}/billing-subscriptions`)).json().items.length).toBe(before);
    // A catalogue item without a price in the account's currency (JPY only).
    const yen = await owner.post('/api/v1/billing/catalog', {
      name: 'Yen only',
      prices: [{ currency: 'JPY', amount: 100 }],
      kind: 'one_off',
    });
    const noPrice = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions`, {
        ...base,
        lines: [{ catalogItemId: yen.json().id }],
      }),
      400,
    );
    expect(noPrice.errors?.[0]).toMatchObject({ path: 'lines.0.catalogItemId', code: 'no_price_in_currency' });
    expect(taxRateId).toBeTruthy();
  });

  it('the account sees its plan; agents and people cannot change it; other accounts get 404', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const plan = (await alice.get(`/api/v1/accounts/${acme}/billing-subscriptions`)).json().items;
    expect(plan).toEqual([
      expect.objectContaining({
        id: subscriptionId,
        name: 'Plan <b>Gold</b>',
        nextBillingDate: today(portal),
        amount: { amount: 120000, currency: 'EUR' },
        abilities: { pause: false, resume: false, cancel: false, changeAutoCharge: false },
      }),
    ]);
    const url = `/api/v1/accounts/${acme}/billing-subscriptions/${subscriptionId}`;
    expectProblem(await alice.post(`${url}/pause`), 403);
    expectProblem(await alice.post(`/api/v1/accounts/${acme}/billing-subscriptions`, { name: 'x' }), 400);
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get(url)).statusCode).toBe(200);
    expectProblem(await agent.post(`${url}/cancel`), 403);
    expectProblem(await alice.post('/api/v1/billing/recurring/run'), 403);
    expectProblem(await agent.post('/api/v1/billing/recurring/run'), 403);

    // Bianca (Blue Harbor): Acme's subscription is missing to her, by either path, like a random id.
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    const blue = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    expectProblem(await bianca.get(url), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${blue}/billing-subscriptions/${subscriptionId}`), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${blue}/billing-subscriptions/${randomId()}`), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/billing-subscriptions`), 404);
    expect((await bianca.get('/api/v1/billing-subscriptions')).json().items).toEqual([]);
    // Staff naming the wrong account for a subscription: 404 too.
    expectProblem(await owner.post(`/api/v1/accounts/${blue}/billing-subscriptions/${subscriptionId}/pause`), 404);
    // The console's run endpoint bills the due period.
    expect((await owner.post('/api/v1/billing/recurring/run')).json()).toEqual({ billed: 1, skipped: 0 });
    // The invoice waits as a draft: the client sees the period but not the draft.
    const seen = (await alice.get(url)).json();
    expect(seen.periods).toEqual([
      { periodStart: today(portal), periodEnd: expect.any(String), documentId: null, documentNumber: null },
    ]);
  });

  it('an accepted quote becomes a subscription, once', async () => {
    const quote = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      lines: [
        { description: 'Set-up', quantity: 1, unitPrice: 30000 },
        { description: 'Monthly payroll', quantity: 1, unitPrice: 12000, taxRateIds: [taxRateId] },
      ],
    });
    const quoteId = quote.json().id;
    await owner.post(`/api/v1/billing-documents/${quoteId}/send`);
    const body = { interval: { unit: 'month' }, startDate: today(portal), linePositions: [1] };
    expectProblem(await owner.post(`/api/v1/billing-documents/${quoteId}/subscription`, body), 409);
    const alice = await portal.signedIn('alice@acme.example');
    const accepted = await alice.post(`/api/v1/billing-documents/${quoteId}/accept`, {
      fullName: 'Alice Archer',
      consent: true,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expectProblem(await alice.post(`/api/v1/billing-documents/${quoteId}/subscription`, body), 403);
    expectProblem(
      await owner.post(`/api/v1/billing-documents/${quoteId}/subscription`, { ...body, linePositions: [7] }),
      400,
    );
    const made = await owner.post(`/api/v1/billing-documents/${quoteId}/subscription`, body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      sourceDocumentId: quoteId,
      amount: { amount: 14400, currency: 'EUR' },
      lines: [{ description: 'Monthly payroll', quantity: 1, taxRateIds: [taxRateId] }],
    });
    expectProblem(
      await owner.post(`/api/v1/billing-documents/${quoteId}/subscription`, body),
      409,
      'already_subscribed',
    );
  });

  it('with billing off for the segment: people get 403 module_disabled, staff cannot write, nothing is billed', async () => {
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const sub = await createSubscription(owner, acme, {
      name: 'While off',
      interval: { unit: 'week' },
      startDate: today(portal),
      lines: [{ description: 'Line', quantity: 1, unitPrice: 100 }],
    });
    const off = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages'] });
    expect(off.statusCode, off.body).toBe(200);
    try {
      const alice = await portal.signedIn('alice@acme.example');
      expectProblem(await alice.get(`/api/v1/accounts/${acme}/billing-subscriptions`), 403, 'module_disabled');
      expectProblem(await alice.get('/api/v1/billing-subscriptions'), 403, 'module_disabled');
      expectProblem(
        await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions/${sub.id}/pause`),
        403,
        'module_disabled',
      );
      expectProblem(
        await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions`, { name: 'x' }),
        403,
        'module_disabled',
      );
      await runRecurringBilling(portal.ctx);
      expect((await periodsOf(portal, sub.id)).map((p) => p.status)).toEqual(['skipped']);
      // The firm keeps reading its record.
      expect((await owner.get(`/api/v1/accounts/${acme}/billing-subscriptions/${sub.id}`)).statusCode).toBe(200);
    } finally {
      await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    }
  });
});
