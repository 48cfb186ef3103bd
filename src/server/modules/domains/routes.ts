import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, Ok, SegmentDomains, TlsAskQuery, UpdateSegmentDomains } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { getSegmentDomainsUseCase, updateSegmentDomainsUseCase } from './use-cases/segment-domains.ts';
import { tlsAskUseCase } from './use-cases/tls-ask.ts';

const Params = z.object({ segmentId: Id });

export function domainsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/segments/:segmentId/domains',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: "A segment's portal and help-center domains, and the addresses its emails link to",
          params: Params,
          response: { 200: SegmentDomains },
        },
      },
      (request) => getSegmentDomainsUseCase(ctx, actorOf(request), request.params.segmentId),
    );

    app.put(
      '/api/v1/segments/:segmentId/domains',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: "Set a segment's domains (null = none; owners and admins; 409 when another segment has one)",
          params: Params,
          body: UpdateSegmentDomains,
          response: { 200: SegmentDomains },
        },
      },
      (request) =>
        updateSegmentDomainsUseCase(ctx, actorOf(request), request.params.segmentId, request.body, request.ip),
    );

    app.get(
      '/api/v1/tls/ask',
      {
        config: {
          access: access.public(
            "the TLS proxy (Caddy on-demand TLS) asks before getting a certificate, and holds no session; it learns only whether a name is a segment's domain",
          ),
        },
        schema: {
          tags: ['operations'],
          summary: 'On-demand TLS check: 200 for a configured segment domain, 404 for anything else',
          querystring: TlsAskQuery,
          response: { 200: Ok },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return tlsAskUseCase(ctx, request.query.domain, request.ip);
      },
    );
  };
}
