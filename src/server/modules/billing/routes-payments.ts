import { z } from 'zod';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AccountCredit,
  ApplyCredit,
  BillingDocument,
  BillingRefund,
  Checkout,
  CreateCheckout,
  CreateRefund,
  Id,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/errors.ts';
import { idempotencyKeyOf } from '../../platform/http/idempotency.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { accountCreditUseCase, createCheckoutUseCase, getCheckoutUseCase } from './use-cases/checkout.ts';
import { reverseCreditApplicationUseCase } from './use-cases/reverse-credit.ts';
import { applyCreditUseCase } from './use-cases/apply-credit.ts';
import { refundPaymentUseCase } from './use-cases/refund.ts';
import { stripeWebhookUseCase } from './use-cases/stripe-webhook.ts';

const tags = ['billing'];
const AccountParams = z.object({ accountId: Id });
const CheckoutParams = z.object({ accountId: Id, checkoutId: Id });
const PaymentParams = z.object({ billingDocumentId: Id, paymentId: Id });
const DocumentParams = z.object({ billingDocumentId: Id });
/** Stripe's events are a few kilobytes; a body far past that is not Stripe's. */
const WEBHOOK_MAX_BYTES = 512 * 1024;

/** Online payment (Stripe Checkout), its webhook, account credit and refunds. */
export function billingPaymentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/accounts/:accountId/billing-checkouts',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Pay open invoices online: a Stripe Checkout Session for their balances (409 without Stripe)',
          params: AccountParams,
          body: CreateCheckout,
          response: { 201: Checkout },
        },
      },
      async (request, reply) => {
        // The use case keeps the key on the checkout itself (not the platform's key store), so that a concurrent
        // repeat answers with the same session rather than 409 "in progress".
        const checkout = await createCheckoutUseCase(
          ctx,
          actorOf(request),
          request.params.accountId,
          request.body,
          idempotencyKeyOf(request),
        );
        return reply.code(201).send(checkout);
      },
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-checkouts/:checkoutId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'A checkout: open until Stripe confirms the payment through the webhook',
          params: CheckoutParams,
          response: { 200: Checkout },
        },
      },
      (request) => getCheckoutUseCase(ctx, actorOf(request), request.params.accountId, request.params.checkoutId),
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-credit',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's credit per currency (overpayments)",
          params: AccountParams,
          response: { 200: AccountCredit },
        },
      },
      (request) => accountCreditUseCase(ctx, actorOf(request), request.params.accountId),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/credit-applications',
      {
        // signedIn, not staff: another account's invoice must read as missing (404) before the role is 403.
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary:
            "Spend the account's credit on a sent invoice (owners and admins; at most its balance and the credit)",
          params: DocumentParams,
          body: ApplyCredit,
          response: { 200: BillingDocument },
        },
      },
      (request) => applyCreditUseCase(ctx, actorOf(request), request.params.billingDocumentId, request.body),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/credit-applications/:paymentId/reversal',
      {
        // signedIn, not staff: another account's invoice must read as missing (404) before the role is 403.
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            'Undo a credit application (owners and admins): the invoice reopens for it, the credit returns; a repeat changes nothing',
          params: PaymentParams,
          response: { 200: BillingDocument },
        },
      },
      (request) =>
        reverseCreditApplicationUseCase(
          ctx,
          actorOf(request),
          request.params.billingDocumentId,
          request.params.paymentId,
        ),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/payments/:paymentId/refunds',
      {
        // signedIn, not staff: another account's invoice must read as missing (404) before the role is 403.
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Refund an online payment, in full or in part, through Stripe (owners and admins)',
          params: PaymentParams,
          body: CreateRefund,
          response: { 201: BillingRefund },
        },
      },
      async (request, reply) => {
        const refund = await refundPaymentUseCase(
          ctx,
          actorOf(request),
          request.params.billingDocumentId,
          request.params.paymentId,
          request.body,
        );
        return reply.code(201).send(refund);
      },
    );

    // The webhook needs the body exactly as Stripe signed it: its own JSON parser keeps the bytes.
    await app.register(async (plain) => {
      const webhook = plain.withTypeProvider<ZodTypeProvider>();
      webhook.addContentTypeParser(
        'application/json',
        { parseAs: 'buffer', bodyLimit: WEBHOOK_MAX_BYTES },
        (_request, body, done) => done(null, body),
      );
      webhook.post(
        '/api/v1/billing/stripe-webhook',
        {
          config: {
            access: access.public('Stripe posts payment events; the Stripe-Signature header authenticates them'),
            csrfExempt: 'server-to-server webhook without a session',
            // Stripe acts for no account's people: the use case finds the checkout and its account.
            module: null,
          },
          schema: {
            tags,
            summary: 'Stripe webhook (signed events: checkout completed, failed, expired)',
            response: { 200: z.object({ received: z.boolean() }) },
          },
        },
        (request) => {
          if (!Buffer.isBuffer(request.body))
            throw new AppError(
              415,
              'unsupported_media_type',
              'Unsupported media type',
              'Stripe sends application/json.',
            );
          const signature = request.headers['stripe-signature'];
          return stripeWebhookUseCase(ctx, request.body, typeof signature === 'string' ? signature : undefined);
        },
      );
    });
  };
}
