import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CatalogItem,
  CatalogListQuery,
  CreateCatalogItem,
  CreateSubscription,
  Id,
  Page,
  RecurringRunResult,
  Subscription,
  SubscriptionDetail,
  SubscriptionFromQuote,
  SubscriptionListQuery,
  UpdateCatalogItem,
  UpdateSubscription,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  createCatalogItemUseCase,
  listCatalogUseCase,
  updateCatalogItemUseCase,
} from './use-cases/recurring-catalog.ts';
import { createSubscriptionUseCase, subscriptionFromQuoteUseCase } from './use-cases/recurring-create.ts';
import { getSubscriptionUseCase, listSubscriptionsUseCase } from './use-cases/recurring-read.ts';
import { runRecurringBillingUseCase } from './use-cases/recurring-run.ts';
import { changeSubscriptionUseCase, setSubscriptionAutoChargeUseCase } from './use-cases/recurring-state.ts';
import { startRecurringBilling } from './use-cases/recurring-sweep.ts';

const tags = ['billing'];
const AccountParams = z.object({ accountId: Id });
const SubscriptionParams = z.object({ accountId: Id, subscriptionId: Id });

/** The catalogue (staff) and subscriptions: staff issue and manage them, the account's people read their own. */
export function billingRecurringRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stopSweep = startRecurringBilling(ctx, ctx.config.billingRecurring.intervalSeconds);
    app.addHook('onClose', async () => stopSweep());

    app.get(
      '/api/v1/billing/catalog',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Products and services (filter: archived)',
          querystring: CatalogListQuery,
          response: { 200: z.object({ items: z.array(CatalogItem) }) },
        },
      },
      (request) => listCatalogUseCase(ctx, actorOf(request), request.query),
    );
    app.post(
      '/api/v1/billing/catalog',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Add a product or service (admins)',
          body: CreateCatalogItem,
          response: { 201: CatalogItem },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCatalogItemUseCase(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/v1/billing/catalog/:catalogItemId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change or archive a product or service (admins; If-Match: version)',
          params: z.object({ catalogItemId: Id }),
          body: UpdateCatalogItem,
          response: { 200: CatalogItem },
        },
      },
      (request) =>
        updateCatalogItemUseCase(
          ctx,
          actorOf(request),
          request.params.catalogItemId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.post(
      '/api/v1/billing/recurring/run',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Bill every subscription period due today now (admins; the same sweep the timer runs)',
          response: { 200: RecurringRunResult },
        },
      },
      (request) => runRecurringBillingUseCase(ctx, actorOf(request)),
    );
    app.get(
      '/api/v1/billing-subscriptions',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Subscriptions in your scope, newest first (filters: status, account)',
          querystring: SubscriptionListQuery,
          response: { 200: Page(Subscription) },
        },
      },
      (request) => listSubscriptionsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-subscriptions',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's subscriptions (its plan) with the next billing date and amount",
          params: AccountParams,
          querystring: SubscriptionListQuery.omit({ accountId: true }),
          response: { 200: Page(Subscription) },
        },
      },
      (request) => listSubscriptionsUseCase(ctx, actorOf(request), request.query, request.params.accountId),
    );
    app.post(
      '/api/v1/accounts/:accountId/billing-subscriptions',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Create a subscription (recurring invoice) for the account (staff admins)',
          params: AccountParams,
          body: CreateSubscription,
          response: { 201: SubscriptionDetail },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createSubscriptionUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One subscription with its lines and billed periods',
          params: SubscriptionParams,
          response: { 200: SubscriptionDetail },
        },
      },
      (request) =>
        getSubscriptionUseCase(ctx, actorOf(request), request.params.accountId, request.params.subscriptionId),
    );
    app.patch(
      '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Turn automatic charge of a subscription’s invoices on or off (staff admins; from the next invoice)',
          params: SubscriptionParams,
          body: UpdateSubscription,
          response: { 200: SubscriptionDetail },
        },
      },
      (request) =>
        setSubscriptionAutoChargeUseCase(
          ctx,
          actorOf(request),
          request.params.accountId,
          request.params.subscriptionId,
          request.body.autoCharge,
        ),
    );
    for (const action of ['pause', 'resume', 'cancel'] as const)
      app.post(
        `/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId/${action}`,
        {
          config: { access: access.signedIn },
          schema: {
            tags,
            summary: `${action[0]!.toUpperCase()}${action.slice(1)} a subscription (staff admins)`,
            params: SubscriptionParams,
            response: { 200: SubscriptionDetail },
          },
        },
        (request) =>
          changeSubscriptionUseCase(
            ctx,
            actorOf(request),
            request.params.accountId,
            request.params.subscriptionId,
            action,
          ),
      );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/subscription',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Make an accepted quote a subscription: its lines billed every period (staff admins)',
          params: z.object({ billingDocumentId: Id }),
          body: SubscriptionFromQuote,
          response: { 201: SubscriptionDetail },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await subscriptionFromQuoteUseCase(ctx, actorOf(request), request.params.billingDocumentId, request.body),
          ),
    );
  };
}
