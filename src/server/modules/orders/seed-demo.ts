import { UpsertOrder } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { orderFieldsOf } from './payload.ts';
import { insertOrderIfNew, insertStatusChange } from './repository.ts';

const DAY_MS = 86_400_000;

export interface DemoOrder {
  id: string;
  accountId: string;
  number: string;
  currency: string;
  lines: { sku: string; name: string; quantity: number; unitPrice: number }[];
  deliveredAt: Date;
}

const LINES = [
  [
    { sku: 'KETTLE-STEEL', name: 'Steel kettle', quantity: 1, unitPrice: 4990, tax: 948 },
    { sku: 'MUG-BLUE', name: 'Blue mug', quantity: 4, unitPrice: 1250, tax: 950 },
  ],
  [
    { sku: 'TEA-EARL', name: 'Earl Grey tea', quantity: 3, unitPrice: 899, tax: 189 },
    { sku: 'PLATE-STONE', name: 'Stoneware plate', quantity: 6, unitPrice: 1590, tax: 1813 },
  ],
  [{ sku: 'LAMP-DESK', name: 'Desk lamp', quantity: 1, unitPrice: 3900, tax: 741 }],
];

/**
 * Delivered orders for demo accounts of the self-service segment, as the store's upsert stores them (fields,
 * placed and delivered in the history) but in the seed's transaction and without mail: they are the past.
 * Numbers start at NW- so they never meet the orders tests send; none is "shipped" (a status tests filter on).
 */
export async function seedDemoOrders(ctx: AppContext, tx: Queryable, accountIds: string[], now: Date) {
  const orders: DemoOrder[] = [];
  let serial = 5001;
  for (const [accountIndex, accountId] of accountIds.entries()) {
    for (const [index, lines] of LINES.entries()) {
      const deliveredAt = new Date(now.getTime() - (3 + index * 9 + accountIndex) * DAY_MS);
      const shippedAt = new Date(deliveredAt.getTime() - 2 * DAY_MS);
      const input = UpsertOrder.parse({
        number: `NW-${serial}`,
        placedAt: new Date(shippedAt.getTime() - DAY_MS).toISOString(),
        updatedAt: deliveredAt.toISOString(),
        status: 'delivered',
        currency: 'EUR',
        lines,
        shippingAddress: {
          name: 'Demo customer',
          line1: '12 Harbour Street',
          city: 'Bristol',
          postalCode: 'BS1 4RN',
          country: 'GB',
        },
        billingAddress: null,
        shipments: [
          {
            carrier: 'dhl',
            trackingNumber: `JD0146000${serial}`,
            shippedAt: shippedAt.toISOString(),
            deliveredAt: deliveredAt.toISOString(),
          },
        ],
      });
      const fields = orderFieldsOf(input, ctx.config.orders.trackingUrlTemplates);
      const id = newId();
      await insertOrderIfNew(tx, { id, accountId, externalId: `demo-${serial}` }, fields, now);
      await insertStatusChange(tx, newId(), id, 'placed', new Date(input.placedAt));
      await insertStatusChange(tx, newId(), id, 'delivered', deliveredAt);
      orders.push({ id, accountId, number: input.number, currency: 'EUR', lines, deliveredAt });
      serial += 1;
    }
  }
  return orders;
}
