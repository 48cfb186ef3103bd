import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { enableOrders } from './support.ts';

const HEADER =
  'external_id,number,placed_at,updated_at,status,currency,sku,name,quantity,unit_price,tax,carrier,tracking_number';
const GOOD = [
  'csv-1,SO-7001,2026-11-01T10:00:00Z,2026-11-02T10:00:00Z,shipped,EUR,MUG-BLUE,Blue mug,2,1250,475,UPS,1Z1',
  'csv-1,SO-7001,2026-11-01T10:00:00Z,2026-11-02T10:00:00Z,shipped,EUR,TEA-EARL,"Earl Grey, loose",1,899,171,,',
  'csv-2,SO-7002,2026-11-03T10:00:00Z,2026-11-03T10:00:00Z,paid,EUR,LAMP,Lamp,1,4990,0,,',
];
const BAD = [
  'csv-3,SO-7003,2026-11-04T10:00:00Z,2026-11-04T10:00:00Z,lost,EUR,LAMP,Lamp,1,4990,0,,',
  'csv-4,SO-7004,2026-11-05T10:00:00Z,2026-11-05T10:00:00Z,paid,EUR,LAMP,Lamp,zero,4990,0,,',
];

describe('orders: CSV import', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: string;
  const numbers = async () =>
    (await owner.get(`/api/v1/accounts/${dana}/orders`))
      .json()
      .items.map((o: { number: string }) => o.number)
      .sort();

  beforeAll(async () => {
    portal = await startPortal();
    await enableOrders(portal, 'Customers');
    owner = await portal.signedIn('owner@northwind.example');
    dana = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
  });
  afterAll(() => portal.close());

  it('a file with bad rows imports nothing and names each row and column', async () => {
    const csv = [HEADER, ...GOOD, ...BAD].join('\n');
    const refused = expectProblem(await owner.post(`/api/v1/accounts/${dana}/orders/import`, { csv }), 400);
    expect(refused.errors?.map((e) => e.path)).toEqual(['csv.5.status', 'csv.6.quantity']);
    expect(await numbers()).toEqual([]);
  });

  it('skipErrors imports the good orders only and reports the others; the same file again changes nothing', async () => {
    const csv = [HEADER, ...GOOD, ...BAD].join('\n');
    const imported = await owner.post(`/api/v1/accounts/${dana}/orders/import`, { csv, skipErrors: true });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ created: 2, updated: 0, unchanged: 0, skipped: 2 });
    expect(imported.json().errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [5, 'status'],
      [6, 'quantity'],
    ]);
    expect(await numbers()).toEqual(['SO-7001', 'SO-7002']);
    const order = (await owner.get(`/api/v1/accounts/${dana}/orders?q=so-7001`)).json().items[0];
    const full = (await owner.get(`/api/v1/orders/${order.id}`)).json();
    expect(full.lines.map((l: { name: string }) => l.name)).toEqual(['Blue mug', 'Earl Grey, loose']);
    expect(full.shipments[0].trackingUrl).toBe('https://www.ups.com/track?tracknum=1Z1');
    const again = await owner.post(`/api/v1/accounts/${dana}/orders/import`, {
      csv: [HEADER, ...GOOD].join('\n'),
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: 0, errors: [] });
  });

  it('refuses unreadable files, missing columns and customers', async () => {
    const post = (body: unknown) => owner.post(`/api/v1/accounts/${dana}/orders/import`, body);
    expect(expectProblem(await post({ csv: 'a,b\n1' }), 400).errors?.[0]?.path).toBe('csv');
    expect(expectProblem(await post({ csv: 'number,sku\nX,Y' }), 400).errors?.[0]?.code).toBe('missing_columns');
    expectProblem(await post({ csv: '' }), 400);
    const customer = await portal.signedIn('dana.diaz@customers.example');
    expectProblem(
      await customer.post(`/api/v1/accounts/${dana}/orders/import`, { csv: [HEADER, ...GOOD].join('\n') }),
      403,
    );
  });
});
