import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeflectionEvent, Id, Ok, TicketFormEvent, TicketFormSession } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { loadActor } from '../identity/index.ts';
import { formSessionEventUseCase, openFormSessionUseCase } from './use-cases/form-sessions.ts';
import { helpSessionEventUseCase } from './use-cases/help-sessions.ts';

const SessionParams = z.object({ sessionId: Id });

export function deflectionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['deflection'];

    app.post(
      '/api/v1/deflection/events',
      {
        config: {
          access: access.public(
            'anonymous help-center visitors count as self-service sessions; rate-limited per address, records only a visit key',
          ),
        },
        schema: {
          tags,
          summary: 'Record a help-center visit (one per key; repeats are no-ops)',
          description:
            'Signed-in visitors are recorded with their user and segment. Counts towards the support report’s helpSessions.',
          body: DeflectionEvent,
          response: { 200: Ok },
        },
      },
      async (request) => helpSessionEventUseCase(ctx, await loadActor(ctx, request), request.body.key, request.ip),
    );

    app.post(
      '/api/v1/ticket-form-sessions',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Start a ticket form session (a customer opened the new-ticket form)',
          response: { 201: TicketFormSession },
        },
      },
      async (request, reply) => reply.status(201).send(await openFormSessionUseCase(ctx, actorOf(request))),
    );

    app.post(
      '/api/v1/ticket-form-sessions/:sessionId/events',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Report what happened in the ticket form: suggestions shown, a suggestion opened, or leaving',
          description:
            'Owner only (else 404). Leaving ends the session as deflected when a suggested article was opened, else abandoned.',
          params: SessionParams,
          body: TicketFormEvent,
          response: { 200: Ok },
        },
      },
      (request) => formSessionEventUseCase(ctx, actorOf(request), request.params.sessionId, request.body),
    );
  };
}
