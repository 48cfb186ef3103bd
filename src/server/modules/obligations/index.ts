import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import type { ObligationsProvider } from '../../platform/obligations.ts';
import { obligationRoutes } from './routes.ts';

/**
 * The obligations timeline: one account's two sides, "waiting on us" across accounts, and each person's calendar
 * feed, merged from the modules' providers (`platform/obligations.ts`). It owns no item: app.ts hands it the list.
 */
export function obligationsPlugin(ctx: AppContext, providers: ObligationsProvider[]): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(obligationRoutes(ctx, providers));
  };
}
