import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import type { ReturnResolution, ReturnStatus } from '../../../contract/index.ts';
import { insertEvent, insertReturn, updateReturn } from './repository.ts';

const HOUR_MS = 3_600_000;

interface DemoOrderForReturn {
  id: string;
  accountId: string;
  number: string;
  currency: string;
  lines: { sku: string; name: string; quantity: number; unitPrice: number }[];
  deliveredAt: Date;
}

/** The steps a demo return went through, after "requested", with the columns each step set. */
const JOURNEYS: { resolution: ReturnResolution; reason: string; steps: ReturnStatus[] }[] = [
  { resolution: 'refund', reason: 'Damaged or defective', steps: [] },
  { resolution: 'refund', reason: 'Wrong item', steps: ['approved'] },
  { resolution: 'exchange', reason: 'Not as described', steps: ['approved', 'received', 'inspected', 'exchanged'] },
  { resolution: 'refund', reason: 'No longer needed', steps: ['approved', 'received', 'inspected', 'refunded'] },
  { resolution: 'store_credit', reason: 'No longer needed', steps: ['rejected'] },
];

/**
 * Demo returns in each state (requested, approved, exchanged, refunded, rejected) on demo orders, one per order,
 * their events a few hours apart after the delivery. Written in the seed's transaction without mail or webhooks.
 */
export async function seedDemoReturns(
  tx: Queryable,
  orders: DemoOrderForReturn[],
  people: { staffId: string; requesterOf: (accountId: string) => string },
) {
  for (const [index, journey] of JOURNEYS.entries()) {
    const order = orders[index];
    if (!order) return;
    const line = order.lines[0]!;
    const id = newId();
    let at = new Date(order.deliveredAt.getTime() + 20 * HOUR_MS);
    const requester = people.requesterOf(order.accountId);
    await insertReturn(
      tx,
      {
        id,
        accountId: order.accountId,
        orderId: order.id,
        number: `${order.number}-R1`,
        reason: journey.reason,
        resolution: journey.resolution,
        note: null,
        currency: order.currency,
        requestedBy: requester,
      },
      [{ index: 0, sku: line.sku, name: line.name, quantity: 1, unitPrice: line.unitPrice }],
      at,
    );
    await insertEvent(tx, { id: newId(), returnId: id, status: 'requested', actorId: requester }, at);
    for (const step of journey.steps) {
      at = new Date(at.getTime() + 5 * HOUR_MS);
      const fields =
        step === 'approved'
          ? { instructions: 'Pack the item in its box and drop it at any DHL point with the label printed.' }
          : step === 'rejected'
            ? { rejection_reason: 'Opened food items cannot be returned.' }
            : step === 'refunded'
              ? {
                  refund_amount: line.unitPrice,
                  refund_note: 'Refunded to the card used for the order.',
                  refunded_at: at,
                }
              : {};
      await updateReturn(tx, id, step, fields, at);
      await insertEvent(tx, { id: newId(), returnId: id, status: step, actorId: people.staffId }, at);
    }
  }
}
