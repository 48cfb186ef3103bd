import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Ok, PublicForm, PublicSubmission } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { getPublicFormUseCase, submitPublicFormUseCase } from './use-cases/public.ts';

const tags = ['forms'];
const SlugParams = z.object({ slug: z.string().max(60) });
const REASON = 'public forms take answers from visitors without a sign-in (leads); rate-limited per IP';

/**
 * Public forms. They belong to no account until a submission creates the lead account, so the module gate has
 * nothing to place (module null); the use case requires the forms module of the lead segment instead.
 */
export function publicFormRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/public-forms/:slug',
      {
        config: { access: access.public(REASON), module: null },
        schema: { tags, summary: 'A public form (no sign-in)', params: SlugParams, response: { 200: PublicForm } },
      },
      (request) => getPublicFormUseCase(ctx, request.params.slug),
    );
    app.post(
      '/api/v1/public-forms/:slug/submissions',
      {
        bodyLimit: 256 * 1024,
        config: { access: access.public(REASON), module: null },
        schema: {
          tags,
          summary: 'Send a public form: creates a lead account and invites the visitor (202, also for bots)',
          params: SlugParams,
          body: PublicSubmission,
          response: { 202: Ok },
        },
      },
      async (request, reply) =>
        reply.status(202).send(
          await submitPublicFormUseCase(ctx, request.params.slug, request.body, {
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
          }),
        ),
    );
  };
}
