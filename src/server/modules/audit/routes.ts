import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEvent, AuditExportQuery, AuditListQuery, Page } from '../../../contract/index.ts';
import { access } from '../../platform/http/access.ts';
import { sendCsvStream } from '../../platform/http/csv.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import type { AppContext } from '../../platform/context.ts';
import { startAuditCsvExport } from './use-cases/export-audit-csv.ts';
import { listAuditEventsUseCase } from './use-cases/list-audit-events.ts';

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/audit-events',
      {
        config: { access: access.staff },
        schema: {
          tags: ['audit'],
          summary: 'Security audit log, newest first',
          querystring: AuditListQuery,
          response: { 200: Page(AuditEvent) },
        },
      },
      (request) => listAuditEventsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/audit-events/export.csv',
      {
        config: { access: access.staff },
        schema: {
          tags: ['audit'],
          summary: 'The audit log as CSV (same filters, streamed)',
          querystring: AuditExportQuery,
        },
      },
      async (request, reply) => {
        const lines = await startAuditCsvExport(ctx, actorOf(request), request.query);
        return sendCsvStream(reply, 'audit-events.csv', lines);
      },
    );
  };
}
