import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { enableOrders, orderMails, orderPayload, upsertOrder, upsertUrl } from './support.ts';

describe('orders: the store upserts by external id', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: string;
  const count = async (externalId: string) =>
    (
      await portal.ctx.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM orders WHERE account_id = $1 AND external_id = $2',
        [dana, externalId],
      )
    ).rows[0]!.n;

  beforeAll(async () => {
    portal = await startPortal();
    await enableOrders(portal, 'Customers');
    owner = await portal.signedIn('owner@northwind.example');
    dana = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
  });
  afterAll(() => portal.close());

  it('creates once; the same payload again changes nothing and mails nobody', async () => {
    const first = await owner.put(upsertUrl(dana, 'shop-1'), orderPayload());
    expect(first.statusCode, first.body).toBe(201);
    const order = first.json();
    expect(order).toMatchObject({
      number: 'SO-1001',
      status: 'paid',
      externalId: 'shop-1',
      subtotal: { amount: 3399, currency: 'EUR' },
      tax: { amount: 646, currency: 'EUR' },
      total: { amount: 4045, currency: 'EUR' },
      lineCount: 2,
      abilities: { update: true, fileTicket: false },
    });
    expect(order.lines[0].total).toEqual({ amount: 2975, currency: 'EUR' });
    // The lines' amounts before tax add up to the subtotal (2 × 12.50 + 8.99 = 33.99).
    expect(order.lines.map((line: { amount: { amount: number } }) => line.amount.amount)).toEqual([2500, 899]);
    expect(order.history.map((h: { status: string }) => h.status)).toEqual(['placed', 'paid']);
    const again = await owner.put(upsertUrl(dana, 'shop-1'), orderPayload());
    expect(again.statusCode).toBe(200);
    expect(again.headers['x-order-upsert']).toBe('unchanged');
    expect(again.json()).toEqual(order);
    expect(await count('shop-1')).toBe(1);
    expect(await orderMails(portal, 'dana.diaz@customers.example')).toBe(0);
  });

  it('a newer status is applied and mailed once; its replay and a late older update change nothing', async () => {
    await upsertOrder(owner, dana, 'shop-2');
    const shipped = orderPayload({
      status: 'shipped',
      updatedAt: '2026-11-21T09:00:00Z',
      shipments: [{ carrier: 'UPS', trackingNumber: '1Z 999', shippedAt: '2026-11-21T08:00:00+01:00' }],
    });
    const updated = await owner.put(upsertUrl(dana, 'shop-2'), shipped);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.headers['x-order-upsert']).toBe('updated');
    expect(updated.json().shipments).toEqual([
      {
        carrier: 'UPS',
        trackingNumber: '1Z 999',
        trackingUrl: 'https://www.ups.com/track?tracknum=1Z%20999',
        shippedAt: '2026-11-21T07:00:00.000Z',
        deliveredAt: null,
      },
    ]);
    expect(await orderMails(portal, 'dana.diaz@customers.example')).toBe(1);
    // The same change delivered twice: no new history, no second mail.
    expect((await owner.put(upsertUrl(dana, 'shop-2'), shipped)).headers['x-order-upsert']).toBe('unchanged');
    // An older update arriving late (the "paid" state of yesterday): 200 with the stored order, unchanged.
    const late = await owner.put(
      upsertUrl(dana, 'shop-2'),
      orderPayload({ status: 'cancelled', updatedAt: '2026-11-20T12:00:00Z' }),
    );
    expect(late.statusCode).toBe(200);
    expect(late.headers['x-order-upsert']).toBe('unchanged');
    expect(late.json()).toEqual(updated.json());
    expect(late.json().history.map((h: { status: string }) => h.status)).toEqual(['placed', 'paid', 'shipped']);
    expect(await orderMails(portal, 'dana.diaz@customers.example')).toBe(1);
    // A newer update that does not change the status: applied, no mail.
    const renamed = await owner.put(upsertUrl(dana, 'shop-2'), {
      ...shipped,
      updatedAt: '2026-11-22T09:00:00Z',
      number: 'SO-1001-B',
    });
    expect(renamed.json().number).toBe('SO-1001-B');
    expect(await orderMails(portal, 'dana.diaz@customers.example')).toBe(1);
    // The same updatedAt with other content: the source broke its own clock.
    expectProblem(
      await owner.put(upsertUrl(dana, 'shop-2'), { ...shipped, updatedAt: '2026-11-22T09:00:00Z', number: 'X' }),
      409,
      'order_conflict',
    );
  });

  it('concurrent upserts of one external id make one order', async () => {
    const responses = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        owner.put(
          upsertUrl(dana, 'shop-race'),
          orderPayload({ updatedAt: `2026-11-2${n}T10:00:00Z`, number: `R-${n}` }),
        ),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await count('shop-race')).toBe(1);
    // Whatever the arrival order, the newest updatedAt wins.
    const stored = await owner.get(`/api/v1/orders/${responses[0]!.json().id}`);
    expect(stored.json().number).toBe('R-6');
  });

  it('refuses bad input with field paths and caps sizes', async () => {
    const bad = expectProblem(
      await owner.put(
        upsertUrl(dana, 'shop-bad'),
        orderPayload({
          currency: 'EURO',
          status: 'lost',
          lines: [{ sku: 'A\nB', name: 'x', quantity: 0, unitPrice: -1 }],
          shipments: [{ carrier: 'Local', trackingNumber: 'T1', trackingUrl: 'http://evil.example/' }],
        }),
      ),
      400,
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(
      expect.arrayContaining([
        'currency',
        'status',
        'lines.0.sku',
        'lines.0.quantity',
        'lines.0.unitPrice',
        'shipments.0.trackingUrl',
      ]),
    );
    const lines = Array.from({ length: 501 }, (_, i) => ({ sku: `S${i}`, name: 'n', quantity: 1, unitPrice: 1 }));
    expect(
      expectProblem(await owner.put(upsertUrl(dana, 'shop-big'), orderPayload({ lines })), 400).errors?.[0]?.path,
    ).toBe('lines');
    const late = expectProblem(
      await owner.put(
        upsertUrl(dana, 'shop-dates'),
        orderPayload({
          shipments: [
            {
              carrier: 'DHL',
              trackingNumber: 'D1',
              shippedAt: '2026-11-22T10:00:00Z',
              deliveredAt: '2026-11-21T10:00:00Z',
            },
          ],
        }),
      ),
      400,
    );
    expect(late.errors?.[0]?.path).toBe('shipments.0.deliveredAt');
    expectProblem(await owner.put(upsertUrl(dana, 'bad id!'), orderPayload()), 400);
    expectProblem(await owner.put(upsertUrl(dana, 'shop-x'), { ...orderPayload(), total: 1 }), 400);
    expect(await count('shop-bad')).toBe(0);
  });

  it('tracking: the carrier template wins over a sent address; unknown carriers keep an https one', async () => {
    const order = await owner.put(
      upsertUrl(dana, 'shop-track'),
      orderPayload({
        shipments: [
          { carrier: 'dhl', trackingNumber: 'JD0001', trackingUrl: 'https://phish.example/track' },
          { carrier: 'Local Courier', trackingNumber: 'LC-7', trackingUrl: 'https://courier.example/t/LC-7' },
          { carrier: 'Other', trackingNumber: 'O-1' },
        ],
      }),
    );
    expect(order.json().shipments.map((s: { trackingUrl: string | null }) => s.trackingUrl)).toEqual([
      'https://www.dhl.com/global-en/home/tracking.html?tracking-id=JD0001',
      'https://courier.example/t/LC-7',
      null,
    ]);
  });

  it('API tokens: an owner’s write token upserts, a read token cannot; people and agents cannot upsert', async () => {
    const token = async (scopes: string[]) =>
      (await owner.post('/api/v1/me/api-tokens', { name: `Store ${scopes.join()}`, scopes })).json().token as string;
    const put = (bearer: string, externalId: string) =>
      portal.app.inject({
        method: 'PUT',
        url: upsertUrl(dana, externalId),
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        payload: JSON.stringify(orderPayload()),
      });
    expect((await put(await token(['read', 'write']), 'shop-token')).statusCode).toBe(201);
    expect((await put(await token(['read']), 'shop-token-2')).statusCode).toBe(403);
    const customer = await portal.signedIn('dana.diaz@customers.example');
    expectProblem(await customer.put(upsertUrl(dana, 'shop-mine'), orderPayload()), 403);
    // The agent limited to Acme does not see Dana's account at all: 404 like a missing account.
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.put(upsertUrl(dana, 'shop-agent'), orderPayload()), 404);
    expect(await count('shop-mine')).toBe(0);
  });

  it('module off: staff cannot write orders into an account whose segment lacks them', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expectProblem(await owner.put(upsertUrl(acme, 'shop-1'), orderPayload()), 403, 'module_disabled');
  });
});
