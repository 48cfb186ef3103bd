import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { orderPayload, upsertUrl } from '../orders/support.ts';
import { deliverDue, startWebhookTest, stopWebhookTest, subscribe, type Receiver } from '../webhooks/helpers.ts';
import { deliveredOrder } from './support.ts';

type Envelope = { id: string; type: string; accountId: string; data: Record<string, unknown> };

/**
 * A store's integration subscribed to order and return events receives them signed, one delivery per change, and
 * nothing it did not subscribe to (the producing side is in events-credit.test.ts).
 */
describe('orders and returns: a subscription receives their events', () => {
  let portal: TestPortal;
  let receiver: Receiver;
  let owner: HttpClient;
  let dana: HttpClient;
  let danaAccount: string;

  beforeAll(async () => {
    ({ receiver, portal, owner, dana } = await startWebhookTest());
    danaAccount = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Customers');
    const policy = await owner.put(`/api/v1/segments/${segmentId}/return-policy`, {
      windowDays: 30,
      nonReturnable: [],
      reasons: ['Damaged'],
      resolutions: ['refund'],
      photosRequired: false,
    });
    expect(policy.statusCode, policy.body).toBe(200);
  });
  afterAll(() => stopWebhookTest(portal, receiver));

  it('order and return events arrive signed, in the envelope, once each; other types stay away', async () => {
    const subscription = await subscribe(owner, receiver.url('/store'), [
      'order.created',
      'order.status_changed',
      'return.opened',
      'return.approved',
    ]);
    const url = upsertUrl(danaAccount, 'hook-1');
    expect((await owner.put(url, orderPayload({ number: 'SO-HOOK-1' }))).statusCode).toBe(201);
    const shipped = orderPayload({ number: 'SO-HOOK-1', status: 'shipped', updatedAt: '2026-11-21T10:00:00Z' });
    expect((await owner.put(url, shipped)).statusCode).toBe(200);
    // A replay of the same version changes nothing and is not delivered.
    expect((await owner.put(url, shipped)).statusCode).toBe(200);

    const order = await deliveredOrder(portal, owner, danaAccount, 'hook-2');
    const opened = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [{ index: 1, quantity: 1 }],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const returnId = opened.json().id as string;
    const approved = await owner.post(`/api/v1/returns/${returnId}/decision`, {
      decision: 'approve',
      instructions: 'Post it back.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // Not subscribed: received is never delivered to this subscription.
    expect((await owner.post(`/api/v1/returns/${returnId}/progress`, { status: 'received' })).statusCode).toBe(200);

    await deliverDue(portal);
    const requests = receiver.to('/store');
    const webhook = new Webhook(subscription.secret);
    const envelopes = requests.map((request) => {
      const headers = Object.fromEntries(
        ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [name, String(request.headers[name])]),
      );
      const envelope = webhook.verify(request.body, headers) as Envelope;
      expect(headers['webhook-id']).toBe(envelope.id);
      return envelope;
    });
    const summary = envelopes.map((e) => `${e.type} ${String(e.data.number)}`).sort();
    expect(summary).toEqual(
      [
        'order.created SO-HOOK-1',
        'order.status_changed SO-HOOK-1',
        'order.created SO-hook-2',
        `return.opened ${opened.json().number as string}`,
        `return.approved ${opened.json().number as string}`,
      ].sort(),
    );
    expect(new Set(envelopes.map((e) => e.id)).size).toBe(envelopes.length);
    expect(envelopes.every((e) => e.accountId === danaAccount)).toBe(true);
    expect(envelopes.find((e) => e.type === 'order.status_changed')!.data).toMatchObject({
      status: 'shipped',
      previousStatus: 'paid',
      total: { amount: 4045, currency: 'EUR' },
    });
    expect(envelopes.find((e) => e.type === 'return.approved')!.data).toMatchObject({
      returnId,
      orderId: order.id,
      orderNumber: 'SO-hook-2',
      resolution: 'refund',
    });
  });
});
