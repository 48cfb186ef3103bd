import { z } from 'zod';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  Attachment,
  ConversationSettings,
  CreateMessage,
  CreateThread,
  EditMessage,
  Id,
  InboundResult,
  MarkThreadRead,
  Message,
  MessageListQuery,
  Page,
  ReadState,
  SearchQuery,
  Thread,
  ThreadListQuery,
  UnreadCounts,
  UpdateConversationSettings,
  UpdateThread,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { FILE_SANDBOX_CSP } from '../../platform/http/file-response.ts';
import type { RouteModule } from '../../platform/http/route-modules.ts';
import { AppError, unauthorized } from '../../platform/http/errors.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { openEventStream } from '../../platform/realtime/index.ts';
import { openStreamAccess, sessionTokenOf } from '../identity/index.ts';
import { receiveInboundOverWebhook, type ConversationRuntime, type InboundMailHandler } from './runtime.ts';
import { ATTACHMENT_MAX_BYTES, downloadAttachmentUseCase, uploadAttachmentUseCase } from './use-cases/attachments.ts';
import { exportThreadUseCase } from './use-cases/export-thread.ts';
import {
  deleteMessageUseCase,
  editMessageUseCase,
  getMessageUseCase,
  listMessagesUseCase,
} from './use-cases/messages.ts';
import { postMessageUseCase } from './use-cases/post-message.ts';
import { markThreadReadUseCase, unreadCountsUseCase } from './use-cases/read-state.ts';
import { getConversationSettingsUseCase, updateConversationSettingsUseCase } from './use-cases/settings.ts';
import {
  createThreadUseCase,
  getThreadUseCase,
  listAccountThreadsUseCase,
  listThreadsUseCase,
  renameThreadUseCase,
} from './use-cases/threads.ts';

const AccountParams = z.object({ accountId: Id });
const ThreadParams = z.object({ threadId: Id });
const MessageParams = z.object({ messageId: Id });
const tags = ['conversations'];
/**
 * Routes that serve the messages of conversations, tickets and subject threads alike (tickets, tasks and documents
 * talk through the conversations engine): the module gate decides by the thread's kind. The rest of this plugin is
 * `messages` (stamped in app.ts).
 */
const THREAD_MODULES: RouteModule = ['messages', 'tickets', 'projects', 'documents'];

export function conversationRoutes(
  ctx: AppContext,
  runtime: ConversationRuntime,
  receiveMail: InboundMailHandler,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/threads',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Threads the caller can see, latest activity first',
          querystring: ThreadListQuery,
          response: { 200: Page(Thread) },
        },
      },
      (request) => listThreadsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/threads',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Threads of one account',
          params: AccountParams,
          querystring: ThreadListQuery,
          response: { 200: Page(Thread) },
        },
      },
      (request) => listAccountThreadsUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/threads',
      {
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary: 'Start a thread with its first message',
          params: AccountParams,
          body: CreateThread,
          response: { 201: Thread },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createThreadUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/threads/:threadId',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: { tags, summary: 'One thread', params: ThreadParams, response: { 200: Thread } },
      },
      (request) => getThreadUseCase(ctx, actorOf(request), request.params.threadId),
    );
    app.patch(
      '/api/v1/threads/:threadId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Change the subject',
          params: ThreadParams,
          body: UpdateThread,
          response: { 200: Thread },
        },
      },
      (request) => renameThreadUseCase(ctx, actorOf(request), request.params.threadId, request.body.subject),
    );
    app.get(
      '/api/v1/threads/:threadId/messages',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: {
          tags,
          summary: 'Messages, newest first',
          params: ThreadParams,
          querystring: MessageListQuery,
          response: { 200: Page(Message) },
        },
      },
      (request) => listMessagesUseCase(ctx, actorOf(request), request.params.threadId, request.query),
    );
    app.post(
      '/api/v1/threads/:threadId/messages',
      {
        config: { access: access.signedIn, idempotent: true, module: THREAD_MODULES, serviceTokens: true },
        schema: {
          tags,
          summary: 'Post a message (staff: or an internal note)',
          params: ThreadParams,
          body: CreateMessage,
          response: { 201: Message },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await postMessageUseCase(ctx, actorOf(request), request.params.threadId, request.body)),
    );
    app.get(
      '/api/v1/threads/:threadId/search',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: {
          tags,
          summary: 'Messages of the thread matching q',
          params: ThreadParams,
          querystring: SearchQuery,
          response: { 200: Page(Message) },
        },
      },
      (request) => listMessagesUseCase(ctx, actorOf(request), request.params.threadId, request.query),
    );
    app.get(
      '/api/v1/threads/:threadId/export',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: { tags, summary: 'The thread as a Markdown file', params: ThreadParams },
      },
      async (request, reply) => {
        const file = await exportThreadUseCase(ctx, actorOf(request), request.params.threadId);
        return reply
          .header('content-type', 'text/markdown; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
          .send(file.text);
      },
    );
    app.post(
      '/api/v1/threads/:threadId/read',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: {
          tags,
          summary: 'Mark read up to a message (default: the newest)',
          params: ThreadParams,
          body: MarkThreadRead,
          response: { 200: ReadState },
        },
      },
      (request) => markThreadReadUseCase(ctx, actorOf(request), request.params.threadId, request.body.upToMessageId),
    );
    app.get(
      '/api/v1/unread-counts',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Unread messages per account and thread', response: { 200: UnreadCounts } },
      },
      (request) => unreadCountsUseCase(ctx, actorOf(request)),
    );
    app.get(
      '/api/v1/messages/:messageId',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: { tags, summary: 'One message', params: MessageParams, response: { 200: Message } },
      },
      (request) => getMessageUseCase(ctx, actorOf(request), request.params.messageId),
    );
    app.patch(
      '/api/v1/messages/:messageId',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: {
          tags,
          summary:
            'Edit (author; staff within 10 minutes, others within their segment window, never a ticket description)',
          params: MessageParams,
          body: EditMessage,
          response: { 200: Message },
        },
      },
      (request) => editMessageUseCase(ctx, actorOf(request), request.params.messageId, request.body.body),
    );
    app.delete(
      '/api/v1/messages/:messageId',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: {
          tags,
          summary: 'Delete (leaves a mark; staff still read it; same window as editing for people outside the firm)',
          params: MessageParams,
          response: { 200: Message },
        },
      },
      (request) => deleteMessageUseCase(ctx, actorOf(request), request.params.messageId, request.ip),
    );
    app.get(
      '/api/v1/attachments/:attachmentId/download',
      {
        config: { access: access.signedIn, module: THREAD_MODULES },
        schema: { tags, summary: 'An attachment’s bytes', params: z.object({ attachmentId: Id }) },
      },
      async (request, reply) => {
        const { file, stream } = await downloadAttachmentUseCase(ctx, actorOf(request), request.params.attachmentId);
        return reply
          .header('content-type', 'application/octet-stream')
          .header('content-length', String(file.size))
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          .header('content-security-policy', FILE_SANDBOX_CSP)
          .header('x-content-type-options', 'nosniff')
          .send(stream);
      },
    );

    await app.register(async (plain) => {
      const upload = plain.withTypeProvider<ZodTypeProvider>();
      // Raw file bodies, only on this route: the rest of the API stays JSON-only (415 otherwise).
      upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_request, body, done) =>
        done(null, body),
      );
      upload.post(
        '/api/v1/threads/:threadId/attachments',
        {
          config: { access: access.signedIn, module: THREAD_MODULES },
          schema: {
            tags,
            summary: 'Upload a file for the next message (raw body)',
            params: ThreadParams,
            querystring: z.object({ name: z.string().min(1).max(255) }),
            response: { 201: Attachment },
          },
        },
        async (request, reply) =>
          reply
            .status(201)
            .send(
              await uploadAttachmentUseCase(
                ctx,
                actorOf(request),
                request.params.threadId,
                request.query.name,
                request.headers['content-type'],
                request.body,
              ),
            ),
      );
    });

    app.get(
      '/api/v1/events',
      {
        config: { access: access.signedIn, module: null },
        schema: {
          tags,
          summary: 'Server-Sent Events (Last-Event-ID or ?lastEventId= resumes)',
          querystring: z.object({ lastEventId: z.string().max(20).optional() }),
        },
      },
      async (request, reply) => {
        const token = sessionTokenOf(request, ctx.config);
        // Streams re-check the browser session they were opened with; API tokens have no session to follow.
        if (!token) throw unauthorized('Event streams need a browser session.');
        const stream = await openStreamAccess(ctx, token);
        if (!stream) throw unauthorized();
        await openEventStream(runtime.hub, request, reply, stream.actor, stream.access);
      },
    );

    app.get(
      '/api/v1/conversation-settings',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Email settings of conversations', response: { 200: ConversationSettings } },
      },
      (request) => getConversationSettingsUseCase(ctx, actorOf(request)),
    );
    app.patch(
      '/api/v1/conversation-settings',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change them (staff admins)',
          body: UpdateConversationSettings,
          response: { 200: ConversationSettings },
        },
      },
      (request) => updateConversationSettingsUseCase(ctx, actorOf(request), request.body, request.ip),
    );

    await app.register(async (plain) => {
      const inbound = plain.withTypeProvider<ZodTypeProvider>();
      inbound.addContentTypeParser(
        ['message/rfc822', 'application/octet-stream', 'text/plain'],
        { parseAs: 'buffer', bodyLimit: ctx.config.conversations.inboundMaxMessageBytes },
        (_request, body, done) => done(null, body),
      );
      inbound.post(
        '/api/v1/inbound-email',
        {
          config: {
            access: access.public('mail providers post replies; the shared secret header authenticates them'),
            csrfExempt: 'server-to-server webhook without a session',
          },
          schema: { tags, summary: 'Inbound email webhook: raw MIME body', response: { 200: InboundResult } },
        },
        async (request) => {
          const secret = ctx.config.conversations.inboundWebhookSecret;
          const given = request.headers['x-portico-inbound-secret'];
          if (
            !secret ||
            typeof given !== 'string' ||
            given.length !== secret.length ||
            !timingSafeEqual(Buffer.from(given), Buffer.from(secret))
          )
            throw unauthorized('Wrong or missing inbound secret.');
          if (!Buffer.isBuffer(request.body))
            throw new AppError(
              415,
              'unsupported_media_type',
              'Unsupported media type',
              'Send the raw message as message/rfc822.',
            );
          return receiveInboundOverWebhook(ctx, receiveMail, request.body);
        },
      );
    });
  };
}
