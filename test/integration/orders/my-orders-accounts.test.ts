import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { enableOrders, upsertOrder } from './support.ts';

// "My orders" of a person in several accounts reads each account's orders by its own index walk and merges them
// (orders/repository.ts listOrders): the pages must still be one order, newest placed first, with no gaps or repeats.
describe('orders: my orders across two accounts', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal();
    await enableOrders(portal, 'Customers');
    const owner = await portal.signedIn('owner@northwind.example');
    const dana = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    const eli = await idOf(portal.ctx.db, 'accounts', 'Eli Evans');
    // Interleaved in time: Dana's account on odd days, Eli's on even days, and two at the same instant.
    for (let day = 1; day <= 6; day++)
      await upsertOrder(owner, day % 2 ? dana : eli, `x-${day}`, {
        number: `SO-${day}`,
        placedAt: `2026-11-0${day}T10:00:00Z`,
      });
    await upsertOrder(owner, eli, 'x-same', { number: 'SO-6B', placedAt: '2026-11-06T10:00:00Z' });
    const { rows } = await portal.ctx.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      'dana.diaz@customers.example',
    ]);
    await portal.ctx.db.query(`INSERT INTO memberships (account_id, user_id, role) VALUES ($1, $2, 'member')`, [
      eli,
      rows[0]!.id,
    ]);
  });
  afterAll(() => portal.close());

  it('pages through both accounts newest first, each order once', async () => {
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response = await dana.get(`/api/v1/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: { number: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((order) => order.number));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    const sameInstant = seen.slice(0, 2).sort();
    expect(sameInstant).toEqual(['SO-6', 'SO-6B']);
    expect(seen.slice(2)).toEqual(['SO-5', 'SO-4', 'SO-3', 'SO-2', 'SO-1']);
    const filtered = (await dana.get('/api/v1/orders?q=so-6b')).json() as { items: { number: string }[] };
    expect(filtered.items.map((order) => order.number)).toEqual(['SO-6B']);
  });
});
