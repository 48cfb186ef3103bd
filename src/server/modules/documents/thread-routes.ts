import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Id, Thread } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { openSubjectThreadUseCase } from '../conversations/index.ts';

/** The feedback thread beside a document version; its messages go through the conversations routes (/api/v1/threads/{id}). */
export function documentThreadRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/documents/:documentId/thread',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['documents'],
          summary:
            'The feedback thread of one version of the document (a conversations thread, made on first use); ' +
            'versionId: that version (404 if not one of this document), default the current one',
          params: z.object({ documentId: Id }),
          querystring: z.object({ versionId: Id.optional() }).strict(),
          response: { 200: Thread },
        },
      },
      (request) =>
        openSubjectThreadUseCase(
          ctx,
          actorOf(request),
          'document',
          request.params.documentId,
          request.query.versionId ?? null,
        ),
    );
  };
}
