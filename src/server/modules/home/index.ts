import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import type { HomeCountsProvider } from '../../platform/home-counts.ts';
import { homeRoutes } from './routes.ts';

/** The console home ("what is waiting on us") and the portal home's counts, aggregated from each module's provider. */
export function homePlugin(ctx: AppContext, providers: HomeCountsProvider[]): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(homeRoutes(ctx, providers));
  };
}
