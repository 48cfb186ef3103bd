import { z } from 'zod';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  Attachment,
  BulkTicketResult,
  BulkTicketUpdate,
  CreateTicket,
  Id,
  Message,
  MessageListQuery,
  MergeTickets,
  Page,
  Ticket,
  TicketCounts,
  TicketPresenceList,
  TicketActivity,
  TicketActivityQuery,
  TicketPresenceUpdate,
  TicketQueueQuery,
  TicketReply,
  UpdateTicket,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { sendCsvStream } from '../../platform/http/csv.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { listTicketActivityUseCase } from './use-cases/activity.ts';
import { bulkUpdateUseCase } from './use-cases/bulk.ts';
import { createTicketUseCase, uploadNewTicketAttachmentUseCase } from './use-cases/create-ticket.ts';
import { ATTACHMENT_MAX_BYTES } from './engine.ts';
import { startTicketsCsvExport } from './use-cases/export-csv.ts';
import { presentTicketById } from './use-cases/load.ts';
import { mergeTicketsUseCase } from './use-cases/merge.ts';
import { listTicketMessagesUseCase, replyToTicketUseCase } from './use-cases/messages.ts';
import { updatePresenceUseCase } from './use-cases/presence.ts';
import { countTicketsUseCase, listTicketsUseCase } from './use-cases/queue.ts';
import { updateTicketUseCase } from './use-cases/update-ticket.ts';

const TicketParams = z.object({ ticketId: Id });
const tags = ['tickets'];

/** Tickets themselves: queue, one ticket, its messages, and the agent tools that act on tickets. Transport only. */
export function ticketRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/tickets',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Staff: the queue (filters, sort, keyset). Customers: the tickets visible to them',
          querystring: TicketQueueQuery,
          response: { 200: Page(Ticket) },
        },
      },
      (request) => listTicketsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/tickets/counts',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Tickets per status for the same filters (capped)',
          querystring: TicketQueueQuery,
          response: { 200: TicketCounts },
        },
      },
      (request) => countTicketsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/tickets/export.csv',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'The queue as CSV (same filters, up to 50,000 rows)', querystring: TicketQueueQuery },
      },
      async (request, reply) => {
        const lines = await startTicketsCsvExport(ctx, actorOf(request), request.query);
        return sendCsvStream(reply, 'tickets.csv', lines);
      },
    );
    app.post(
      '/api/v1/tickets',
      {
        // An integration files tickets for a customer: the requester writes the first message (create-ticket.ts).
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary: 'Open a ticket with its first message',
          body: CreateTicket,
          response: { 201: Ticket },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createTicketUseCase(
              ctx,
              actorOf(request),
              request.body,
              request.headers.authorization ? 'api' : 'web',
            ),
          ),
    );
    await app.register(async (plain) => {
      const upload = plain.withTypeProvider<ZodTypeProvider>();
      // Raw file bodies, only on this route (as for a reply's files): the rest of the API stays JSON-only.
      upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_request, body, done) =>
        done(null, body),
      );
      upload.post(
        '/api/v1/tickets/attachments',
        {
          config: { access: access.signedIn },
          schema: {
            tags,
            summary:
              "Upload a file for a new ticket's description (raw body); send its id in CreateTicket.attachmentIds",
            querystring: z.object({ name: z.string().min(1).max(255), accountId: Id.optional() }),
            response: { 201: Attachment },
          },
        },
        async (request, reply) =>
          reply.status(201).send(
            await uploadNewTicketAttachmentUseCase(ctx, actorOf(request), {
              accountId: request.query.accountId,
              name: request.query.name,
              contentType: request.headers['content-type'],
              body: request.body,
            }),
          ),
      );
    });
    app.post(
      '/api/v1/tickets/bulk',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'One change to up to 100 tickets, each authorized on its own',
          body: BulkTicketUpdate,
          response: { 200: BulkTicketResult },
        },
      },
      (request) => bulkUpdateUseCase(ctx, actorOf(request), request.body),
    );
    app.get(
      '/api/v1/tickets/:ticketId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One ticket', params: TicketParams, response: { 200: Ticket } },
      },
      (request) => presentTicketById(ctx, actorOf(request), request.params.ticketId),
    );
    app.patch(
      '/api/v1/tickets/:ticketId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Change a ticket (If-Match: version); customers: subject, CCs, their fields, mark solved',
          params: TicketParams,
          body: UpdateTicket,
          response: { 200: Ticket },
        },
      },
      (request) =>
        updateTicketUseCase(ctx, actorOf(request), request.params.ticketId, request.body, ifMatchVersion(request)),
    );
    app.get(
      '/api/v1/tickets/:ticketId/messages',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Messages, newest first (notes for staff only)',
          params: TicketParams,
          querystring: MessageListQuery,
          response: { 200: Page(Message) },
        },
      },
      (request) => listTicketMessagesUseCase(ctx, actorOf(request), request.params.ticketId, request.query),
    );
    app.post(
      '/api/v1/tickets/:ticketId/messages',
      {
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary: 'Reply (staff: or a note, and set the status)',
          params: TicketParams,
          body: TicketReply,
          response: { 201: Message },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await replyToTicketUseCase(ctx, actorOf(request), request.params.ticketId, request.body)),
    );
    app.get(
      '/api/v1/tickets/:ticketId/activity',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Who changed which field, newest first (staff)',
          params: TicketParams,
          querystring: TicketActivityQuery,
          response: { 200: Page(TicketActivity) },
        },
      },
      (request) => listTicketActivityUseCase(ctx, actorOf(request), request.params.ticketId, request.query),
    );
    app.post(
      '/api/v1/tickets/:ticketId/merge',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Merge this ticket into another of the same account',
          params: TicketParams,
          body: MergeTickets,
          response: { 200: Ticket },
        },
      },
      (request) => mergeTicketsUseCase(ctx, actorOf(request), request.params.ticketId, request.body.intoTicketId),
    );
    app.post(
      '/api/v1/tickets/:ticketId/presence',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Heartbeat: viewing or replying (45 s), or left',
          params: TicketParams,
          body: TicketPresenceUpdate,
          response: { 200: TicketPresenceList },
        },
      },
      (request) => updatePresenceUseCase(ctx, actorOf(request), request.params.ticketId, request.body.state),
    );
  };
}
