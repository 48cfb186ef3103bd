import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HomeCounts, HomeCountsQuery, Id, WaitingOverview, WaitingQuery } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { HomeCountsProvider } from '../../platform/home-counts.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { homeCountsUseCase, waitingUseCase } from './use-cases/counts.ts';

const tags = ['home'];

export function homeRoutes(ctx: AppContext, providers: HomeCountsProvider[]): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/console/waiting',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary:
            'What is waiting on the firm, per account: tickets due or breached, unanswered messages, file requests to review',
          description:
            'Accounts of the caller’s scope with anything waiting (limited agents: their assigned accounts), busiest first. ' +
            'Counts of modules switched off for an account’s segment are left out.',
          querystring: WaitingQuery,
          response: { 200: WaitingOverview },
        },
      },
      (request) => waitingUseCase(ctx, actorOf(request), providers, request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/home-counts',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            'The portal home’s counts for one of the caller’s accounts: open tickets, unread messages, file requests',
          params: z.object({ accountId: Id }),
          querystring: HomeCountsQuery,
          response: { 200: HomeCounts },
        },
      },
      (request) => homeCountsUseCase(ctx, actorOf(request), providers, request.params.accountId, request.query),
    );
  };
}
