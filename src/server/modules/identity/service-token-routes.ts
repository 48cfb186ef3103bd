import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreatedServiceToken,
  CreateServiceToken,
  Id,
  ServiceToken,
  ServiceTokenPage,
  UpdateServiceToken,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  createServiceTokenUseCase,
  listServiceTokensUseCase,
  revokeServiceTokenUseCase,
  updateServiceTokenUseCase,
} from './use-cases/service-tokens.ts';

const tags = ['service-tokens'];

/**
 * The firm's integrations (console, owners and admins): tokens that belong to the firm and act as "the portal".
 * No token, personal or service, reaches these routes (`tokenMayUse`).
 */
export function serviceTokenRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/service-tokens',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'The firm’s service tokens (integrations), newest first; secrets are never shown again',
          response: { 200: ServiceTokenPage },
        },
      },
      (request) => listServiceTokensUseCase(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/service-tokens',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Create a service token for `Authorization: Bearer svc_...`; the secret is in this response only',
          description:
            'Needs a recent proof (step-up). The token acts firm-wide as the portal, limited by its scopes; it writes ' +
            'only where an integration may (others: 403 `service_token_not_allowed`), and is audited as the integration.',
          body: CreateServiceToken,
          response: { 201: CreatedServiceToken },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createServiceTokenUseCase(ctx, actorOf(request), request.body)),
    );

    app.patch(
      '/api/v1/service-tokens/:serviceTokenId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Rename a live service token or set its requests per minute (null: the portal default)',
          description:
            'Needs a recent proof (step-up). Past its budget a token gets 429 with Retry-After; its RateLimit and ' +
            'RateLimit-Policy headers show the budget in force.',
          params: z.object({ serviceTokenId: Id }),
          body: UpdateServiceToken,
          response: { 200: ServiceToken },
        },
      },
      (request) => updateServiceTokenUseCase(ctx, actorOf(request), request.params.serviceTokenId, request.body),
    );

    app.delete(
      '/api/v1/service-tokens/:serviceTokenId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Revoke a service token (effective at once)',
          params: z.object({ serviceTokenId: Id }),
          response: { 200: ServiceToken },
        },
      },
      (request) => revokeServiceTokenUseCase(ctx, actorOf(request), request.params.serviceTokenId),
    );
  };
}
