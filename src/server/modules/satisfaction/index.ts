import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { conversationRuntimeOf } from '../conversations/index.ts';
import { satisfactionRoutes } from './routes.ts';
import { SATISFACTION_EMAIL_JOB, sendRatingEmail } from './use-cases/request-rating.ts';

/** CSAT: rating requests on solve (emailed), one-click and portal ratings. Registered after conversationsPlugin (its job runner). */
export function satisfactionPlugin(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const runtime = conversationRuntimeOf(ctx);
    if (!runtime) throw new Error('satisfactionPlugin must be registered after conversationsPlugin');
    runtime.jobs.register(SATISFACTION_EMAIL_JOB, sendRatingEmail);
    await app.register(satisfactionRoutes(ctx));
  };
}
export { requestRatingInTransaction, SATISFACTION_EMAIL_JOB } from './use-cases/request-rating.ts';
export { latestRatingFor } from './use-cases/rate.ts';
export { RATING_WINDOW_MS } from './policy.ts';
