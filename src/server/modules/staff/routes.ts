import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Id,
  Invitation,
  InviteStaff,
  ListQuery,
  Ok,
  Page,
  StaffUser,
  UpdateStaffUser,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { listStaffUseCase, removeStaffUseCase, updateStaffUseCase } from './use-cases/manage-staff.ts';
import {
  inviteStaffUseCase,
  listStaffInvitationsUseCase,
  revokeStaffInvitationUseCase,
} from './use-cases/staff-invitations.ts';

const UserParams = z.object({ userId: Id });

export function staffRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/staff-users',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Staff users and their roles',
          querystring: ListQuery,
          response: { 200: Page(StaffUser) },
        },
      },
      (request) => listStaffUseCase(ctx, actorOf(request), request.query),
    );

    app.patch(
      '/api/v1/staff-users/:userId',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Change role, or limit an agent to assigned accounts',
          params: UserParams,
          body: UpdateStaffUser,
          response: { 200: StaffUser },
        },
      },
      (request) => updateStaffUseCase(ctx, actorOf(request), request.params.userId, request.body, request.ip),
    );

    app.delete(
      '/api/v1/staff-users/:userId',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Remove a staff user (ends their sessions)',
          params: UserParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await removeStaffUseCase(ctx, actorOf(request), request.params.userId, request.ip);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/staff-invitations',
      {
        config: { access: access.staff },
        schema: { tags: ['staff'], summary: 'Pending and past staff invitations', response: { 200: Page(Invitation) } },
      },
      (request) => listStaffInvitationsUseCase(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/staff-invitations',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags: ['staff'],
          summary: 'Invite someone onto the staff',
          body: InviteStaff,
          response: { 201: Invitation },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inviteStaffUseCase(ctx, actorOf(request), request.body, request.ip)),
    );

    app.delete(
      '/api/v1/staff-invitations/:invitationId',
      {
        config: { access: access.staff },
        schema: {
          tags: ['staff'],
          summary: 'Revoke a staff invitation',
          params: z.object({ invitationId: Id }),
          response: { 200: Invitation },
        },
      },
      (request) => revokeStaffInvitationUseCase(ctx, actorOf(request), request.params.invitationId, request.ip),
    );
  };
}
