import type { Queryable } from '../../platform/db/index.ts';
import { emitWebhookEvent } from '../../platform/webhook-events.ts';
import type { OrderRow } from './repository.ts';

/*
 * Orders' outbound webhook events (platform/webhook-events.ts), emitted inside the upsert's transaction, so a replay
 * or a late (older) delivery, which changes nothing, emits nothing either. `data` carries ids and the facts a
 * receiver acts on; the order itself is read through the API, which applies the policy again.
 */
const dataOf = (row: OrderRow) => ({
  orderId: row.id,
  externalId: row.external_id,
  number: row.number,
  status: row.status,
  total: { amount: Number(row.total_amount), currency: row.currency },
  sourceUpdatedAt: row.source_updated_at.toISOString(),
});

/** `order.created` for a new order; `order.updated` for a newer version, plus `order.status_changed` when it moved. */
export async function emitOrderEvents(
  tx: Queryable,
  outcome: 'created' | 'updated',
  row: OrderRow,
  previousStatus: string | null,
  now: Date,
) {
  const accountId = row.account_id;
  if (outcome === 'created') {
    await emitWebhookEvent(tx, { type: 'order.created', accountId, data: dataOf(row) }, now);
    return;
  }
  await emitWebhookEvent(tx, { type: 'order.updated', accountId, data: dataOf(row) }, now);
  if (previousStatus !== null && previousStatus !== row.status)
    await emitWebhookEvent(
      tx,
      { type: 'order.status_changed', accountId, data: { ...dataOf(row), previousStatus } },
      now,
    );
}
