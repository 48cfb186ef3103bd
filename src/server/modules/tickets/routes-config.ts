import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CannedReply,
  CreateCannedReply,
  CreateTicketField,
  CreateTicketGroup,
  CreateTicketView,
  Id,
  RenderedCannedReply,
  TicketField,
  TicketGroup,
  TicketSettings,
  TicketView,
  UpdateCannedReply,
  UpdateTicketField,
  UpdateTicketGroup,
  UpdateTicketSettings,
  UpdateTicketView,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  createFieldUseCase,
  deleteFieldUseCase,
  deleteGroupUseCase,
  getTicketSettingsUseCase,
  listFieldsUseCase,
  listGroupsUseCase,
  saveGroupUseCase,
  updateFieldUseCase,
  updateTicketSettingsUseCase,
} from './use-cases/config.ts';
import {
  deleteCannedUseCase,
  deleteViewUseCase,
  listCannedUseCase,
  listViewsUseCase,
  renderCannedUseCase,
  saveCannedUseCase,
  saveViewUseCase,
} from './use-cases/views-canned.ts';

const tags = ['tickets'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const ViewParams = z.object({ viewId: Id });
const CannedParams = z.object({ cannedReplyId: Id });
const GroupParams = z.object({ groupId: Id });
const FieldParams = z.object({ fieldId: Id });
const SegmentParams = z.object({ segmentId: Id });

/** The agents' setup: saved views, canned replies, groups, custom fields, settings. Transport only. */
export function ticketConfigRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/ticket-views',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Shared views and your own', response: { 200: items(TicketView) } },
      },
      (request) => listViewsUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/ticket-views',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Save a view (shared: staff admins)',
          body: CreateTicketView,
          response: { 201: TicketView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await saveViewUseCase(ctx, actorOf(request), null, request.body)),
    );
    app.patch(
      '/api/v1/ticket-views/:viewId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a view',
          params: ViewParams,
          body: UpdateTicketView,
          response: { 200: TicketView },
        },
      },
      (request) => saveViewUseCase(ctx, actorOf(request), request.params.viewId, request.body),
    );
    app.delete(
      '/api/v1/ticket-views/:viewId',
      { config: { access: access.staff }, schema: { tags, summary: 'Delete a view', params: ViewParams } },
      async (request, reply) => {
        await deleteViewUseCase(ctx, actorOf(request), request.params.viewId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/v1/canned-replies',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Shared canned replies and your own', response: { 200: items(CannedReply) } },
      },
      (request) => listCannedUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/canned-replies',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Add a canned reply (shared: staff admins)',
          body: CreateCannedReply,
          response: { 201: CannedReply },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await saveCannedUseCase(ctx, actorOf(request), null, request.body)),
    );
    app.patch(
      '/api/v1/canned-replies/:cannedReplyId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a canned reply',
          params: CannedParams,
          body: UpdateCannedReply,
          response: { 200: CannedReply },
        },
      },
      (request) => saveCannedUseCase(ctx, actorOf(request), request.params.cannedReplyId, request.body),
    );
    app.delete(
      '/api/v1/canned-replies/:cannedReplyId',
      { config: { access: access.staff }, schema: { tags, summary: 'Delete a canned reply', params: CannedParams } },
      async (request, reply) => {
        await deleteCannedUseCase(ctx, actorOf(request), request.params.cannedReplyId);
        return reply.status(204).send();
      },
    );
    app.post(
      '/api/v1/tickets/:ticketId/canned-replies/:cannedReplyId/render',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'The reply with placeholders filled for this ticket',
          params: CannedParams.extend({ ticketId: Id }),
          response: { 200: RenderedCannedReply },
        },
      },
      (request) => renderCannedUseCase(ctx, actorOf(request), request.params.ticketId, request.params.cannedReplyId),
    );

    app.get(
      '/api/v1/ticket-groups',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Groups of agents', response: { 200: items(TicketGroup) } },
      },
      (request) => listGroupsUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/ticket-groups',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Add a group (staff admins)',
          body: CreateTicketGroup,
          response: { 201: TicketGroup },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await saveGroupUseCase(ctx, actorOf(request), null, request.body)),
    );
    app.patch(
      '/api/v1/ticket-groups/:groupId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Rename or change members (staff admins)',
          params: GroupParams,
          body: UpdateTicketGroup,
          response: { 200: TicketGroup },
        },
      },
      (request) => saveGroupUseCase(ctx, actorOf(request), request.params.groupId, request.body),
    );
    app.delete(
      '/api/v1/ticket-groups/:groupId',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Delete a group (its tickets become ungrouped)', params: GroupParams },
      },
      async (request, reply) => {
        await deleteGroupUseCase(ctx, actorOf(request), request.params.groupId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/v1/segments/:segmentId/ticket-fields',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Custom fields of a segment (customers: the visible ones of their own)',
          params: SegmentParams,
          response: { 200: items(TicketField) },
        },
      },
      (request) => listFieldsUseCase(ctx, actorOf(request), request.params.segmentId),
    );
    app.post(
      '/api/v1/segments/:segmentId/ticket-fields',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Add a custom field (staff admins)',
          params: SegmentParams,
          body: CreateTicketField,
          response: { 201: TicketField },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createFieldUseCase(ctx, actorOf(request), request.params.segmentId, request.body)),
    );
    app.patch(
      '/api/v1/ticket-fields/:fieldId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a custom field (staff admins)',
          params: FieldParams,
          body: UpdateTicketField,
          response: { 200: TicketField },
        },
      },
      (request) => updateFieldUseCase(ctx, actorOf(request), request.params.fieldId, request.body),
    );
    app.delete(
      '/api/v1/ticket-fields/:fieldId',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Retire a custom field (stored values stay)', params: FieldParams },
      },
      async (request, reply) => {
        await deleteFieldUseCase(ctx, actorOf(request), request.params.fieldId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/v1/ticket-settings',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Auto-close, reopen window, email intake', response: { 200: TicketSettings } },
      },
      (request) => getTicketSettingsUseCase(ctx, actorOf(request)),
    );
    app.patch(
      '/api/v1/ticket-settings',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change them (staff admins)',
          body: UpdateTicketSettings,
          response: { 200: TicketSettings },
        },
      },
      (request) => updateTicketSettingsUseCase(ctx, actorOf(request), request.body, request.ip),
    );
  };
}
