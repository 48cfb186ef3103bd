import type {
  CreateWebhookSubscription,
  UpdateWebhookSubscription,
  WebhookSubscriptionWithSecret,
} from '../../../../contract/index.ts';
import { authorServiceTokenIdOf, authorUserIdOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { webhookPolicy } from '../policy.ts';
import { presentSubscription } from '../presenters.ts';
import {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listSubscriptions,
  rotateSecret,
  updateSubscription,
} from '../repository.ts';
import { newWebhookSecret, ROTATION_OVERLAP_MS } from '../signing.ts';

function auditWebhook(
  tx: Queryable,
  actor: Actor,
  action: 'webhook.created' | 'webhook.updated' | 'webhook.deleted' | 'webhook.secret_rotated',
  id: string,
  now: Date,
  details?: Record<string, unknown>,
) {
  return recordAudit(tx, {
    action,
    actor: { id: actor.userId, label: actor.email },
    target: { type: 'webhook', id },
    details,
    occurredAt: now,
  });
}

function requireManager(actor: Actor) {
  if (!webhookPolicy.canManage(actor)) throw forbidden('Only owners and admins manage webhooks.');
}

/** Production delivers to https only: refused at setup, not only at delivery, so the mistake shows at once. */
function checkUrl(ctx: AppContext, url: string) {
  if (ctx.config.webhooks.requireHttps && !url.startsWith('https://'))
    throw fieldError('url', 'https_required', 'Webhook endpoints must use https.');
}

export async function listSubscriptionsUseCase(ctx: AppContext, actor: Actor) {
  requireManager(actor);
  const now = ctx.clock.now();
  return { items: (await listSubscriptions(ctx.db)).map((row) => presentSubscription(actor, row, now)) };
}

export async function getSubscriptionUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireManager(actor);
  const row = await findSubscription(ctx.db, id);
  if (!row) throw notFound();
  return presentSubscription(actor, row, ctx.clock.now());
}

export async function createSubscriptionUseCase(
  ctx: AppContext,
  actor: Actor,
  input: CreateWebhookSubscription,
): Promise<WebhookSubscriptionWithSecret> {
  requireManager(actor);
  checkUrl(ctx, input.url);
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  const secret = newWebhookSecret();
  await ctx.db.transaction(async (tx) => {
    await insertSubscription(
      tx,
      {
        ...input,
        id,
        secretSealed: ctx.secretBox.seal(secret),
        createdBy: authorUserIdOf(actor),
        createdByServiceToken: authorServiceTokenIdOf(actor),
      },
      now,
    );
    await auditWebhook(tx, actor, 'webhook.created', id, now, { url: input.url });
  });
  return { ...(await getSubscriptionUseCase(ctx, actor, id)), secret };
}

export async function updateSubscriptionUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateWebhookSubscription,
  expectedVersion: number | null,
) {
  requireManager(actor);
  if (input.url !== undefined) checkUrl(ctx, input.url);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await findSubscription(tx, id, true);
    if (!row) throw notFound();
    if (expectedVersion !== null && row.version !== expectedVersion) throw staleVersion();
    const enabled = input.enabled ?? row.status === 'active';
    const becameDisabled = !enabled && row.status === 'active';
    await updateSubscription(
      tx,
      id,
      {
        url: input.url ?? row.url,
        description: input.description ?? row.description,
        eventTypes: input.eventTypes ?? row.event_types,
        status: enabled ? 'active' : 'disabled',
        disabledReason: enabled ? null : becameDisabled ? 'by_admin' : row.disabled_reason,
        disabledAt: enabled ? null : becameDisabled ? now : row.disabled_at,
      },
      now,
    );
    await auditWebhook(tx, actor, 'webhook.updated', id, now, input);
  });
  return getSubscriptionUseCase(ctx, actor, id);
}

export async function deleteSubscriptionUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireManager(actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await findSubscription(tx, id, true);
    if (!row) throw notFound();
    await deleteSubscription(tx, id);
    await auditWebhook(tx, actor, 'webhook.deleted', id, now, { url: row.url });
  });
}

/** A new secret signs from now on; the replaced one keeps signing for 24 hours so receivers can switch. */
export async function rotateSecretUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<WebhookSubscriptionWithSecret> {
  requireManager(actor);
  const now = ctx.clock.now();
  const secret = newWebhookSecret();
  await ctx.db.transaction(async (tx) => {
    if (!(await findSubscription(tx, id, true))) throw notFound();
    await rotateSecret(tx, id, ctx.secretBox.seal(secret), new Date(now.getTime() + ROTATION_OVERLAP_MS), now);
    await auditWebhook(tx, actor, 'webhook.secret_rotated', id, now);
  });
  return { ...(await getSubscriptionUseCase(ctx, actor, id)), secret };
}
