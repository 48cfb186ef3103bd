import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Id, PaymentMethodSetup, SavedPaymentMethodList } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  listPaymentMethodsUseCase,
  removePaymentMethodUseCase,
  setDefaultPaymentMethodUseCase,
  startPaymentMethodSetupUseCase,
} from './use-cases/payment-methods.ts';

const tags = ['billing'];
const AccountParams = z.object({ accountId: Id });
const MethodParams = z.object({ accountId: Id, paymentMethodId: Id });

/** Saved payment methods: saving a card through Stripe Checkout (setup mode), listing and removing them. */
export function billingAutopayRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/billing-payment-methods',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "The account's saved cards (brand, last 4 digits, expiry); the newest is charged automatically",
          params: AccountParams,
          response: { 200: SavedPaymentMethodList },
        },
      },
      (request) => listPaymentMethodsUseCase(ctx, actorOf(request), request.params.accountId),
    );
    app.post(
      '/api/v1/accounts/:accountId/billing-payment-methods/setup',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Save a card: a Stripe Checkout Session in setup mode (the account’s people; 409 without Stripe)',
          params: AccountParams,
          response: { 201: PaymentMethodSetup },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await startPaymentMethodSetupUseCase(ctx, actorOf(request), request.params.accountId)),
    );
    app.post(
      '/api/v1/accounts/:accountId/billing-payment-methods/:paymentMethodId/default',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            'Choose the saved card charged automatically (it stays chosen until another card is saved or chosen)',
          params: MethodParams,
          response: { 200: SavedPaymentMethodList },
        },
      },
      (request) =>
        setDefaultPaymentMethodUseCase(ctx, actorOf(request), request.params.accountId, request.params.paymentMethodId),
    );
    app.delete(
      '/api/v1/accounts/:accountId/billing-payment-methods/:paymentMethodId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Remove a saved card (detached at Stripe: it is never charged again)',
          params: MethodParams,
        },
      },
      async (request, reply) => {
        await removePaymentMethodUseCase(
          ctx,
          actorOf(request),
          request.params.accountId,
          request.params.paymentMethodId,
        );
        return reply.code(204).send();
      },
    );
  };
}
