import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BusinessCalendar,
  CreateBusinessCalendar,
  CreateSlaPolicy,
  Id,
  Ok,
  SlaPolicy,
  UpdateBusinessCalendar,
  UpdateSlaPolicy,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  createCalendarUseCase,
  deleteCalendarUseCase,
  getCalendarUseCase,
  listCalendarsUseCase,
  updateCalendarUseCase,
} from './use-cases/calendars.ts';
import {
  createPolicyUseCase,
  deletePolicyUseCase,
  listPoliciesUseCase,
  updatePolicyUseCase,
} from './use-cases/policies.ts';

const CalendarParams = z.object({ calendarId: Id });
const PolicyParams = z.object({ policyId: Id });
const PolicyQuery = z.object({ segmentId: Id.optional() });
const ok = { ok: true as const };

/** Business calendars and SLA policies: staff read, owners and admins write (portal-wide configuration, small lists). */
export function slaRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['sla'];

    app.get(
      '/api/v1/business-calendars',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Business calendars (working hours and holidays in a time zone)',
          response: { 200: z.object({ items: z.array(BusinessCalendar) }) },
        },
      },
      (request) => listCalendarsUseCase(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/business-calendars',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Create a business calendar (admins)',
          body: CreateBusinessCalendar,
          response: { 201: BusinessCalendar },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCalendarUseCase(ctx, actorOf(request), request.body, request.ip)),
    );

    app.get(
      '/api/v1/business-calendars/:calendarId',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'One business calendar', params: CalendarParams, response: { 200: BusinessCalendar } },
      },
      (request) => getCalendarUseCase(ctx, actorOf(request), request.params.calendarId),
    );

    app.patch(
      '/api/v1/business-calendars/:calendarId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a business calendar (admins; If-Match: version). Holidays, when given, replace the list',
          params: CalendarParams,
          body: UpdateBusinessCalendar,
          response: { 200: BusinessCalendar },
        },
      },
      (request) =>
        updateCalendarUseCase(
          ctx,
          actorOf(request),
          request.params.calendarId,
          request.body,
          ifMatchVersion(request),
          request.ip,
        ),
    );

    app.delete(
      '/api/v1/business-calendars/:calendarId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Delete a business calendar (admins); its policies then count around the clock',
          params: CalendarParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteCalendarUseCase(ctx, actorOf(request), request.params.calendarId, request.ip);
        return ok;
      },
    );

    app.get(
      '/api/v1/sla-policies',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'SLA policies, one per segment and priority',
          querystring: PolicyQuery,
          response: { 200: z.object({ items: z.array(SlaPolicy) }) },
        },
      },
      (request) => listPoliciesUseCase(ctx, actorOf(request), request.query.segmentId ?? null),
    );

    app.post(
      '/api/v1/sla-policies',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Create the SLA policy of a segment and priority (admins; 409 sla_policy_exists when it has one)',
          body: CreateSlaPolicy,
          response: { 201: SlaPolicy },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createPolicyUseCase(ctx, actorOf(request), request.body, request.ip)),
    );

    app.patch(
      '/api/v1/sla-policies/:policyId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary:
            'Change an SLA policy (admins; If-Match: version). Applies to tickets created or re-prioritised afterwards',
          params: PolicyParams,
          body: UpdateSlaPolicy,
          response: { 200: SlaPolicy },
        },
      },
      (request) =>
        updatePolicyUseCase(
          ctx,
          actorOf(request),
          request.params.policyId,
          request.body,
          ifMatchVersion(request),
          request.ip,
        ),
    );

    app.delete(
      '/api/v1/sla-policies/:policyId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Delete an SLA policy (admins); tickets keep the targets they copied',
          params: PolicyParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deletePolicyUseCase(ctx, actorOf(request), request.params.policyId, request.ip);
        return ok;
      },
    );
  };
}
