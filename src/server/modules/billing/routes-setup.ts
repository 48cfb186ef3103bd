import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BillingDocumentKind,
  BillingProfile,
  CreatePaymentTerm,
  CreateTaxRate,
  Id,
  NumberSeries,
  Ok,
  PaymentTerm,
  PutBillingProfile,
  ReceivableRow,
  TaxRate,
  UpdateNumberSeries,
  UpdatePaymentTerm,
  UpdateTaxRate,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { getProfileUseCase, putProfileUseCase } from './use-cases/profile.ts';
import { receivablesUseCase } from './use-cases/receivables.ts';
import {
  createPaymentTermUseCase,
  createTaxRateUseCase,
  deletePaymentTermUseCase,
  listNumberSeriesUseCase,
  listPaymentTermsUseCase,
  listTaxRatesUseCase,
  updateNumberSeriesUseCase,
  updatePaymentTermUseCase,
  updateTaxRateUseCase,
} from './use-cases/setup.ts';

const tags = ['billing'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Billing setup (staff; owners and admins write) and each account's billing profile. */
export function billingSetupRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/billing/tax-rates',
      { config: { access: access.staff }, schema: { tags, summary: 'Tax rates', response: { 200: items(TaxRate) } } },
      (request) => listTaxRatesUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/billing/tax-rates',
      {
        config: { access: access.staff, idempotent: true },
        schema: { tags, summary: 'Create a tax rate (admins)', body: CreateTaxRate, response: { 201: TaxRate } },
      },
      async (request, reply) => reply.status(201).send(await createTaxRateUseCase(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/v1/billing/tax-rates/:taxRateId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Rename or archive a tax rate (admins; If-Match: version). A new figure is a new rate',
          params: z.object({ taxRateId: Id }),
          body: UpdateTaxRate,
          response: { 200: TaxRate },
        },
      },
      (request) =>
        updateTaxRateUseCase(ctx, actorOf(request), request.params.taxRateId, request.body, ifMatchVersion(request)),
    );

    app.get(
      '/api/v1/billing/payment-terms',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Payment terms', response: { 200: items(PaymentTerm) } },
      },
      (request) => listPaymentTermsUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/billing/payment-terms',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Create payment terms (admins)',
          body: CreatePaymentTerm,
          response: { 201: PaymentTerm },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createPaymentTermUseCase(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/v1/billing/payment-terms/:paymentTermId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change payment terms (admins; If-Match: version)',
          params: z.object({ paymentTermId: Id }),
          body: UpdatePaymentTerm,
          response: { 200: PaymentTerm },
        },
      },
      (request) =>
        updatePaymentTermUseCase(
          ctx,
          actorOf(request),
          request.params.paymentTermId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.delete(
      '/api/v1/billing/payment-terms/:paymentTermId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Delete payment terms (admins)',
          params: z.object({ paymentTermId: Id }),
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deletePaymentTermUseCase(ctx, actorOf(request), request.params.paymentTermId);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/billing/number-series',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Number series of quotes, invoices, credit notes',
          response: { 200: items(NumberSeries) },
        },
      },
      (request) => listNumberSeriesUseCase(ctx, actorOf(request)),
    );
    app.patch(
      '/api/v1/billing/number-series/:seriesKind',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a number series (admins; If-Match: version); applies to the next number',
          params: z.object({ seriesKind: BillingDocumentKind }),
          body: UpdateNumberSeries,
          response: { 200: NumberSeries },
        },
      },
      (request) =>
        updateNumberSeriesUseCase(
          ctx,
          actorOf(request),
          request.params.seriesKind,
          request.body,
          ifMatchVersion(request),
        ),
    );

    app.get(
      '/api/v1/billing/receivables',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Accounts receivable: open and overdue balance per account and currency',
          response: { 200: items(ReceivableRow) },
        },
      },
      (request) => receivablesUseCase(ctx, actorOf(request)),
    );

    const AccountParams = z.object({ accountId: Id });
    app.get(
      '/api/v1/accounts/:accountId/billing-profile',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "The account's billing profile",
          params: AccountParams,
          response: { 200: BillingProfile },
        },
      },
      (request) => getProfileUseCase(ctx, actorOf(request), request.params.accountId),
    );
    app.put(
      '/api/v1/accounts/:accountId/billing-profile',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: "Set the account's billing profile (admins; If-Match: version once it exists)",
          params: AccountParams,
          body: PutBillingProfile,
          response: { 200: BillingProfile },
        },
      },
      (request) =>
        putProfileUseCase(ctx, actorOf(request), request.params.accountId, request.body, ifMatchVersion(request)),
    );
  };
}
