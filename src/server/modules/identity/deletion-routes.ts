import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AccountDataRights,
  DeletionRequest,
  DeletionRequestListQuery,
  Id,
  LegalHold,
  LegalHoldInput,
  MyDeletionRequest,
  Page,
  PersonLegalHold,
  StaffDeletionRequest,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  cancelDeletionByStaff,
  cancelMyDeletion,
  getLegalHold,
  getMyDeletionRequest,
  listDeletionRequestsUseCase,
  requestMyDeletion,
  setLegalHoldUseCase,
  startDeletionForPerson,
} from './use-cases/account-deletion.ts';
import { getAccountDataRights, setPersonHoldUseCase } from './use-cases/legal-holds.ts';

const tags = ['me'];

/**
 * Deletion of a person (GDPR Art. 17): the person's own request (confirmed by a recent re-authentication, cancellable
 * during the grace period), staff's view of the requests, staff starting one on a person's behalf, and legal holds.
 */
export function deletionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/deletion-request',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'My open deletion request, if any', response: { 200: MyDeletionRequest } },
      },
      (request) => getMyDeletionRequest(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/me/deletion-request',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Ask for my account to be erased after the grace period (needs a recent re-authentication)',
          response: { 200: DeletionRequest, 201: DeletionRequest },
        },
      },
      async (request, reply) => {
        const { created, request: answer } = await requestMyDeletion(ctx, actorOf(request));
        return reply.status(created ? 201 : 200).send(answer);
      },
    );
    app.delete(
      '/api/v1/me/deletion-request',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Cancel my deletion request', response: { 200: DeletionRequest } },
      },
      (request) => cancelMyDeletion(ctx, actorOf(request)),
    );

    app.get(
      '/api/v1/deletion-requests',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Deletion requests of people in my scope, newest first (owners and admins)',
          querystring: DeletionRequestListQuery,
          response: { 200: Page(StaffDeletionRequest) },
        },
      },
      (request) => listDeletionRequestsUseCase(ctx, actorOf(request), request.query),
    );
    app.post(
      '/api/v1/users/:userId/deletion-request',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: "Start a customer's deletion on their behalf (same grace period and notice)",
          params: z.object({ userId: Id }),
          response: { 200: StaffDeletionRequest, 201: StaffDeletionRequest },
        },
      },
      async (request, reply) => {
        const { created, request: answer } = await startDeletionForPerson(ctx, actorOf(request), request.params.userId);
        return reply.status(created ? 201 : 200).send(answer);
      },
    );
    app.post(
      '/api/v1/deletion-requests/:requestId/cancel',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Cancel a scheduled deletion request',
          params: z.object({ requestId: Id }),
          response: { 200: StaffDeletionRequest },
        },
      },
      (request) => cancelDeletionByStaff(ctx, actorOf(request), request.params.requestId),
    );

    const AccountParams = z.object({ accountId: Id });
    app.get(
      '/api/v1/accounts/:accountId/legal-hold',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: "The account's legal hold, if any",
          params: AccountParams,
          response: { 200: LegalHold },
        },
      },
      (request) => getLegalHold(ctx, actorOf(request), request.params.accountId),
    );
    app.put(
      '/api/v1/accounts/:accountId/legal-hold',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Put the account under a legal hold: none of its people is erased while it stands',
          params: AccountParams,
          body: LegalHoldInput,
          response: { 200: LegalHold },
        },
      },
      (request) => setLegalHoldUseCase(ctx, actorOf(request), request.params.accountId, request.body.reason),
    );
    app.delete(
      '/api/v1/accounts/:accountId/legal-hold',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Lift the legal hold',
          params: AccountParams,
          response: { 200: LegalHold },
        },
      },
      (request) => setLegalHoldUseCase(ctx, actorOf(request), request.params.accountId, null),
    );

    app.get(
      '/api/v1/accounts/:accountId/data-rights',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: "The account's legal hold and each customer's hold and open deletion request (owners and admins)",
          params: AccountParams,
          response: { 200: AccountDataRights },
        },
      },
      (request) => getAccountDataRights(ctx, actorOf(request), request.params.accountId),
    );
    const UserParams = z.object({ userId: Id });
    app.put(
      '/api/v1/users/:userId/legal-hold',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Put one customer under a legal hold: they are not erased while it stands',
          params: UserParams,
          body: LegalHoldInput,
          response: { 200: PersonLegalHold },
        },
      },
      (request) => setPersonHoldUseCase(ctx, actorOf(request), request.params.userId, request.body.reason),
    );
    app.delete(
      '/api/v1/users/:userId/legal-hold',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: "Lift the customer's legal hold",
          params: UserParams,
          response: { 200: PersonLegalHold },
        },
      },
      (request) => setPersonHoldUseCase(ctx, actorOf(request), request.params.userId, null),
    );
  };
}
