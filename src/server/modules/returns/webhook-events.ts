import type { ReturnStatus, WebhookEventType } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { emitWebhookEvent } from '../../platform/webhook-events.ts';
import type { ReturnRow } from './repository.ts';

/*
 * Returns' outbound webhook events (platform/webhook-events.ts), one per step, emitted by `recordStep` inside the
 * step's transaction (the return's row lock orders concurrent steps, so each step is one event).
 */
const TYPES: Record<ReturnStatus, WebhookEventType> = {
  requested: 'return.opened',
  approved: 'return.approved',
  rejected: 'return.rejected',
  received: 'return.received',
  inspected: 'return.inspected',
  refunded: 'return.refunded',
  exchanged: 'return.exchanged',
};

/** What a refund step adds: the amount, whether it became store credit, and billing's credit note for a money refund. */
export interface ReturnStepExtra {
  refund?: { amount: number; currency: string };
  storeCredit?: boolean;
  creditNote?: { id: string; number: string } | null;
}

export function emitReturnStep(tx: Queryable, row: ReturnRow, status: ReturnStatus, extra: ReturnStepExtra, now: Date) {
  return emitWebhookEvent(
    tx,
    {
      type: TYPES[status],
      accountId: row.account_id,
      data: {
        returnId: row.id,
        number: row.number,
        orderId: row.order_id,
        orderNumber: row.order_number,
        status,
        resolution: row.resolution,
        ...extra,
      },
    },
    now,
  );
}
