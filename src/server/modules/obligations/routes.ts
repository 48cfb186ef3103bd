import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CalendarFeed, Id, ObligationPage, ObligationsQuery, WaitingItemsQuery } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import type { ObligationsProvider } from '../../platform/obligations.ts';
import { calendarFeedUseCase, getFeedUseCase, revokeFeedUseCase, rotateFeedUseCase } from './use-cases/calendar.ts';
import { timelineUseCase, waitingItemsUseCase } from './use-cases/timeline.ts';

const tags = ['obligations'];

export function obligationRoutes(ctx: AppContext, providers: ObligationsProvider[]): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/obligations',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One side of an account’s obligations timeline, overdue first',
          description:
            'side=firm: what the firm owes the account (tickets under SLA, staff tasks, promised deliverables); ' +
            'side=client: what the account owes (file requests, tasks assigned to its people, invoices due). ' +
            'Built from every module switched on for the account’s segment. People never see staff-only items.',
          params: z.object({ accountId: Id }),
          querystring: ObligationsQuery,
          response: { 200: ObligationPage },
        },
      },
      (request) => timelineUseCase(ctx, actorOf(request), providers, request.params.accountId, request.query),
    );
    app.get(
      '/api/v1/console/waiting/items',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: '"Waiting on us": the firm’s side of every account in the caller’s scope, by due time',
          querystring: WaitingItemsQuery,
          response: { 200: ObligationPage },
        },
      },
      (request) => waitingItemsUseCase(ctx, actorOf(request), providers, request.query),
    );
    app.get(
      '/api/v1/me/calendar-feed',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Whether the caller has a calendar feed', response: { 200: CalendarFeed } },
      },
      (request) => getFeedUseCase(ctx, actorOf(request)),
    );
    app.put(
      '/api/v1/me/calendar-feed',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Make or rotate the caller’s calendar feed; the secret URL is in this answer only',
          description:
            'A rotation replaces the previous URL at once (404 from then on). No Idempotency-Key: the answer holds a secret that is never stored.',
          response: { 200: CalendarFeed },
        },
      },
      (request) => rotateFeedUseCase(ctx, actorOf(request)),
    );
    app.delete(
      '/api/v1/me/calendar-feed',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Revoke the caller’s calendar feed (its URL answers 404)',
          response: { 200: CalendarFeed },
        },
      },
      (request) => revokeFeedUseCase(ctx, actorOf(request)),
    );
    app.get(
      '/api/v1/calendar/:file',
      {
        config: {
          access: access.public(
            'calendar apps subscribe without a session; the unguessable token in the URL is the credential (stored hashed, revocable)',
          ),
        },
        schema: {
          tags,
          summary: 'A person’s own due dates as iCalendar (`/api/v1/calendar/<token>.ics`)',
          params: z.object({ file: z.string().max(200) }),
        },
      },
      async (request, reply) => {
        const token = request.params.file.replace(/\.ics$/, '');
        const body = await calendarFeedUseCase(ctx, providers, token);
        return reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .header('referrer-policy', 'no-referrer')
          .send(body);
      },
    );
  };
}
