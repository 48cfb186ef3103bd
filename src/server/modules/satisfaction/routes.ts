import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Id, RateByToken, RateTicket, TicketRating } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { rateByTokenUseCase, rateTicketUseCase } from './use-cases/rate.ts';

const TicketParams = z.object({ ticketId: Id });

export function satisfactionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['tickets'];

    // Like the sign-in link POSTs, this is not CSRF-exempt: the /rate page is ours and sends the CSRF token.
    app.post(
      '/api/v1/ticket-ratings/by-token',
      {
        config: {
          access: access.public(
            'the one-click rating link in the CSAT email works without signing in; the emailed token is the credential (rate-limited per address)',
          ),
        },
        schema: {
          tags,
          summary: 'Rate a solved ticket with the token from the CSAT email',
          description:
            'POST only, so link scanners cannot rate. Rating again within 7 days of the request replaces the answer; after that 410 `rating_expired`. Unknown token: 404.',
          body: RateByToken,
          response: { 200: TicketRating },
        },
      },
      (request) => rateByTokenUseCase(ctx, request.body, request.ip),
    );

    app.post(
      '/api/v1/tickets/:ticketId/rating',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'The requester rates their latest solved request in the portal',
          description:
            'Not visible: 404. Not the requester: 403. Not solved (no request yet, or reopened): 409 `not_solved`. After 7 days: 410 `rating_expired`.',
          params: TicketParams,
          body: RateTicket,
          response: { 200: TicketRating },
        },
      },
      (request) => rateTicketUseCase(ctx, actorOf(request), request.params.ticketId, request.body),
    );
  };
}
