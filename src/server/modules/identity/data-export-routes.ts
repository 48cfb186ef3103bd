import { FILE_SANDBOX_CSP } from '../../platform/http/file-response.ts';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DataExport, Id, LatestDataExport } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { downloadDataExport, getLatestDataExport, requestDataExport } from './use-cases/data-export.ts';

/** "Download my data" (GDPR Art. 15/20): the caller's own export only; anyone else's id is 404. */
export function dataExportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/data-exports/latest',
      {
        config: { access: access.signedIn },
        schema: { tags: ['me'], summary: 'My latest data export and its status', response: { 200: LatestDataExport } },
      },
      (request) => getLatestDataExport(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/me/data-exports',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Build a zip of everything about me in the background (the running one if one is being built)',
          response: { 202: DataExport },
        },
      },
      async (request, reply) => reply.status(202).send(await requestDataExport(ctx, actorOf(request))),
    );

    app.get(
      '/api/v1/me/data-exports/:exportId/download',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'The zip of a ready export, until it expires',
          params: z.object({ exportId: Id }),
        },
      },
      async (request, reply) => {
        const file = await downloadDataExport(ctx, actorOf(request), request.params.exportId);
        reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="${file.name}"`)
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          // Like every route that serves stored bytes: the app's own policy never applies to a file.
          .header('content-security-policy', FILE_SANDBOX_CSP);
        return reply.send(file.stream);
      },
    );
  };
}
