import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AgingReport,
  BillingDocument,
  BillingDocumentListQuery,
  BillingExportKind,
  BillingExportQuery,
  BillingTotals,
  CreateCreditNote,
  Id,
  ReminderSettings,
  Statement,
  StatementQuery,
  UpdateReminderSettings,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { sendCsv } from '../../platform/http/csv.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { createCreditNoteUseCase, reissueInvoiceUseCase } from './use-cases/credit-notes.ts';
import { billingCsvExportUseCase, statementCsv } from './use-cases/exports.ts';
import { getReminderSettingsUseCase, updateReminderSettingsUseCase } from './use-cases/reminder-settings.ts';
import {
  agingReportUseCase,
  documentTotalsUseCase,
  statementPdfUseCase,
  statementUseCase,
} from './use-cases/reports.ts';

const tags = ['billing'];
const AccountParams = z.object({ accountId: Id });
const DocumentParams = z.object({ billingDocumentId: Id });
const TotalsQuery = BillingDocumentListQuery.omit({ limit: true, cursor: true });

/** Accounts receivable: credit notes, void and reissue, totals, aging, statements, reminders, accountants' CSV. */
export function billingReceivablesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/credit-notes',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Draft a credit note against a sent invoice (full or partial; staff admins). Numbered at send',
          params: DocumentParams,
          body: CreateCreditNote,
          response: { 201: BillingDocument },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createCreditNoteUseCase(ctx, actorOf(request), request.params.billingDocumentId, request.body)),
    );
    app.post(
      '/api/v1/billing-documents/:billingDocumentId/reissue',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Void a sent invoice and make a new draft with its lines that replaces it (staff admins)',
          params: DocumentParams,
          response: { 201: BillingDocument },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await reissueInvoiceUseCase(ctx, actorOf(request), request.params.billingDocumentId)),
    );
    app.get(
      '/api/v1/billing-documents/totals',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Totals of the document list under the same filters, per currency',
          querystring: TotalsQuery,
          response: { 200: BillingTotals },
        },
      },
      (request) => documentTotalsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/billing/aging',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Accounts receivable aging: open balance per account and currency (current, 1-30 … 90+ days)',
          response: { 200: AgingReport },
        },
      },
      (request) => agingReportUseCase(ctx, actorOf(request)),
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-statement',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Statement of account per currency: opening balance, invoices, credit notes, payments, closing',
          params: AccountParams,
          querystring: StatementQuery,
          response: { 200: Statement },
        },
      },
      (request) => statementUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-statement.csv',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'The statement of account as CSV (same figures)',
          params: AccountParams,
          querystring: StatementQuery,
        },
      },
      async (request, reply) => {
        const statement = await statementUseCase(ctx, actorOf(request), request.params.accountId, request.query);
        return sendCsv(reply, `statement-${statement.to}.csv`, statementCsv(statement));
      },
    );
    app.get(
      '/api/v1/accounts/:accountId/billing-statement.pdf',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'The statement of account as PDF (same figures)',
          params: AccountParams,
          querystring: StatementQuery,
        },
      },
      async (request, reply) => {
        const file = await statementPdfUseCase(ctx, actorOf(request), request.params.accountId, request.query);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "sandbox; default-src 'none'")
          .send(file.pdf);
      },
    );
    app.get(
      '/api/v1/billing/reminder-settings',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Payment reminder schedule', response: { 200: ReminderSettings } },
      },
      (request) => getReminderSettingsUseCase(ctx, actorOf(request)),
    );
    app.patch(
      '/api/v1/billing/reminder-settings',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change the payment reminder schedule (admins; If-Match: version)',
          body: UpdateReminderSettings,
          response: { 200: ReminderSettings },
        },
      },
      (request) => updateReminderSettingsUseCase(ctx, actorOf(request), request.body, ifMatchVersion(request)),
    );
    // One static route per kind (no param: these address no account, and the module gate places every param).
    for (const kind of BillingExportKind.options)
      app.get(
        `/api/v1/billing/exports/${kind}.csv`,
        {
          config: { access: access.staff },
          schema: {
            tags,
            summary: `CSV of ${kind.replace('-', ' ')} for accountants (QuickBooks/Xero columns; from/to dates)`,
            querystring: BillingExportQuery,
          },
        },
        async (request, reply) => {
          const file = await billingCsvExportUseCase(ctx, actorOf(request), kind, request.query);
          return sendCsv(reply, file.fileName, file.body);
        },
      );
  };
}
