import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';

/*
 * Conversations: threads of messages between staff and the people of one account (module `messages`).
 * A later ticket module reuses the same engine: a ticket is a thread with `kind: 'ticket'` plus its own fields.
 *
 * Internal notes (`internal: true`) are staff-only messages inside a thread. For clients they do not exist:
 * never listed, counted, searched, exported, emailed or sent as events; GET /messages/{id} of a note is 404.
 *
 * Endpoints (all under /api/v1; lists take ?limit=&cursor= and return { items, nextCursor }):
 *   GET    /threads?accountId=&unread=true&q=                       Page<Thread>, every thread the caller can see, latest activity first
 *   GET    /accounts/{accountId}/threads?q=&unread=true             Page<Thread> of one account, latest activity first
 *   POST   /accounts/{accountId}/threads                            CreateThread (subject + first message)  -> 201 Thread
 *   GET    /threads/{threadId}                                      Thread
 *   PATCH  /threads/{threadId}                                      UpdateThread (subject; staff or creator) -> Thread
 *   GET    /threads/{threadId}/messages                             Page<Message>, NEWEST FIRST (cursor goes back in time)
 *   POST   /threads/{threadId}/messages                             CreateMessage (Idempotency-Key honoured) -> 201 Message
 *   GET    /threads/{threadId}/search?q=                            Page<Message> matching q (notes only for staff)
 *   GET    /threads/{threadId}/export                               text/markdown download of the thread (notes only for staff)
 *   POST   /threads/{threadId}/read                                 MarkThreadRead { upToMessageId? }       -> ReadState
 *                                                                   (without upToMessageId it also marks the thread's notifications read)
 *   POST   /threads/{threadId}/attachments?name=                    raw body upload (Content-Type = file type) -> 201 Attachment
 *                                                                   (pending: send its id in CreateMessage.attachmentIds within 24 h)
 *   GET    /attachments/{attachmentId}/download                     the bytes, Content-Disposition: attachment
 *   GET    /messages/{messageId}                                    Message
 *   PATCH  /messages/{messageId}                                    EditMessage (author, within 10 minutes) -> Message
 *   DELETE /messages/{messageId}                                    leaves a "message deleted" mark        -> Message
 *   GET    /unread-counts                                           UnreadCounts (per account and per thread with unread > 0)
 *
 *   GET    /events                                                  text/event-stream (SSE); header Last-Event-ID resumes.
 *                                                                   Each event: `id: <EventEnvelope.id>`, `event: <type>`, `data: <EventEnvelope JSON>`.
 *                                                                   Comment lines (`: keep-alive`) every 25 s. Use `new EventSource('/api/v1/events')`.
 *
 *   GET    /notifications?unread=true                               Page<Notification>, newest first
 *   GET    /notifications/unread-count                              { count } (the badge)
 *   POST   /notifications/{notificationId}/read                     -> Notification
 *   POST   /notifications/read-all                                  -> Ok
 *   GET    /me/notification-preferences                             NotificationPreferences
 *   PUT    /me/notification-preferences                             UpdateNotificationPreferences -> NotificationPreferences
 *   POST   /email/unsubscribe?token=                                public, one-click (RFC 8058) -> Ok; the link in emails
 *
 *   GET    /conversation-settings                                   ConversationSettings (staff)
 *   PATCH  /conversation-settings                                   UpdateConversationSettings (staff admin) -> ConversationSettings
 *
 *   GET    /jobs?status=failed|queued|running|done              Page<Job> (staff admins): durable background jobs
 *   POST   /jobs/{jobId}/retry                                      -> Job (failed jobs only)
 *
 *   POST   /inbound-email                                           public for mail providers: raw MIME body (message/rfc822),
 *                                                                   header X-Portico-Inbound-Secret = INBOUND_WEBHOOK_SECRET -> { accepted, reason? }
 *
 * Errors beyond the usual: body over the message limit 413 `message_too_large`; posting too fast 429; editing after
 * 10 minutes or someone else's message 403; posting after removal from the account 404 (the thread is gone for them).
 */

/**
 * A subject thread is the discussion beside an object of another module (a task, a document): a thread of the
 * object's kind, whose readers and writers the owning module's policy decides. The kind names the module that owns
 * it, for the module gate, streams and notification links.
 */
export const SUBJECT_THREAD_MODULES = { task: 'projects', document: 'documents' } as const;
export const SubjectThreadKind = z.enum(['task', 'document']);
export type SubjectThreadKind = z.infer<typeof SubjectThreadKind>;
export const isSubjectThreadKind = (kind: string): kind is SubjectThreadKind => kind in SUBJECT_THREAD_MODULES;

/** The document page's query parameter naming the version whose discussion it opens on (links from notifications). */
export const DOCUMENT_VERSION_PARAM = 'version';

/**
 * The page of a subject thread's object, where its discussion is read (staff: the console's page); for a document's
 * thread about one version, the page with that version's discussion chosen.
 */
export function subjectThreadPath(
  kind: SubjectThreadKind,
  subjectId: string,
  accountId: string,
  staff: boolean,
  versionId: string | null = null,
) {
  if (kind === 'task') return `${staff ? '/console' : ''}/tasks/${subjectId}`;
  const page = staff ? `/console/accounts/${accountId}/documents/files/${subjectId}` : `/documents/files/${subjectId}`;
  // A document's discussion is per version: the page opens with that version's discussion chosen (not the current).
  return versionId ? `${page}?${DOCUMENT_VERSION_PARAM}=${encodeURIComponent(versionId)}` : page;
}

export const ThreadKind = z.enum(['conversation', 'ticket', ...SubjectThreadKind.options]);
export type ThreadKind = z.infer<typeof ThreadKind>;

/** Largest message body in characters (the server answers 413 beyond it). */
export const MESSAGE_BODY_MAX = 20_000;
/** Minutes during which an author may edit a message. */
export const MESSAGE_EDIT_MINUTES = 10;

export const Participant = z.object({
  id: Id,
  name: z.string(),
  /** Staff of the portal (the UI may show the firm badge). Same shape as the documents PersonRef. */
  isStaff: z.boolean(),
});
export type Participant = z.infer<typeof Participant>;

export const Thread = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  kind: ThreadKind,
  /** For a subject thread: the task's or document's id (its page is the object's page). */
  subjectId: Id.nullable(),
  /** The version of the object the thread is about (each document version has its own); null otherwise. */
  subjectVersionId: Id.nullable(),
  subject: z.string(),
  createdBy: Participant.nullable(),
  createdAt: Timestamp,
  /** Time of the last message the caller can see (notes count only for staff). */
  lastMessageAt: Timestamp,
  /** Short plain-text preview of the last message the caller can see; null if it was deleted. */
  lastMessagePreview: z.string().nullable(),
  messageCount: z.number().int(),
  unreadCount: z.number().int(),
  abilities: Abilities('view', 'update', 'post', 'postInternal'),
});
export type Thread = z.infer<typeof Thread>;

export const Attachment = z.object({
  id: Id,
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** Relative URL; the download is checked against the session. */
  downloadUrl: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

export const Message = z.object({
  id: Id,
  threadId: Id,
  accountId: Id,
  author: Participant.nullable(),
  /** Markdown source as written; empty string once deleted. */
  body: z.string(),
  /** Server-rendered, sanitized HTML of body. Safe to insert as HTML; never render `body` as HTML yourself. */
  bodyHtml: z.string(),
  internal: z.boolean(),
  /** 'web' or 'email' (posted by replying to a notification). */
  source: z.enum(['web', 'email']),
  quotedMessageId: Id.nullable(),
  /** A short excerpt of the quoted message (null when it is deleted or not visible to the caller). */
  quotedPreview: z.string().nullable(),
  mentions: z.array(Participant),
  attachments: z.array(Attachment),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
  deletedAt: Timestamp.nullable(),
  /** Staff only (null for clients): who has read up to this message, besides its author. */
  seenBy: z.array(Participant.extend({ seenAt: Timestamp })).nullable(),
  abilities: Abilities('edit', 'delete', 'quote'),
});
export type Message = z.infer<typeof Message>;

export const CreateThread = z
  .object({
    subject: z.string().trim().min(1).max(200),
    body: z.string().describe(`Markdown, at most ${MESSAGE_BODY_MAX} characters (413 beyond)`),
    attachmentIds: z.array(Id).max(10).optional(),
  })
  .strict();
export type CreateThread = z.infer<typeof CreateThread>;

export const UpdateThread = z.object({ subject: z.string().trim().min(1).max(200) }).strict();

export const CreateMessage = z
  .object({
    /** Markdown subset: bold, italics, lists, links (http, https, mailto), code. Raw HTML is shown as text. */
    body: z.string().describe(`Markdown, at most ${MESSAGE_BODY_MAX} characters (413 beyond)`),
    /** Staff only: an internal note. */
    internal: z.boolean().optional(),
    quotedMessageId: Id.optional(),
    /** Staff user ids to mention (the UI resolves "@Name"); each gets a notification. */
    mentionUserIds: z.array(Id).max(20).optional(),
    attachmentIds: z.array(Id).max(10).optional(),
  })
  .strict();
export type CreateMessage = z.infer<typeof CreateMessage>;

export const EditMessage = z
  .object({ body: z.string().describe(`Markdown, at most ${MESSAGE_BODY_MAX} characters (413 beyond)`) })
  .strict();

export const MessageListQuery = ListQuery;
export const ThreadListQuery = ListQuery.extend({
  q: z.string().trim().max(200).optional(),
  unread: z.enum(['true', 'false']).optional(),
  accountId: Id.optional(),
});
export const SearchQuery = ListQuery.extend({ q: z.string().trim().min(1).max(200) });

export const MarkThreadRead = z.object({ upToMessageId: Id.optional() }).strict();
export const ReadState = z.object({
  threadId: Id,
  lastReadMessageId: Id.nullable(),
  readAt: Timestamp.nullable(),
  unreadCount: z.number().int(),
});
export type ReadState = z.infer<typeof ReadState>;

export const UnreadCounts = z.object({
  total: z.number().int(),
  accounts: z.array(z.object({ accountId: Id, unreadCount: z.number().int(), unreadThreads: z.number().int() })),
  threads: z.array(z.object({ threadId: Id, accountId: Id, unreadCount: z.number().int() })),
});
export type UnreadCounts = z.infer<typeof UnreadCounts>;

/* Real-time events (SSE). `data` per type:
 *   message.created / message.updated / message.deleted   { threadId, message: Message without abilities/seenBy }
 *   thread.created / thread.updated                        { threadId, subject }
 *   thread.read                                            { threadId, userId, userName, lastReadMessageId, readAt }
 *                                                          (to staff, and to the reader's own tabs)
 *   notification.created                                   { notificationId, threadId, messageId, kind } (only to its recipient,
 *                                                          right after its message's event, same SSE id, envelope id "<id>-<userId>";
 *                                                          re-read /notifications/unread-count for the badge)
 * After an event, re-fetch what you show with abilities (GET /messages/{id}, /unread-counts) when you need them. */
export const EventType = z.enum([
  'message.created',
  'message.updated',
  'message.deleted',
  'thread.created',
  'thread.updated',
  'thread.read',
  'notification.created',
]);
export type EventType = z.infer<typeof EventType>;
export const EventEnvelope = z.object({
  id: z.string(),
  type: EventType,
  occurredAt: Timestamp,
  accountId: Id.nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type EventEnvelope = z.infer<typeof EventEnvelope>;

/** Messages and mentions (conversations, tickets), and task reminders and the overdue digest (projects). */
export const NotificationKind = z.enum(['message', 'mention', 'task_due_soon', 'task_due', 'tasks_overdue']);
export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  accountId: Id,
  /** Null for task reminders. */
  threadId: Id.nullable(),
  messageId: Id.nullable(),
  /** The task a reminder is about (null for messages and the overdue digest). */
  taskId: Id.nullable(),
  /** Plain text; render as text. */
  title: z.string(),
  preview: z.string().nullable(),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
  /** A conversation or a ticket (whose page is /tickets/{threadId}); null for task reminders. */
  threadKind: ThreadKind.nullable(),
  /**
   * Relative link for the UI: /threads/{threadId}#message-{messageId} for a conversation (prefix with /console for
   * staff); /tickets/{threadId}#message-{messageId} for a ticket (staff: /console/tickets/...); /tasks/{taskId}
   * for a task reminder and /tasks for the overdue digest (staff: /console/tasks...).
   */
  link: z.string(),
  abilities: Abilities('markRead'),
});
export type Notification = z.infer<typeof Notification>;

export const EmailFrequency = z.enum(['immediately', 'daily', 'off']);
export type EmailFrequency = z.infer<typeof EmailFrequency>;
export const NotificationPreferences = z.object({
  /**
   * Per module. `projects`: task reminders and the overdue digest, which are daily by nature, so `immediately` and
   * `daily` both send them and `off` sends none (the notification center still shows them). `approvals`: requests
   * and reminders, sent as they come for `immediately` and `daily`. `orders`: an order's status changes, sent as
   * they come for `immediately` and `daily`. `signatures`: notices only (a document was signed by everyone, with
   * the link to the signed copy), sent as they come for `immediately` and `daily`; requests to sign and reminders
   * are required mail and follow no preference (docs/SIGNATURES.md says why). `billing`: notices only (an automatic
   * charge of a saved card was declined, with the reason and a link to pay or change the card), sent as they come
   * for `immediately` and `daily`; invoices, quotes, receipts, reminders and a bank's request to authenticate a
   * payment are required mail and follow no preference.
   */
  email: z.object({
    messages: EmailFrequency,
    projects: EmailFrequency,
    approvals: EmailFrequency,
    /** Onboarding: a step opened for the client. */
    onboarding: EmailFrequency,
    orders: EmailFrequency,
    /** E-signature notices: an envelope completed (requests to sign are not optional). */
    signatures: EmailFrequency,
    /** Billing notices: a declined automatic charge (invoices and payment requests are not optional). */
    billing: EmailFrequency,
  }),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;
/** A module left out keeps its setting. */
export const UpdateNotificationPreferences = z
  .object({
    email: z
      .object({
        messages: EmailFrequency.optional(),
        projects: EmailFrequency.optional(),
        approvals: EmailFrequency.optional(),
        onboarding: EmailFrequency.optional(),
        orders: EmailFrequency.optional(),
        signatures: EmailFrequency.optional(),
        billing: EmailFrequency.optional(),
      })
      .strict(),
  })
  .strict();
export type UpdateNotificationPreferences = z.infer<typeof UpdateNotificationPreferences>;

export const ConversationSettings = z.object({
  /** Emails say only "You have a new message from <portal>", never the content or subject. */
  hideMessageContentInEmail: z.boolean(),
  /** Minutes between two emails about one thread to one person. */
  emailGroupingMinutes: z.number().int(),
  /** Address people reply to, when inbound email is configured; null otherwise. */
  inboundEmailDomain: z.string().nullable(),
  abilities: Abilities('update'),
});
export type ConversationSettings = z.infer<typeof ConversationSettings>;
export const UpdateConversationSettings = z
  .object({
    hideMessageContentInEmail: z.boolean(),
    emailGroupingMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  })
  .partial()
  .strict();

export const JobStatus = z.enum(['queued', 'running', 'done', 'failed']);
export const Job = z.object({
  id: Id,
  kind: z.string(),
  status: JobStatus,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: Timestamp,
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  abilities: Abilities('retry'),
});
export type Job = z.infer<typeof Job>;
export const JobListQuery = ListQuery.extend({ status: JobStatus.optional() });

export const InboundResult = z.object({ accepted: z.boolean(), reason: z.string().optional() });
