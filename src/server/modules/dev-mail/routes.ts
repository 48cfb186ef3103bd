import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Id, ListQuery, MailMessage, MailSummary, Page } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { startMailRetention } from './retention.ts';
import { listOutbox, readOutboxMessage } from './use-cases/read-outbox.ts';

export function devMailRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stopRetention = startMailRetention(ctx);
    app.addHook('onClose', async () => stopRetention());
    app.get(
      '/api/v1/dev-mail',
      {
        config: { access: access.staff },
        schema: {
          tags: ['dev-mail'],
          summary: 'Mail outbox of the development mail driver',
          querystring: ListQuery,
          response: { 200: Page(MailSummary) },
        },
      },
      (request) => listOutbox(ctx, actorOf(request), request.query),
    );

    app.get(
      '/api/v1/dev-mail/:messageId',
      {
        config: { access: access.staff },
        schema: {
          tags: ['dev-mail'],
          summary: 'One message of the outbox',
          params: z.object({ messageId: Id }),
          response: { 200: MailMessage },
        },
      },
      (request) => readOutboxMessage(ctx, actorOf(request), request.params.messageId),
    );
  };
}
