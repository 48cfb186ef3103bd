import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { supportReportRoutes } from './routes.ts';

/** Support reports: read-only staff figures over tickets, SLA results, ratings and deflection records. */
export function supportReportsPlugin(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(supportReportRoutes(ctx));
  };
}
export { supportReportUseCase } from './use-cases/report.ts';
