import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeToEvents } from '../../support/webhook-interest.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { orderPayload, upsertUrl } from '../orders/support.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { deliveredOrder, uploadPhoto } from './support.ts';

type Envelope = { type: string; accountId: string; data: Record<string, unknown> };

/**
 * Orders' and returns' webhook events (one `webhooks.fanout` job per event, in the change's transaction), refunds
 * through billing (store credit on the ledger, a money refund as a credit note; once per return), and the order's
 * merged timeline.
 */
describe('orders and returns: webhook events, store credit, the order timeline', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let eli: HttpClient;
  let danaAccount: string;

  beforeAll(async () => {
    portal = await startPortal();
    await subscribeToEvents(portal);
    await portal.ctx.db.query(
      "UPDATE segments SET modules = modules || '{orders,returns,billing}'::text[] WHERE name = 'Customers'",
    );
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    eli = await portal.signedIn('eli.evans@customers.example');
    danaAccount = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Customers');
    const policy = await owner.put(`/api/v1/segments/${segmentId}/return-policy`, {
      windowDays: 30,
      nonReturnable: [],
      reasons: ['Damaged'],
      resolutions: ['refund', 'store_credit'],
      photosRequired: false,
    });
    expect(policy.statusCode, policy.body).toBe(200);
  });
  afterAll(() => portal.close());

  const events = async (prefix: string, key: string, id: string) =>
    (
      await portal.ctx.db.query<{ payload: Envelope }>(
        "SELECT payload FROM jobs WHERE kind = 'webhooks.fanout' AND payload->>'type' LIKE $1 ORDER BY created_at, id",
        [`${prefix}%`],
      )
    ).rows
      .map((row) => row.payload)
      .filter((payload) => payload.data[key] === id);

  it('order.created once; a replay or a late version emits nothing; a newer one order.updated (+ status_changed)', async () => {
    const url = upsertUrl(danaAccount, 'evt-1');
    const created = await owner.put(url, orderPayload({ number: 'SO-EVT-1' }));
    expect(created.statusCode, created.body).toBe(201);
    const orderId = created.json().id as string;
    expect((await owner.put(url, orderPayload({ number: 'SO-EVT-1' }))).statusCode).toBe(200);
    expect((await events('order.', 'orderId', orderId)).map((e) => e.type)).toEqual(['order.created']);

    const shipped = orderPayload({ number: 'SO-EVT-1', status: 'shipped', updatedAt: '2026-11-21T10:00:00Z' });
    expect((await owner.put(url, shipped)).statusCode).toBe(200);
    const late = orderPayload({ number: 'SO-EVT-1', status: 'cancelled', updatedAt: '2026-11-20T12:00:00Z' });
    expect((await owner.put(url, late)).statusCode).toBe(200);
    const renamed = orderPayload({
      number: 'SO-EVT-1',
      status: 'shipped',
      updatedAt: '2026-11-22T10:00:00Z',
      shippingAddress: null,
    });
    expect((await owner.put(url, renamed)).statusCode).toBe(200);
    // Events of one change share its transaction's time; their order within it is not defined, so compare per change.
    const byChange = new Map<string, string[]>();
    for (const row of (
      await portal.ctx.db.query<{ payload: Envelope; created_at: string }>(
        "SELECT payload, created_at::text AS created_at FROM jobs WHERE kind = 'webhooks.fanout' AND payload->>'type' LIKE 'order.%' ORDER BY jobs.created_at",
      )
    ).rows.filter((row) => row.payload.data.orderId === orderId)) {
      byChange.set(row.created_at, [...(byChange.get(row.created_at) ?? []), row.payload.type].sort());
    }
    expect([...byChange.values()]).toEqual([
      ['order.created'],
      ['order.status_changed', 'order.updated'],
      ['order.updated'],
    ]);
    const all = await events('order.', 'orderId', orderId);
    expect(all.find((e) => e.type === 'order.status_changed')).toMatchObject({
      accountId: danaAccount,
      data: { orderId, number: 'SO-EVT-1', status: 'shipped', previousStatus: 'paid' },
    });
  });

  it('a store-credit return: one event per step, the credit on the billing page once, the steps on the order', async () => {
    const profile = await owner.put(`/api/v1/accounts/${danaAccount}/billing-profile`, {
      legalName: 'Dana Diaz',
      currency: 'EUR',
      contacts: [],
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const order = await deliveredOrder(portal, owner, danaAccount, 'credit-1');
    const opened = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [{ index: 0, quantity: 2 }],
      reason: 'Damaged',
      resolution: 'store_credit',
      photoIds: [await uploadPhoto(dana, danaAccount)],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const returnId = opened.json().id as string;
    const step = (body: Record<string, unknown>) => owner.post(`/api/v1/returns/${returnId}/progress`, body);
    expect(
      (await owner.post(`/api/v1/returns/${returnId}/decision`, { decision: 'approve', instructions: 'Post it.' }))
        .statusCode,
    ).toBe(200);
    expect((await step({ status: 'received' })).statusCode).toBe(200);
    expect((await step({ status: 'inspected' })).statusCode).toBe(200);
    const [first, retry] = await Promise.all([
      step({ status: 'refunded', amount: 2500 }),
      step({ status: 'refunded', amount: 2500 }),
    ]);
    expect([first.statusCode, retry.statusCode].sort()).toEqual([200, 409]);

    const credit = await dana.get(`/api/v1/accounts/${danaAccount}/billing-credit`);
    expect(credit.json().items).toEqual([{ amount: 2500, currency: 'EUR' }]);
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM billing_account_credits WHERE source_key = $1',
      [`return:${returnId}:refunded`],
    );
    expect(rows[0]!.n).toBe(1);

    const returnEvents = await events('return.', 'returnId', returnId);
    expect(returnEvents.map((e) => e.type)).toEqual([
      'return.opened',
      'return.approved',
      'return.received',
      'return.inspected',
      'return.refunded',
    ]);
    expect(returnEvents.at(-1)!.data).toMatchObject({
      orderId: order.id,
      resolution: 'store_credit',
      storeCredit: true,
      refund: { amount: 2500, currency: 'EUR' },
    });

    const steps = await dana.get(`/api/v1/orders/${order.id}/return-steps`);
    expect(steps.json().items.map((s: { status: string }) => s.status)).toEqual([
      'requested',
      'approved',
      'received',
      'inspected',
      'refunded',
    ]);
    expectProblem(await eli.get(`/api/v1/orders/${order.id}/return-steps`), 404);
  });

  it('a money refund: billing issues a credit note once, the customer sees it, the statement leaves it out', async () => {
    const order = await deliveredOrder(portal, owner, danaAccount, 'refund-1');
    const opened = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [
        { index: 0, quantity: 1 },
        { index: 1, quantity: 1 },
      ],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const { id: returnId, number } = opened.json() as { id: string; number: string };
    const step = (body: Record<string, unknown>) => owner.post(`/api/v1/returns/${returnId}/progress`, body);
    await owner.post(`/api/v1/returns/${returnId}/decision`, { decision: 'approve', instructions: 'Post it.' });
    expect((await step({ status: 'received' })).statusCode).toBe(200);
    expect((await step({ status: 'inspected' })).statusCode).toBe(200);
    const refund = { status: 'refunded', amount: 2000, note: 'Back to your card.' };
    const [first, retry] = await Promise.all([step(refund), step(refund)]);
    expect([first.statusCode, retry.statusCode].sort()).toEqual([200, 409]);
    const refunded = (first.statusCode === 200 ? first : retry).json();
    expect(refunded.refund).toMatchObject({
      amount: { amount: 2000, currency: 'EUR' },
      creditNote: { number: expect.stringMatching(/^CN-/) },
    });
    const creditNote = refunded.refund.creditNote as { id: string; number: string };
    expect((await dana.get(`/api/v1/returns/${returnId}`)).json().refund.creditNote).toEqual(creditNote);

    // The customer reads the note with the account's billing documents: the returned items, the amount, the note.
    const document = await dana.get(`/api/v1/billing-documents/${creditNote.id}`);
    expect(document.statusCode, document.body).toBe(200);
    expect(document.json()).toMatchObject({
      kind: 'credit_note',
      number: creditNote.number,
      total: { amount: 2000, currency: 'EUR' },
      notes: 'Back to your card.',
      lines: [{ description: `${number}: 1 × Blue mug, 1 × Earl Grey tea` }],
    });
    expectProblem(await eli.get(`/api/v1/billing-documents/${creditNote.id}`), 404);
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM billing_documents WHERE source_key = $1 AND kind = 'credit_note'",
      [`return:${returnId}:refunded`],
    );
    expect(rows[0]!.n).toBe(1);
    // The money went back through the store: the note does not leave the account in credit on its statement.
    const statement = await dana.get(`/api/v1/accounts/${danaAccount}/billing-statement`);
    expect(statement.statusCode, statement.body).toBe(200);
    const entries = (statement.json().currencies as { entries: { number: string | null }[] }[]).flatMap(
      (c) => c.entries,
    );
    expect(entries.map((entry) => entry.number)).not.toContain(creditNote.number);

    const event = (await events('return.refunded', 'returnId', returnId))[0]!;
    expect(event.data).toMatchObject({ resolution: 'refund', storeCredit: false, creditNote });
  });

  it('without billing on the segment, a store-credit refund is refused and nothing changes', async () => {
    await portal.ctx.db.query(
      "UPDATE segments SET modules = array_remove(modules, 'billing') WHERE name = 'Customers'",
    );
    const order = await deliveredOrder(portal, owner, danaAccount, 'credit-2');
    const opened = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [{ index: 1, quantity: 1 }],
      reason: 'Damaged',
      resolution: 'store_credit',
      photoIds: [],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    await owner.post(`/api/v1/returns/${id}/decision`, { decision: 'approve', instructions: 'Post it.' });
    await owner.post(`/api/v1/returns/${id}/progress`, { status: 'received' });
    await owner.post(`/api/v1/returns/${id}/progress`, { status: 'inspected' });
    const refused = await owner.post(`/api/v1/returns/${id}/progress`, { status: 'refunded', amount: 100 });
    expectProblem(refused, 409, 'billing_unavailable');
    expect((await owner.get(`/api/v1/returns/${id}`)).json().status).toBe('inspected');
    expect(await events('return.refunded', 'returnId', id)).toEqual([]);

    // A money refund without billing is recorded on the return only: no credit note.
    const money = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [{ index: 0, quantity: 1 }],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [],
    });
    expect(money.statusCode, money.body).toBe(201);
    const moneyId = money.json().id as string;
    await owner.post(`/api/v1/returns/${moneyId}/decision`, { decision: 'approve', instructions: 'Post it.' });
    await owner.post(`/api/v1/returns/${moneyId}/progress`, { status: 'received' });
    await owner.post(`/api/v1/returns/${moneyId}/progress`, { status: 'inspected' });
    const done = await owner.post(`/api/v1/returns/${moneyId}/progress`, { status: 'refunded', amount: 500 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().refund).toMatchObject({ amount: { amount: 500 }, creditNote: null });
  });
});
