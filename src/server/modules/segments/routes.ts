import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateSegment, Id, Page, Segment, UpdateSegment } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  createSegmentUseCase,
  getSegmentUseCase,
  listSegmentsUseCase,
  updateSegmentUseCase,
} from './use-cases/manage-segments.ts';

const SegmentParams = z.object({ segmentId: Id });

export function segmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/segments',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'All segments (a portal has a handful)',
          response: { 200: Page(Segment) },
        },
      },
      (request) => listSegmentsUseCase(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/segments',
      {
        config: { access: access.staff, idempotent: true },
        schema: { tags: ['segments'], summary: 'Create a segment', body: CreateSegment, response: { 201: Segment } },
      },
      async (request, reply) =>
        reply.status(201).send(await createSegmentUseCase(ctx, actorOf(request), request.body, request.ip)),
    );

    app.get(
      '/api/v1/segments/:segmentId',
      {
        config: { access: access.staff },
        schema: { tags: ['segments'], summary: 'One segment', params: SegmentParams, response: { 200: Segment } },
      },
      (request) => getSegmentUseCase(ctx, actorOf(request), request.params.segmentId),
    );

    app.patch(
      '/api/v1/segments/:segmentId',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'Update modules, sign-in policy or name (If-Match: version)',
          params: SegmentParams,
          body: UpdateSegment,
          response: { 200: Segment },
        },
      },
      (request) =>
        updateSegmentUseCase(
          ctx,
          actorOf(request),
          request.params.segmentId,
          request.body,
          ifMatchVersion(request),
          request.ip,
        ),
    );
  };
}
