import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { jobRoutes } from '../../platform/jobs/index.ts';
import { notificationRoutes } from '../notifications/index.ts';
import { conversationRoutes } from './routes.ts';
import { startConversationRuntime } from './runtime.ts';

/** Everything conversations bring to an app: routes, the event hub, the job runner, inbound SMTP; stopped on close. */
export function conversationsPlugin(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const runtime = await startConversationRuntime(ctx);
    // Streams never end by themselves: close them before the server waits for its connections to finish.
    app.addHook('preClose', async () => runtime.hub.closeStreams());
    app.addHook('onClose', () => runtime.stop());
    await app.register(conversationRoutes(ctx, runtime));
    await app.register(notificationRoutes(ctx));
    await app.register(jobRoutes(ctx, runtime.jobs));
  };
}
