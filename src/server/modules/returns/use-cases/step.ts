import type { AuditAction, ReturnStatus } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { notifyReturnStep } from '../emails.ts';
import type { ReturnRow } from '../repository.ts';
import { insertEvent } from '../repository.ts';
import { emitReturnStep, type ReturnStepExtra } from '../webhook-events.ts';

const AUDIT: Record<ReturnStatus, AuditAction> = {
  requested: 'return.requested',
  approved: 'return.approved',
  rejected: 'return.rejected',
  received: 'return.received',
  inspected: 'return.inspected',
  refunded: 'return.refunded',
  exchanged: 'return.exchanged',
};

/**
 * What every step of a return does besides its own change, in the step's transaction: a row on the return's (and
 * the order's) timeline, an audit event, and a mail to the customer who asked (their `orders` preference).
 */
export async function recordStep(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  row: ReturnRow,
  status: ReturnStatus,
  details: {
    detail?: string;
    audit?: Record<string, unknown>;
    webhook?: ReturnStepExtra;
  } = {},
) {
  const now = ctx.clock.now();
  await insertEvent(tx, { id: newId(), returnId: row.id, status, actorId: actor.userId }, now);
  await recordAudit(tx, {
    action: AUDIT[status],
    actor: { id: actor.userId, label: actor.email },
    target: { type: 'return', id: row.id, label: row.number },
    accountId: row.account_id,
    details: { orderId: row.order_id, ...details.audit },
    occurredAt: now,
  });
  await emitReturnStep(tx, row, status, details.webhook ?? {}, now);
  await notifyReturnStep(ctx, tx, {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    number: row.number,
    orderNumber: row.order_number,
    status,
    requestedBy: row.requested_by,
    detail: details.detail,
  });
}

/** An amount in minor units as people read it ("€12.50"), in the recipient's language when known. */
export function formatMinor(amount: number, currency: string, locale = 'en') {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}
