import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueueJobs } from '../../../platform/jobs/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { deliveryJob } from '../delivery-jobs.ts';
import { webhookPolicy } from '../policy.ts';
import { presentDelivery } from '../presenters.ts';
import { attemptsOf, findDelivery, findSubscription, insertReplay, listDeliveries } from '../repository.ts';

/** The delivery log of one subscription, newest first, each delivery with all its attempts. */
export async function listDeliveriesUseCase(
  ctx: AppContext,
  actor: Actor,
  subscriptionId: string,
  query: { limit: number; cursor?: string },
) {
  if (!webhookPolicy.canManage(actor)) throw forbidden('Only owners and admins manage webhooks.');
  if (!(await findSubscription(ctx.db, subscriptionId))) throw notFound();
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listDeliveries(ctx.db, subscriptionId, after, query.limit);
  const attempts = await attemptsOf(
    ctx.db,
    rows.slice(0, query.limit).map((row) => row.id),
  );
  return toPage(
    rows,
    query.limit,
    (row) =>
      presentDelivery(
        actor,
        row,
        attempts.filter((attempt) => attempt.delivery_id === row.id),
      ),
    (row) => [row.created_key, row.id],
  );
}

/**
 * Sends a delivery's event again, as a new delivery of the same body and webhook-id (receivers that already have
 * it de-duplicate), with a fresh retry schedule. Works on any delivery, including a failed one after the endpoint
 * was fixed; a disabled endpoint gets nothing until it is enabled again.
 */
export async function replayDeliveryUseCase(ctx: AppContext, actor: Actor, deliveryId: string) {
  if (!webhookPolicy.canManage(actor)) throw forbidden('Only owners and admins manage webhooks.');
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  await ctx.db.transaction(async (tx) => {
    const original = await findDelivery(tx, deliveryId);
    if (!original) throw notFound();
    await insertReplay(tx, original, id, now);
    await enqueueJobs(tx, [deliveryJob(id, now)], now);
    await recordAudit(tx, {
      action: 'webhook.delivery_replayed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'webhook', id: original.subscription_id },
      details: { deliveryId: original.id, replayId: id, eventId: original.event_id },
      occurredAt: now,
    });
  });
  return presentDelivery(actor, (await findDelivery(ctx.db, id))!, []);
}
