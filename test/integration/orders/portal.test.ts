import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { enableOrders, orderMails, upsertOrder, upsertUrl } from './support.ts';

describe('orders: my orders, the order page, tickets about an order', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let danaId: string;
  let eliOrder: string;
  const ids: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    await enableOrders(portal, 'Customers');
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    danaId = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    const eliId = await idOf(portal.ctx.db, 'accounts', 'Eli Evans');
    for (let n = 1; n <= 5; n++) {
      const order = await upsertOrder(owner, danaId, `d-${n}`, {
        number: `SO-${n}`,
        placedAt: `2026-11-0${n}T10:00:00Z`,
        status: n === 3 ? 'shipped' : 'paid',
        lines: [
          {
            sku: n === 4 ? 'LAMP-RED' : `SKU-${n}`,
            name: n === 2 ? 'Walnut desk' : 'Pencil',
            quantity: 1,
            unitPrice: 100,
          },
        ],
      });
      ids.push(order.id);
    }
    eliOrder = (await upsertOrder(owner, eliId, 'e-1', { number: 'SO-ELI' })).id;
  });
  afterAll(() => portal.close());

  it('lists only her orders, newest placed first, in cursor pages, with search and a status filter', async () => {
    const first = (await dana.get('/api/v1/orders?limit=2')).json();
    expect(first.items.map((o: { number: string }) => o.number)).toEqual(['SO-5', 'SO-4']);
    const second = (await dana.get(`/api/v1/orders?limit=2&cursor=${first.nextCursor}`)).json();
    const third = (await dana.get(`/api/v1/orders?limit=2&cursor=${second.nextCursor}`)).json();
    expect([...second.items, ...third.items].map((o: { number: string }) => o.number)).toEqual([
      'SO-3',
      'SO-2',
      'SO-1',
    ]);
    expect(third.nextCursor).toBeNull();
    const numbers = async (query: string) =>
      (await dana.get(`/api/v1/orders?${query}`)).json().items.map((o: { number: string }) => o.number);
    expect(await numbers('q=lamp-red')).toEqual(['SO-4']);
    expect(await numbers('q=walnut')).toEqual(['SO-2']);
    expect(await numbers('q=so-3')).toEqual(['SO-3']);
    expect(await numbers('q=100%25')).toEqual([]);
    expect(await numbers('status=shipped')).toEqual(['SO-3']);
    expect(await numbers('q=so-eli')).toEqual([]);
    expectProblem(await dana.get('/api/v1/orders?status=lost'), 400);
    expectProblem(await dana.get('/api/v1/orders?cursor=broken'), 400);
  });

  it("another customer's order reads as missing; customers cannot change orders", async () => {
    const missing = expectProblem(await dana.get(`/api/v1/orders/${eliOrder}`), 404);
    expect(missing.code).toBe('not_found');
    expectProblem(await dana.post(`/api/v1/orders/${eliOrder}/tickets`, { subject: 'Mine?', body: 'x' }), 404);
    expectProblem(await dana.put(upsertUrl(danaId, 'd-1'), { status: 'cancelled' }), 403);
    expect((await dana.patch(`/api/v1/orders/${ids[0]}`, { status: 'cancelled' })).statusCode).toBe(404);
    const order = (await dana.get(`/api/v1/orders/${ids[2]}`)).json();
    expect(order).toMatchObject({ number: 'SO-3', status: 'shipped', abilities: { fileTicket: true, update: false } });
    expect(order.history.map((h: { status: string }) => h.status)).toEqual(['placed', 'shipped']);
  });

  it('a ticket filed about an order links to it; agents find the order from the ticket', async () => {
    const filed = await dana.post(`/api/v1/orders/${ids[2]}/tickets`, {
      subject: 'Where is my parcel?',
      body: 'Tracking has not moved for a week.',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { ticketId, number } = filed.json();
    expect(number).toBeGreaterThan(0);
    expect((await dana.get(`/api/v1/orders/${ids[2]}`)).json().ticketIds).toEqual([ticketId]);
    const ticket = (await dana.get(`/api/v1/tickets/${ticketId}`)).json();
    expect(ticket.subject).toBe('Where is my parcel?');
    const beside = (await owner.get(`/api/v1/orders?ticketId=${ticketId}`)).json();
    expect(beside.items.map((o: { number: string }) => o.number)).toEqual(['SO-3']);
    // Staff read orders; they do not file tickets in a customer's name through this route.
    expectProblem(await owner.post(`/api/v1/orders/${ids[2]}/tickets`, { subject: 'x', body: 'y' }), 403);
    expectProblem(await dana.post(`/api/v1/orders/${ids[2]}/tickets`, { subject: '', body: 'y' }), 400);
  });

  it('console: filters by account, status and placed dates', async () => {
    const list = async (query: string) =>
      (await owner.get(`/api/v1/orders?${query}`)).json().items.map((o: { number: string }) => o.number);
    expect(await list(`accountId=${danaId}&placedFrom=2026-11-02&placedTo=2026-11-03`)).toEqual(['SO-3', 'SO-2']);
    expect(await list('status=shipped')).toEqual(['SO-3']);
    const perAccount = (await owner.get(`/api/v1/accounts/${danaId}/orders?limit=200`)).json();
    expect(perAccount.items).toHaveLength(5);
    expectProblem(await owner.get('/api/v1/orders?placedFrom=yesterday'), 400);
  });

  it('status mails follow the orders email preference', async () => {
    const before = await orderMails(portal, 'dana.diaz@customers.example');
    await upsertOrder(owner, danaId, 'd-1', {
      number: 'SO-1',
      placedAt: '2026-11-01T10:00:00Z',
      status: 'shipped',
      updatedAt: '2026-11-25T10:00:00Z',
      lines: [{ sku: 'SKU-1', name: 'Pencil', quantity: 1, unitPrice: 100 }],
    });
    expect(await orderMails(portal, 'dana.diaz@customers.example')).toBe(before + 1);
    const off = await dana.put('/api/v1/me/notification-preferences', { email: { orders: 'off' } });
    expect(off.json().email.orders).toBe('off');
    await upsertOrder(owner, danaId, 'd-1', {
      number: 'SO-1',
      placedAt: '2026-11-01T10:00:00Z',
      status: 'delivered',
      updatedAt: '2026-11-26T10:00:00Z',
      lines: [{ sku: 'SKU-1', name: 'Pencil', quantity: 1, unitPrice: 100 }],
    });
    expect(await orderMails(portal, 'dana.diaz@customers.example')).toBe(before + 1);
    expect((await dana.get(`/api/v1/orders/${ids[0]}`)).json().status).toBe('delivered');
  });

  it('module off: customers are refused, their lists too', async () => {
    await portal.ctx.db.query("UPDATE segments SET modules = array_remove(modules, 'orders') WHERE name = 'Customers'");
    const danaNow = await portal.signedIn('dana.diaz@customers.example');
    expectProblem(await danaNow.get('/api/v1/orders'), 403, 'module_disabled');
    expectProblem(await danaNow.get(`/api/v1/orders/${ids[0]}`), 403, 'module_disabled');
    expectProblem(await owner.put(upsertUrl(danaId, 'd-9'), {}), 403, 'module_disabled');
    // Staff keep reading the record.
    expect((await owner.get(`/api/v1/orders/${ids[0]}`)).statusCode).toBe(200);
  });
});
