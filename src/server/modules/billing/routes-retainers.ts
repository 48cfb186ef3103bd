import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateRetainer, DecideOverage, Id, Retainer, RetainerList, UpdateRetainer } from '../../../contract/index.ts';
import { onTimeEntryChanged } from '../projects/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { decideOverageUseCase, requestOverageUseCase } from './use-cases/retainer-overage.ts';
import {
  createRetainerUseCase,
  endRetainerUseCase,
  getRetainerUseCase,
  listRetainersUseCase,
  publishBurnOfAccount,
  updateRetainerUseCase,
} from './use-cases/retainers.ts';

const tags = ['billing'];
const AccountParams = z.object({ accountId: Id });
const RetainerParams = z.object({ accountId: Id, retainerId: Id });
const OverageParams = z.object({ accountId: Id, retainerId: Id, overageId: Id });
const meta = (request: { ip: string; headers: Record<string, unknown> }) => ({
  ip: request.ip,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'].slice(0, 512) : null,
});
const BASE = '/api/v1/accounts/:accountId/billing-retainers';

/** Retainers of an account: the budget, its burn from logged time, and overage the client approves or declines. */
export function billingRetainerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Time logged, changed or deleted anywhere on the account (projects' hook) moves the burn: live in the portal.
    const stopBurn = onTimeEntryChanged(publishBurnOfAccount);
    app.addHook('onClose', async () => stopBurn());
    app.get(
      BASE,
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "The account's retainers (open first), each with its current period's burn and overage requests",
          params: AccountParams,
          response: { 200: RetainerList },
        },
      },
      (request) => listRetainersUseCase(ctx, actorOf(request), request.params.accountId),
    );
    app.post(
      BASE,
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Set up a retainer (owners and admins; one open retainer per account, else 409 retainer_exists)',
          params: AccountParams,
          body: CreateRetainer,
          response: { 201: Retainer },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createRetainerUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      `${BASE}/:retainerId`,
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One retainer with its burn', params: RetainerParams, response: { 200: Retainer } },
      },
      (request) => getRetainerUseCase(ctx, actorOf(request), request.params.accountId, request.params.retainerId),
    );
    app.patch(
      `${BASE}/:retainerId`,
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Change an open retainer’s name, budget or rate (If-Match: version)',
          params: RetainerParams,
          body: UpdateRetainer,
          response: { 200: Retainer },
        },
      },
      (request) =>
        updateRetainerUseCase(
          ctx,
          actorOf(request),
          request.params.accountId,
          request.params.retainerId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.post(
      `${BASE}/:retainerId/end`,
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'End a retainer today (its later time no longer counts)',
          params: RetainerParams,
          response: { 200: Retainer },
        },
      },
      (request) => endRetainerUseCase(ctx, actorOf(request), request.params.accountId, request.params.retainerId),
    );
    app.post(
      `${BASE}/:retainerId/overages`,
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Ask the client to approve the overage not yet asked (409 no_overage, 409 overage_pending)',
          params: RetainerParams,
          response: { 201: Retainer },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await requestOverageUseCase(ctx, actorOf(request), request.params.accountId, request.params.retainerId),
          ),
    );
    for (const [action, approve] of [
      ['approve', true],
      ['decline', false],
    ] as const)
      app.post(
        `${BASE}/:retainerId/overages/:overageId/${action}`,
        {
          config: { access: access.signedIn },
          schema: {
            tags,
            summary: `${approve ? 'Approve' : 'Decline'} overage (the account's admins; 409 already_decided)`,
            params: OverageParams,
            body: DecideOverage,
            response: { 200: Retainer },
          },
        },
        (request) => decideOverageUseCase(ctx, actorOf(request), request.params, approve, request.body, meta(request)),
      );
  };
}
