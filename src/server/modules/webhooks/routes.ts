import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateWebhookSubscription,
  Id,
  ListQuery,
  Ok,
  Page,
  UpdateWebhookSubscription,
  WebhookDelivery,
  WebhookSubscription,
  WebhookSubscriptionWithSecret,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { startWebhookRuntime } from './runtime.ts';
import { listDeliveriesUseCase, replayDeliveryUseCase } from './use-cases/deliveries.ts';
import {
  createSubscriptionUseCase,
  deleteSubscriptionUseCase,
  getSubscriptionUseCase,
  listSubscriptionsUseCase,
  rotateSecretUseCase,
  updateSubscriptionUseCase,
} from './use-cases/subscriptions.ts';

const tags = ['webhooks'];
const subscriptionParams = z.object({ webhookId: Id });

/** Outbound webhooks: portal-wide configuration (staff owners and admins), not a segment module. */
export function webhookRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const runner = startWebhookRuntime(ctx);
    app.addHook('onClose', () => runner.stop());

    app.get(
      '/api/v1/webhooks/subscriptions',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Webhook subscriptions (admins)',
          response: { 200: z.object({ items: z.array(WebhookSubscription) }) },
        },
      },
      (request) => listSubscriptionsUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/webhooks/subscriptions',
      {
        config: { access: access.staff, serviceTokens: true, idempotent: true },
        schema: {
          tags,
          summary: 'Create a webhook subscription (admins); the answer shows its secret once',
          body: CreateWebhookSubscription,
          response: { 201: WebhookSubscriptionWithSecret },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createSubscriptionUseCase(ctx, actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/webhooks/subscriptions/:webhookId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'A webhook subscription (admins)',
          params: subscriptionParams,
          response: { 200: WebhookSubscription },
        },
      },
      (request) => getSubscriptionUseCase(ctx, actorOf(request), request.params.webhookId),
    );
    app.patch(
      '/api/v1/webhooks/subscriptions/:webhookId',
      {
        config: { access: access.staff, serviceTokens: true },
        schema: {
          tags,
          summary: 'Change, disable or enable a webhook subscription (admins; If-Match: version)',
          params: subscriptionParams,
          body: UpdateWebhookSubscription,
          response: { 200: WebhookSubscription },
        },
      },
      (request) =>
        updateSubscriptionUseCase(
          ctx,
          actorOf(request),
          request.params.webhookId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.delete(
      '/api/v1/webhooks/subscriptions/:webhookId',
      {
        config: { access: access.staff, serviceTokens: true },
        schema: {
          tags,
          summary: 'Delete a webhook subscription and its log (admins)',
          params: subscriptionParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteSubscriptionUseCase(ctx, actorOf(request), request.params.webhookId);
        return { ok: true as const };
      },
    );
    app.post(
      '/api/v1/webhooks/subscriptions/:webhookId/rotate-secret',
      {
        config: { access: access.staff, serviceTokens: true },
        schema: {
          tags,
          summary: 'New signing secret (admins); the old one keeps signing for 24 hours',
          params: subscriptionParams,
          response: { 200: WebhookSubscriptionWithSecret },
        },
      },
      (request) => rotateSecretUseCase(ctx, actorOf(request), request.params.webhookId),
    );
    app.get(
      '/api/v1/webhooks/subscriptions/:webhookId/deliveries',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Delivery log of a subscription, newest first, with every attempt (admins)',
          params: subscriptionParams,
          querystring: ListQuery,
          response: { 200: Page(WebhookDelivery) },
        },
      },
      (request) => listDeliveriesUseCase(ctx, actorOf(request), request.params.webhookId, request.query),
    );
    app.post(
      '/api/v1/webhooks/deliveries/:deliveryId/replay',
      {
        config: { access: access.staff, serviceTokens: true },
        schema: {
          tags,
          summary: 'Send a delivery again (admins)',
          params: z.object({ deliveryId: Id }),
          response: { 202: WebhookDelivery },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await replayDeliveryUseCase(ctx, actorOf(request), request.params.deliveryId)),
    );
  };
}
