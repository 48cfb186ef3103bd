import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CardPayment,
  CardPaymentOptions,
  Id,
  PaymentMethodSetup,
  SavedPaymentMethodList,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { startCardExpiryNotices } from './card-expiry.ts';
import { cardPaymentOptionsUseCase, payWithSavedCardUseCase } from './use-cases/card-payment.ts';
import {
  listPaymentMethodsUseCase,
  removePaymentMethodUseCase,
  setDefaultPaymentMethodUseCase,
  startPaymentMethodSetupUseCase,
} from './use-cases/payment-methods.ts';

const tags = ['billing'];
const AccountParams = z.object({ accountId: Id });
const MethodParams = z.object({ accountId: Id, paymentMethodId: Id });
const DocumentParams = z.object({ billingDocumentId: Id });

/**
 * Saved payment methods: saving a card through Stripe Checkout (setup mode), listing and removing them; the sweep of
 * expiring-card notices.
 */
export function billingAutopayRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Tells the billing people when the card automatic payments use is about to expire (card-expiry.ts).
    const stopCardExpiry = startCardExpiryNotices(ctx, ctx.config.billingCardExpiry.intervalSeconds);
    app.addHook('onClose', async () => stopCardExpiry());
    app.get(
      '/api/v1/billing-documents/:billingDocumentId/card-payment',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Paying an invoice with the saved card: the card, and whether an automatic charge awaits 3-D Secure',
          params: DocumentParams,
          response: { 200: CardPaymentOptions },
        },
      },
      (request) => cardPaymentOptionsUseCase(ctx, actorOf(request), request.params.billingDocumentId),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/card-payments',
      {
        // Idempotency-Key: a repeat answers the first; under the invoice's lock one card payment runs at a time.
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary:
            'Pay an invoice with the saved card (the account’s people); requires_action sends the browser to the bank’s 3-D Secure challenge',
          params: DocumentParams,
          response: { 200: CardPayment },
        },
      },
      (request) => payWithSavedCardUseCase(ctx, actorOf(request), request.params.billingDocumentId),
    );
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
