import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { helpCenterRoutes } from './help-routes.ts';
import { knowledgeBaseRoutes } from './routes.ts';
import { startSearchLogRetention } from './retention.ts';

/** The knowledge base: its JSON API and the server-rendered public help center. */
export function knowledgeBaseModule(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const stopRetention = startSearchLogRetention(ctx);
    app.addHook('onClose', async () => stopRetention());
    await app.register(knowledgeBaseRoutes(ctx));
    await app.register(helpCenterRoutes(ctx));
  };
}
export { seedDemoKnowledgeBase } from './demo-content.ts';
export { runSearchLogRetention } from './retention.ts';
export { renderHelpPreview } from './pages/preview.ts';
