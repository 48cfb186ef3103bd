import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AcceptQuote,
  BillingDocument,
  BillingDocumentListQuery,
  BillingDocumentSummary,
  BillingPayment,
  CreateBillingDocument,
  DeclineQuote,
  Id,
  Ok,
  Page,
  RecordPayment,
  SelectQuoteOptions,
  UpdateBillingDocument,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { startBillingReminders } from './reminders.ts';
import { billingAutopayRoutes } from './routes-autopay.ts';
import { billingPaymentRoutes } from './routes-payments.ts';
import { billingReceivablesRoutes } from './routes-receivables.ts';
import { billingRecurringRoutes } from './routes-recurring.ts';
import { billingRetainerRoutes } from './routes-retainers.ts';
import { billingSetupRoutes } from './routes-setup.ts';
import { acceptQuoteUseCase, declineQuoteUseCase } from './use-cases/answer-quote.ts';
import { createDocumentUseCase } from './use-cases/create-document.ts';
import { downloadPdfUseCase } from './use-cases/download-pdf.ts';
import { recordPaymentUseCase } from './use-cases/payments.ts';
import { invoiceFromQuoteUseCase } from './use-cases/quote-invoice.ts';
import { selectQuoteOptionsUseCase } from './use-cases/quote-options.ts';
import { getDocumentUseCase, listDocumentsUseCase, listPaymentsUseCase } from './use-cases/read-documents.ts';
import { sendDocumentUseCase } from './use-cases/send-document.ts';
import { deleteDocumentUseCase, updateDocumentUseCase } from './use-cases/update-document.ts';
import { voidDocumentUseCase } from './use-cases/void-document.ts';

const tags = ['billing'];
const AccountParams = z.object({ accountId: Id });
const DocumentParams = z.object({ billingDocumentId: Id });
const meta = (request: { ip: string; headers: Record<string, unknown> }) => ({
  ip: request.ip,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'].slice(0, 512) : null,
});

/** Quotes, invoices and credit notes: staff issue them, the account's people read what was sent and answer quotes. */
export function billingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(billingSetupRoutes(ctx));
    await app.register(billingReceivablesRoutes(ctx));
    await app.register(billingPaymentRoutes(ctx));
    await app.register(billingAutopayRoutes(ctx));
    await app.register(billingRecurringRoutes(ctx));
    await app.register(billingRetainerRoutes(ctx));
    const stopReminders = startBillingReminders(ctx, ctx.config.billingReminders.intervalSeconds);
    app.addHook('onClose', async () => stopReminders());

    app.get(
      '/api/v1/billing-documents',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            'Quotes, invoices and credit notes in your scope, newest first (filters: kind, status, account, overdue)',
          querystring: BillingDocumentListQuery,
          response: { 200: Page(BillingDocumentSummary) },
        },
      },
      (request) => listDocumentsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-documents',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's quotes, invoices and credit notes (its people see sent ones only)",
          params: AccountParams,
          querystring: BillingDocumentListQuery.omit({ accountId: true }),
          response: { 200: Page(BillingDocumentSummary) },
        },
      },
      (request) => listDocumentsUseCase(ctx, actorOf(request), request.query, request.params.accountId),
    );
    app.post(
      '/api/v1/accounts/:accountId/billing-documents',
      {
        // An integration's draft: created_by its integration person, beside created_by_service_token_id.
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary: 'Create a draft quote, invoice or credit note (staff admins). Totals are computed by the server',
          params: AccountParams,
          body: CreateBillingDocument,
          response: { 201: BillingDocument },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createDocumentUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/billing-documents/:billingDocumentId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One document with its lines',
          params: DocumentParams,
          response: { 200: BillingDocument },
        },
      },
      (request) => getDocumentUseCase(ctx, actorOf(request), request.params.billingDocumentId),
    );
    app.patch(
      '/api/v1/billing-documents/:billingDocumentId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Change a draft (If-Match: version); lines, when given, replace the list',
          params: DocumentParams,
          body: UpdateBillingDocument,
          response: { 200: BillingDocument },
        },
      },
      (request) =>
        updateDocumentUseCase(
          ctx,
          actorOf(request),
          request.params.billingDocumentId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.delete(
      '/api/v1/billing-documents/:billingDocumentId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Delete a draft', params: DocumentParams, response: { 200: Ok } },
      },
      async (request) => {
        await deleteDocumentUseCase(ctx, actorOf(request), request.params.billingDocumentId);
        return { ok: true as const };
      },
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/send',
      {
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags,
          summary: 'Send a draft: gives it its number, keeps its PDF and emails it',
          params: DocumentParams,
          response: { 200: BillingDocument },
        },
      },
      (request) => sendDocumentUseCase(ctx, actorOf(request), request.params.billingDocumentId),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/void',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Void a sent document without payments',
          params: DocumentParams,
          response: { 200: BillingDocument },
        },
      },
      (request) => voidDocumentUseCase(ctx, actorOf(request), request.params.billingDocumentId),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/accept',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            'Accept a quote (account admins): typed full name and explicit consent; with If-Match (version), only the options as you saw them',
          params: DocumentParams,
          body: AcceptQuote,
          response: { 200: BillingDocument },
        },
      },
      (request) =>
        acceptQuoteUseCase(
          ctx,
          actorOf(request),
          request.params.billingDocumentId,
          request.body.fullName,
          meta(request),
          ifMatchVersion(request),
        ),
    );
    app.patch(
      '/api/v1/billing-documents/:billingDocumentId/selection',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            "Tick or untick a sent quote's optional lines (account admins; If-Match: version, optional). Totals are the server's",
          params: DocumentParams,
          body: SelectQuoteOptions,
          response: { 200: BillingDocument },
        },
      },
      (request) =>
        selectQuoteOptionsUseCase(
          ctx,
          actorOf(request),
          request.params.billingDocumentId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/invoice',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary:
            'Make an accepted quote a draft invoice with its lines (staff admins; once: 409 already_invoiced). Numbered at send',
          params: DocumentParams,
          response: { 201: BillingDocument },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await invoiceFromQuoteUseCase(ctx, actorOf(request), request.params.billingDocumentId)),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/decline',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Decline a quote (account admins), with a comment',
          params: DocumentParams,
          body: DeclineQuote,
          response: { 200: BillingDocument },
        },
      },
      (request) =>
        declineQuoteUseCase(
          ctx,
          actorOf(request),
          request.params.billingDocumentId,
          request.body.comment,
          meta(request),
        ),
    );
    app.get(
      '/api/v1/billing-documents/:billingDocumentId/pdf',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'The PDF (for a sent document: the exact file that was sent)',
          params: DocumentParams,
        },
      },
      async (request, reply) => {
        const file = await downloadPdfUseCase(ctx, actorOf(request), request.params.billingDocumentId);
        reply.header('content-type', 'application/pdf');
        reply.header('content-disposition', `attachment; filename="${file.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
        reply.header('cache-control', 'private, no-store');
        reply.header('x-content-type-options', 'nosniff');
        reply.header('content-security-policy', "sandbox; default-src 'none'");
        if (file.sha256) reply.header('x-content-sha256', file.sha256);
        return reply.send(file.body);
      },
    );
    app.get(
      '/api/v1/billing-documents/:billingDocumentId/payments',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Payments of an invoice',
          params: DocumentParams,
          response: { 200: z.object({ items: z.array(BillingPayment) }) },
        },
      },
      (request) => listPaymentsUseCase(ctx, actorOf(request), request.params.billingDocumentId),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/payments',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Record a manual payment (bank transfer, cheque, cash) against a sent invoice (staff admins)',
          params: DocumentParams,
          body: RecordPayment,
          response: { 201: BillingPayment },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordPaymentUseCase(ctx, actorOf(request), request.params.billingDocumentId, request.body)),
    );
  };
}
