import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Account,
  AccountExportQuery,
  AccountListQuery,
  CreateAccount,
  CreateInvitation,
  Id,
  Invitation,
  Member,
  Ok,
  Page,
  UpdateAccount,
  UpdateMember,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { sendCsvStream } from '../../platform/http/csv.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  createAccountUseCase,
  getAccountUseCase,
  listAccountsUseCase,
  renameAccountUseCase,
} from './use-cases/accounts.ts';
import { startAccountsCsvExport, startPeopleCsvExport } from './use-cases/export-csv.ts';
import {
  changeMemberRoleUseCase,
  inviteUseCase,
  listInvitationsUseCase,
  listMembersUseCase,
  removeMemberUseCase,
  revokeInvitationUseCase,
} from './use-cases/members.ts';

const AccountParams = z.object({ accountId: Id });
const MemberParams = AccountParams.extend({ userId: Id });
const InvitationParams = AccountParams.extend({ invitationId: Id });

export function accountRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/accounts',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['accounts'],
          summary: 'Accounts the caller can see (staff: all or assigned; people: their own)',
          querystring: AccountListQuery,
          response: { 200: Page(Account) },
        },
      },
      (request) => listAccountsUseCase(ctx, actorOf(request), request.query),
    );

    for (const [path, summary, fileName, start] of [
      [
        '/api/v1/accounts/export.csv',
        'Accounts as CSV (staff; same filters, streamed)',
        'accounts.csv',
        startAccountsCsvExport,
      ],
      [
        '/api/v1/accounts/people/export.csv',
        'People and their memberships as CSV (staff; streamed)',
        'people.csv',
        startPeopleCsvExport,
      ],
    ] as const) {
      app.get(
        path,
        {
          config: { access: access.staff },
          schema: { tags: ['accounts'], summary, querystring: AccountExportQuery },
        },
        async (request, reply) => {
          const lines = await start(ctx, actorOf(request), request.query);
          return sendCsvStream(reply, fileName, lines);
        },
      );
    }

    app.post(
      '/api/v1/accounts',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags: ['accounts'],
          summary: 'Create an account in a segment',
          body: CreateAccount,
          response: { 201: Account },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createAccountUseCase(ctx, actorOf(request), request.body, request.ip)),
    );

    app.get(
      '/api/v1/accounts/:accountId',
      {
        config: { access: access.signedIn },
        schema: { tags: ['accounts'], summary: 'One account', params: AccountParams, response: { 200: Account } },
      },
      (request) => getAccountUseCase(ctx, actorOf(request), request.params.accountId),
    );

    app.patch(
      '/api/v1/accounts/:accountId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['accounts'],
          summary: 'Rename an account (If-Match: version)',
          params: AccountParams,
          body: UpdateAccount,
          response: { 200: Account },
        },
      },
      (request) =>
        renameAccountUseCase(
          ctx,
          actorOf(request),
          request.params.accountId,
          request.body.name,
          ifMatchVersion(request),
          request.ip,
        ),
    );

    app.get(
      '/api/v1/accounts/:accountId/members',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['accounts'],
          summary: 'Members of an account',
          params: AccountParams,
          response: { 200: Page(Member) },
        },
      },
      (request) => listMembersUseCase(ctx, actorOf(request), request.params.accountId),
    );

    app.patch(
      '/api/v1/accounts/:accountId/members/:userId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['accounts'],
          summary: 'Change a member’s role',
          params: MemberParams,
          body: UpdateMember,
          response: { 200: Member },
        },
      },
      (request) =>
        changeMemberRoleUseCase(
          ctx,
          actorOf(request),
          request.params.accountId,
          request.params.userId,
          request.body.role,
          request.ip,
        ),
    );

    app.delete(
      '/api/v1/accounts/:accountId/members/:userId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['accounts'],
          summary: 'Remove a member from the account',
          params: MemberParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await removeMemberUseCase(ctx, actorOf(request), request.params.accountId, request.params.userId, request.ip);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/accounts/:accountId/invitations',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['accounts'],
          summary: 'Invitations into an account',
          params: AccountParams,
          response: { 200: Page(Invitation) },
        },
      },
      (request) => listInvitationsUseCase(ctx, actorOf(request), request.params.accountId),
    );

    app.post(
      '/api/v1/accounts/:accountId/invitations',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags: ['accounts'],
          summary: 'Invite someone into the account (emails a 7-day link)',
          params: AccountParams,
          body: CreateInvitation,
          response: { 201: Invitation },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inviteUseCase(ctx, actorOf(request), request.params.accountId, request.body, request.ip)),
    );

    app.delete(
      '/api/v1/accounts/:accountId/invitations/:invitationId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['accounts'],
          summary: 'Revoke a pending invitation',
          params: InvitationParams,
          response: { 200: Invitation },
        },
      },
      (request) =>
        revokeInvitationUseCase(
          ctx,
          actorOf(request),
          request.params.accountId,
          request.params.invitationId,
          request.ip,
        ),
    );
  };
}
