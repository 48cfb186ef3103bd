import type { SubscriptionStatus } from '../../../../contract/index.ts';
import { requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { recurringPolicy } from '../policy-recurring.ts';
import { firstIndexFrom, periodEnd, periodStart, withinTerm } from '../recurring-schedule.ts';
import { claimPeriod, setSubscriptionAutoCharge, writeSubscriptionState } from '../repository-recurring.ts';
import { todayOf } from './load.ts';
import { scheduleOf } from './recurring-create.ts';
import { getSubscriptionUseCase, loadSubscription } from './recurring-read.ts';

type Action = 'pause' | 'resume' | 'cancel';
const RESULT: Record<Action, SubscriptionStatus> = { pause: 'paused', resume: 'active', cancel: 'cancelled' };
const AUDIT = {
  pause: 'billing.subscription_paused',
  resume: 'billing.subscription_resumed',
  cancel: 'billing.subscription_cancelled',
} as const;

/**
 * Pause, resume, cancel, under the subscription's row lock (so a sweep billing it waits or is waited for). A pause
 * skips periods: on resume, every period that started while paused is recorded as skipped (never billed), and
 * billing goes on from the first period on or after today. Cancelling is final.
 */
export async function changeSubscriptionUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  id: string,
  action: Action,
) {
  await loadSubscription(ctx, actor, accountId, id);
  if (!recurringPolicy.canManageSubscriptions(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadSubscription(ctx, actor, accountId, id, tx, true);
    if (!recurringPolicy.subscriptionAbilities(actor, row.status)[action])
      throw conflict(`This subscription is ${row.status}: it cannot ${action}.`, 'subscription_state');
    let nextIndex = row.next_index;
    let nextStart = action === 'cancel' ? null : row.next_period_start;
    if (action === 'resume') {
      const schedule = scheduleOf(row);
      nextIndex = firstIndexFrom(schedule, row.next_index, todayOf(now));
      for (let index = row.next_index; index < nextIndex; index += 1)
        await claimPeriod(tx, {
          subscriptionId: id,
          periodStart: periodStart(schedule, index),
          periodEnd: periodEnd(schedule, index),
          documentId: null,
          now,
        });
      nextStart = periodStart(schedule, nextIndex);
    }
    const ended = action === 'resume' && !withinTerm(scheduleOf(row), nextStart!, row.periods_billed);
    await writeSubscriptionState(
      tx,
      id,
      { status: ended ? 'ended' : RESULT[action], nextIndex, nextPeriodStart: ended ? null : nextStart },
      now,
    );
    await recordAudit(tx, {
      action: AUDIT[action],
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_subscription', id, label: row.name },
      accountId,
      details: { nextPeriodStart: nextStart, skipped: nextIndex - row.next_index },
      occurredAt: now,
    });
  });
  return getSubscriptionUseCase(ctx, actor, accountId, id);
}

/** Turns automatic charge of a subscription's invoices on or off (from its next invoice on), under its row lock. */
export async function setSubscriptionAutoChargeUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  id: string,
  autoCharge: boolean,
) {
  await loadSubscription(ctx, actor, accountId, id);
  if (!recurringPolicy.canManageSubscriptions(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadSubscription(ctx, actor, accountId, id, tx, true);
    if (row.status === 'cancelled' || row.status === 'ended')
      throw conflict(`This subscription is ${row.status}: it cannot change.`, 'subscription_state');
    if (row.auto_charge === autoCharge) return;
    await setSubscriptionAutoCharge(tx, id, autoCharge, now);
    await recordAudit(tx, {
      action: 'billing.auto_charge_set',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_subscription', id, label: row.name },
      accountId,
      details: { autoCharge },
      occurredAt: now,
    });
  });
  return getSubscriptionUseCase(ctx, actor, accountId, id);
}
