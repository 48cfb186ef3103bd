import type { AppContext } from '../../platform/context.ts';
import { JobRunner } from '../../platform/jobs/index.ts';
import { setWebhookInterest } from '../../platform/webhook-events.ts';
import { activeSubscriptionExistsSql, hasActiveSubscriptionFor } from './repository.ts';
import { attemptDelivery, fanOutEvent, WEBHOOK_DELIVER_JOB, WEBHOOK_FANOUT_JOB } from './delivery-jobs.ts';

const runners = new WeakMap<AppContext, JobRunner>();

/**
 * Webhooks have a job runner of their own: an endpoint that hangs until its timeout must not hold back the mail
 * and thumbnail jobs of the shared runner (which runs one job at a time). Fan-out runs one event at a time, in order; deliveries
 * run several at once (WEBHOOKS_DELIVERY_CONCURRENCY).
 */
export function startWebhookRuntime(ctx: AppContext) {
  const runner = new JobRunner(ctx, ctx.config.webhooks.jobPollSeconds * 1000);
  runner.register(WEBHOOK_FANOUT_JOB, fanOutEvent);
  // Deliveries wait on receivers, not on this machine: several at once, so one slow receiver delays only itself.
  runner.register(WEBHOOK_DELIVER_JOB, attemptDelivery, { concurrency: ctx.config.webhooks.deliveryConcurrency });
  runner.start();
  runners.set(ctx, runner);
  // Writers skip the fan-out job for event types nobody subscribed to (stateless: any app in the process may set it).
  setWebhookInterest(hasActiveSubscriptionFor, activeSubscriptionExistsSql);
  return runner;
}

/** For tests and the bench: runs every webhook job due now (by the context's clock). */
export async function drainWebhooks(ctx: AppContext) {
  await runners.get(ctx)?.drain();
}
