import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { ticketConfigRoutes } from './routes-config.ts';
import { ticketRoutes } from './routes.ts';
import { startAutoClose } from './use-cases/auto-close.ts';

/** Everything tickets bring to an app: routes and the auto-close sweep (stopped on close). */
export function ticketsPlugin(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stopAutoClose = startAutoClose(ctx);
    app.addHook('onClose', async () => stopAutoClose());
    await app.register(ticketRoutes(ctx));
    await app.register(ticketConfigRoutes(ctx));
  };
}
