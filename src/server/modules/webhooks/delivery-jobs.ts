import type { WebhookEnvelope } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { enqueueJobs, type JobHandler } from '../../platform/jobs/index.ts';
import { newId } from '../../platform/ids.ts';
import { WEBHOOK_FANOUT_JOB } from '../../platform/webhook-events.ts';
import { sendWebhook } from './http-sender.ts';
import { notifyEndpointDisabled } from './notify-disabled.ts';
import {
  activeSubscriptionIdsFor,
  disableIfStillFailing,
  findDelivery,
  findSubscription,
  insertDeliveries,
  markSucceeded,
  recordAttempt,
  setDeliveryOutcome,
  type SubscriptionRow,
} from './repository.ts';
import { MAX_ATTEMPTS, nextAttemptAt, signedHeaders } from './signing.ts';
import { webhookSendOptions } from './send-options.ts';

export { WEBHOOK_FANOUT_JOB };
export const WEBHOOK_DELIVER_JOB = 'webhooks.deliver';

/** One job per attempt: a crash mid-attempt leaves the job to be claimed again when its lease passes (at least once). */
export const deliveryJob = (deliveryId: string, runAt: Date) => ({
  kind: WEBHOOK_DELIVER_JOB,
  payload: { deliveryId },
  runAt,
  maxAttempts: 5,
});

/** Job: one emitted event -> a delivery per active subscription of its type, each with its first attempt queued. */
export const fanOutEvent: JobHandler = async (ctx: AppContext, payload) => {
  const envelope = payload as unknown as WebhookEnvelope;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const subscriptions = await activeSubscriptionIdsFor(tx, envelope.type);
    if (!subscriptions.length) return;
    const body = JSON.stringify(envelope);
    const created = await insertDeliveries(
      tx,
      subscriptions.map((subscriptionId) => ({ id: newId(now.getTime()), subscriptionId })),
      { id: envelope.id, type: envelope.type, body },
      now,
    );
    await enqueueJobs(
      tx,
      created.map((id) => deliveryJob(id, now)),
      now,
    );
  });
};

/** The secrets that sign now: the current one, and the one a rotation replaced while its 24 hours last. */
export function signingSecrets(ctx: AppContext, subscription: SubscriptionRow, now: Date) {
  const secrets = [ctx.secretBox.open(subscription.secret_sealed)];
  if (subscription.previous_secret_sealed && subscription.previous_secret_expires_at! > now)
    secrets.push(ctx.secretBox.open(subscription.previous_secret_sealed));
  return secrets;
}

/**
 * Job: one attempt of one delivery. The attempt is logged, then the delivery succeeds, waits for its next attempt
 * (a new job at the backoff's time, in the same transaction) or fails; a delivery that failed for good on an
 * endpoint with no success since it began disables the endpoint and tells the admins.
 */
export const attemptDelivery: JobHandler = async (ctx: AppContext, payload) => {
  const delivery = await findDelivery(ctx.db, String(payload.deliveryId));
  if (!delivery || delivery.status !== 'pending') return;
  const subscription = await findSubscription(ctx.db, delivery.subscription_id);
  if (!subscription) return;
  if (subscription.status !== 'active') {
    await setDeliveryOutcome(
      ctx.db,
      delivery.id,
      { ...delivery, status: 'cancelled', nextAttemptAt: null },
      ctx.clock.now(),
    );
    return;
  }
  const sentAt = ctx.clock.now();
  const headers = signedHeaders(signingSecrets(ctx, subscription, sentAt), delivery.event_id, sentAt, delivery.body);
  const result = await sendWebhook(subscription.url, headers, delivery.body, webhookSendOptions(ctx.config));
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const now = ctx.clock.now();
  const attempts = delivery.attempts + 1;
  await ctx.db.transaction(async (tx) => {
    const current = await findDelivery(tx, delivery.id, true);
    // Another run already recorded this attempt (its lease passed while we sent): record nothing twice.
    if (!current || current.status !== 'pending' || current.attempts !== delivery.attempts) return;
    await recordAttempt(tx, {
      id: newId(now.getTime()),
      delivery_id: delivery.id,
      attempted_at: sentAt,
      duration_ms: result.durationMs,
      response_status: result.status,
      response_body: result.body,
      error: result.error,
    });
    if (ok) {
      await setDeliveryOutcome(tx, delivery.id, { status: 'succeeded', attempts, nextAttemptAt: null }, now);
      await markSucceeded(tx, subscription.id, now);
      return;
    }
    const next = attempts < MAX_ATTEMPTS ? nextAttemptAt(attempts, now) : null;
    await setDeliveryOutcome(
      tx,
      delivery.id,
      { status: next ? 'pending' : 'failed', attempts, nextAttemptAt: next },
      now,
    );
    if (next) await enqueueJobs(tx, [deliveryJob(delivery.id, next)], now);
    else if (await disableIfStillFailing(tx, subscription.id, delivery.created_at, 'failing', now))
      await notifyEndpointDisabled(ctx, tx, subscription, now);
  });
};
