import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { startDeflectionRetention } from './retention.ts';
import { deflectionRoutes } from './routes.ts';
import { closeIdleFormSessionsUseCase } from './use-cases/form-sessions.ts';

const SWEEP_EVERY_MS = 5 * 60_000;

/** Deflection: help-center sessions and ticket form sessions, plus the sweep that ends forms left idle. */
export function deflectionPlugin(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stopSweep = startPeriodic(ctx, 'closing idle ticket form sessions', SWEEP_EVERY_MS, () =>
      closeIdleFormSessionsUseCase(ctx),
    );
    const stopRetention = startDeflectionRetention(ctx);
    app.addHook('onClose', async () => {
      stopSweep();
      stopRetention();
    });
    await app.register(deflectionRoutes(ctx));
  };
}
export { closeIdleFormSessionsUseCase, markFormSessionTicketCreated } from './use-cases/form-sessions.ts';
export { HELP_SESSION_COOKIE, helpSessionCookieHook, recordHelpSession } from './use-cases/help-sessions.ts';
export { runDeflectionRetention } from './retention.ts';
