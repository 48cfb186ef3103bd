import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { inModule } from '../../platform/http/route-modules.ts';
import { jobRoutes } from '../../platform/jobs/index.ts';
import { notificationRoutes } from '../notifications/index.ts';
import { conversationRoutes } from './routes.ts';
import { startConversationRuntime, withInboundLimits, type InboundMailHandler } from './runtime.ts';
import { receiveReplyUseCase } from './use-cases/reply-by-email.ts';

/**
 * Everything conversations bring to an app: routes, the event hub, the job runner, inbound SMTP; stopped on close.
 * `receiveMail` lets the app route inbound email first (tickets take the support address and ticket replies);
 * by default it goes to conversations' reply-by-email.
 */
export function conversationsPlugin(
  ctx: AppContext,
  options: { receiveMail?: InboundMailHandler } = {},
): FastifyPluginAsyncZod {
  return async (app) => {
    const receiveMail: InboundMailHandler = withInboundLimits(
      ctx,
      options.receiveMail ?? ((raw, rcpt) => receiveReplyUseCase(ctx, raw, rcpt)),
    );
    const runtime = await startConversationRuntime(ctx, receiveMail);
    // Streams never end by themselves: close them before the server waits for its connections to finish.
    app.addHook('preClose', async () => runtime.hub.closeStreams());
    app.addHook('onClose', () => runtime.stop());
    await app.register(conversationRoutes(ctx, runtime, receiveMail));
    // Notifications cover every module (each is listed only while its module is on); jobs are the admins'.
    await app.register(inModule(null, notificationRoutes(ctx)));
    await app.register(inModule(null, jobRoutes(ctx, runtime.jobs)));
  };
}
