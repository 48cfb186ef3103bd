import type { ReturnBlock, ReturnPolicy, ReturnStatus } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { OrderForReturnsRow } from '../orders/index.ts';

const active = (actor: Actor) => actor.sessionState === 'active';
const staffAdmin = (actor: Actor) => active(actor) && (actor.staffRole === 'owner' || actor.staffRole === 'admin');

/** The step after each status, and who may take it (staff only; the customer only asks). */
const NEXT: Partial<Record<ReturnStatus, ReturnStatus[]>> = {
  approved: ['received'],
  received: ['inspected'],
  inspected: ['refunded', 'exchanged'],
};

/**
 * Who may do what with returns. The account's people open returns on their accounts' orders and read them; staff
 * (any role that sees the account) decide, add the label and move the return on; owners and admins set the
 * segments' return policies. An API token acts as its staff owner (a store sending the label).
 */
export const returnPolicy = {
  canCreate: (actor: Actor, accountId: string) =>
    active(actor) && actor.staffRole === null && actor.memberships.has(accountId),
  canUploadPhoto: (actor: Actor, accountId: string) => returnPolicy.canCreate(actor, accountId),
  canDecide: (actor: Actor, status: ReturnStatus) =>
    active(actor) && actor.staffRole !== null && status === 'requested',
  canUploadLabel: (actor: Actor, status: ReturnStatus) =>
    active(actor) && actor.staffRole !== null && status === 'approved',
  canMoveTo: (actor: Actor, from: ReturnStatus, to: ReturnStatus) =>
    active(actor) && actor.staffRole !== null && (NEXT[from] ?? []).includes(to),
  canSetPolicy: staffAdmin,
  canReadPolicy: (actor: Actor) => active(actor) && actor.staffRole !== null,

  abilities(actor: Actor, facts: { status: ReturnStatus }) {
    return {
      decide: returnPolicy.canDecide(actor, facts.status),
      uploadLabel: returnPolicy.canUploadLabel(actor, facts.status),
      progress: (NEXT[facts.status] ?? []).some((to) => returnPolicy.canMoveTo(actor, facts.status, to)),
    };
  },
};

const DAY_MS = 86_400_000;

/** Whether a SKU is excluded by the policy: an exact SKU, or a prefix ending in `*` (a category). Case-insensitive. */
export function isNonReturnable(policy: ReturnPolicy, sku: string) {
  const upper = sku.toUpperCase();
  return policy.nonReturnable.some((rule) => {
    const r = rule.toUpperCase();
    return r.endsWith('*') ? upper.startsWith(r.slice(0, -1)) : upper === r;
  });
}

/**
 * When the order was delivered: the last shipment's delivery date when every shipment has one, else the time the
 * order became `delivered` (a store may send the status without per-shipment dates). Null: not delivered yet.
 */
export function deliveredAtOf(order: OrderForReturnsRow): Date | null {
  const dates = order.shipments.map((s) => s.deliveredAt);
  if (dates.length && dates.every(Boolean))
    return new Date(Math.max(...dates.map((date) => Date.parse(date as string))));
  if (order.status === 'delivered' || order.status === 'returned') return order.delivered_at ?? null;
  return null;
}

/**
 * What may still be returned from each line: everything delivered (orders are delivered whole) minus what returns
 * not rejected already take; 0 with the reason when the order is not delivered, the window has closed, or the SKU is
 * excluded. Used by the eligibility answer and by the create use case (under the order's row lock).
 */
export function eligibilityOf(
  order: OrderForReturnsRow,
  policy: ReturnPolicy,
  returned: Map<number, number>,
  now: Date,
) {
  const deliveredAt = deliveredAtOf(order);
  const windowEndsAt = deliveredAt ? new Date(deliveredAt.getTime() + policy.windowDays * DAY_MS) : null;
  const lines = order.lines.map((line, index) => {
    const delivered = deliveredAt ? line.quantity : 0;
    const taken = returned.get(index) ?? 0;
    let blockedBy: ReturnBlock | null = null;
    if (!deliveredAt) blockedBy = 'not_delivered';
    else if (isNonReturnable(policy, line.sku)) blockedBy = 'non_returnable';
    else if (windowEndsAt && now > windowEndsAt) blockedBy = 'window_closed';
    else if (taken >= delivered) blockedBy = 'fully_returned';
    return {
      index,
      sku: line.sku,
      name: line.name,
      ordered: line.quantity,
      delivered,
      returned: taken,
      available: blockedBy ? 0 : delivered - taken,
      blockedBy,
      unitPrice: line.unitPrice,
    };
  });
  return { deliveredAt, windowEndsAt, lines };
}
