import type { Order, OrderSummary } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { orderPolicy } from './policy.ts';
import type { OrderRow, StatusChangeRow } from './repository.ts';

const money = (amount: number | string, currency: string) => ({ amount: Number(amount), currency });

export function presentOrderSummary(row: OrderRow, actor: Actor): OrderSummary {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    externalId: row.external_id,
    number: row.number,
    placedAt: row.placed_at.toISOString(),
    status: row.status,
    total: money(row.total_amount, row.currency),
    lineCount: row.line_count,
    abilities: orderPolicy.abilities(actor, { accountId: row.account_id }),
  };
}

/** Row -> API object. Line totals are computed here, from the stored minor units. */
export function presentOrder(row: OrderRow, history: StatusChangeRow[], ticketIds: string[], actor: Actor): Order {
  return {
    ...presentOrderSummary(row, actor),
    subtotal: money(row.subtotal_amount, row.currency),
    tax: money(row.tax_amount, row.currency),
    lines: row.lines.map((line) => ({
      sku: line.sku,
      name: line.name,
      quantity: line.quantity,
      unitPrice: money(line.unitPrice, row.currency),
      amount: money(line.unitPrice * line.quantity, row.currency),
      tax: money(line.tax, row.currency),
      total: money(line.unitPrice * line.quantity + line.tax, row.currency),
    })),
    shippingAddress: row.shipping_address,
    billingAddress: row.billing_address,
    shipments: row.shipments,
    history: history.map((change) => ({ status: change.status, at: change.occurred_at.toISOString() })),
    ticketIds,
    sourceUpdatedAt: row.source_updated_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
