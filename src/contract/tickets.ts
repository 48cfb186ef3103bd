import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';
import { MESSAGE_BODY_MAX, Participant } from './conversations.ts';

/*
 * Tickets (module `tickets`): a ticket is a conversations thread of kind 'ticket' plus the fields agents work
 * with. Messages and internal notes are the conversations engine's Message; for customers a ticket is visible
 * only to its requester and CCs, and to the account's admins when the segment allows it
 * (segment.ticketsVisibleToAccountAdmins). Everyone else gets 404, as for a missing ticket.
 *
 * Endpoints (all under /api/v1):
 *   GET    /tickets?...TicketQueueQuery                    Page<Ticket> + counts: staff see the queue (filters, sort, keyset);
 *                                                          customers see the tickets visible to them (status filter only)
 *   GET    /tickets/counts?...TicketQueueQuery             TicketCounts (capped: "1,000+" stays fast)
 *   POST   /tickets                                        CreateTicket (Idempotency-Key honoured) -> 201 Ticket
 *   POST   /tickets/attachments?name=&accountId=           raw body upload for a new ticket's description -> 201 Attachment
 *                                                   (send its id in CreateTicket.attachmentIds)
 *   GET    /tickets/{ticketId}                             Ticket (with sla, fields, ccs, presence, abilities)
 *   PATCH  /tickets/{ticketId}                             UpdateTicket (If-Match: version) -> Ticket. Customers: subject, ccs,
 *                                                          customer-visible fields, status 'solved' (close own) only; other
 *                                                          staff-only fields are refused with 403 `not_allowed`, never applied.
 *   GET    /tickets/{ticketId}/messages                    Page<Message>, newest first (notes only for staff)
 *   POST   /tickets/{ticketId}/messages                    TicketReply -> 201 Message (staff may set the status in the same call)
 *   POST   /tickets/{ticketId}/merge                       MergeTickets { intoTicketId } -> Ticket (the target)
 *   POST   /tickets/{ticketId}/presence                    TicketPresenceUpdate -> TicketPresenceList (heartbeat, staff)
 *   POST   /tickets/bulk                                   BulkTicketUpdate -> BulkTicketResult (each item authorized)
 *   GET    /tickets/export.csv?...TicketQueueQuery         text/csv (staff; cells starting = + - @ are neutralized)
 *   POST   /tickets/{ticketId}/rating                      RateTicket (requester, portal) -> TicketRating
 *   POST   /ticket-ratings/by-token                        RateByToken (public, the one-click email link) -> TicketRating
 *
 *   GET/POST        /ticket-views, PATCH/DELETE /ticket-views/{viewId}        saved views (own or shared)
 *   GET/POST        /canned-replies, PATCH/DELETE /canned-replies/{cannedReplyId}
 *   POST            /tickets/{ticketId}/canned-replies/{cannedReplyId}/render -> { body } placeholders filled for the ticket
 *   GET/POST        /ticket-groups, PATCH/DELETE /ticket-groups/{groupId}     (admins write)
 *   GET             /segments/{segmentId}/ticket-fields, POST same; PATCH/DELETE /ticket-fields/{fieldId} (admins write)
 *   GET/POST        /business-calendars, GET/PATCH/DELETE /business-calendars/{calendarId}   (schemas: sla.ts)
 *   GET/POST        /sla-policies, PATCH/DELETE /sla-policies/{policyId}
 *   GET/PATCH       /ticket-settings                      TicketSettings (staff read, admins write)
 *
 *   POST   /deflection/events  (schemas of deflection and reports: support.ts)  DeflectionEvent -> Ok
 *   POST   /ticket-form-sessions                          -> 201 { id } (signed in: opening the new-ticket form)
 *   POST   /ticket-form-sessions/{sessionId}/events       TicketFormEvent -> Ok (suggestion shown/opened, leave)
 *   GET    /support-reports?from=&to=&segmentId=&interval=day|week   SupportReport (staff)
 *
 * Statuses: new (nobody answered yet) -> open -> pending_customer (waiting on the customer; the SLA resolution clock
 * pauses) / on_hold -> solved -> closed (automatically after TicketSettings.autoCloseDays; a closed ticket is final:
 * a reply to it opens a follow-up ticket). A customer reply reopens a solved ticket within reopenDays.
 */

export const TicketStatus = z.enum(['new', 'open', 'pending_customer', 'on_hold', 'solved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;
export const TicketPriority = z.enum(['low', 'normal', 'high', 'urgent']);
export type TicketPriority = z.infer<typeof TicketPriority>;
export const TicketChannel = z.enum(['web', 'email', 'api']);
export const TicketFieldType = z.enum(['text', 'number', 'date', 'select']);
export const SlaMetric = z.enum(['first_response', 'next_response', 'resolution']);
export type SlaMetric = z.infer<typeof SlaMetric>;

export const TicketTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}_-]+$/u, 'Letters, digits, - and _');
/** A custom field value: text, number, ISO date (YYYY-MM-DD) or one of the select options; null clears it. */
export const TicketFieldValue = z.union([z.string().max(2000), z.number().finite(), z.null()]);

export const TicketField = z.object({
  id: Id,
  segmentId: Id,
  label: z.string(),
  type: TicketFieldType,
  options: z.array(z.string()),
  required: z.boolean(),
  customerVisible: z.boolean(),
  position: z.number().int(),
  abilities: Abilities('update', 'delete'),
});
export type TicketField = z.infer<typeof TicketField>;
export const CreateTicketField = z
  .object({
    label: z.string().trim().min(1).max(80),
    type: TicketFieldType,
    options: z.array(z.string().trim().min(1).max(80)).max(100).default([]),
    required: z.boolean().default(false),
    customerVisible: z.boolean().default(true),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
// Update bodies are written out without defaults: zod's .partial() keeps a create schema's defaults, so an
// omitted field would be reset instead of left alone.
export const UpdateTicketField = z
  .object({
    label: CreateTicketField.shape.label,
    options: z.array(z.string().trim().min(1).max(80)).max(100),
    required: z.boolean(),
    customerVisible: z.boolean(),
    position: z.number().int().min(0).max(10_000),
  })
  .partial()
  .strict();

/** One target clock as both sides see it. dueAt null: not running (met, paused or no target). */
export const SlaTarget = z.object({
  metric: SlaMetric,
  targetMinutes: z.number().int().nullable(),
  dueAt: Timestamp.nullable(),
  breached: z.boolean(),
  metAt: Timestamp.nullable(),
  paused: z.boolean(),
});
export const TicketSla = z.object({
  policyId: Id.nullable(),
  /** The soonest running due time: what the customer sees as "we'll reply by". */
  dueAt: Timestamp.nullable(),
  targets: z.array(SlaTarget),
});

export const TicketPresence = z.object({
  user: Participant,
  state: z.enum(['viewing', 'replying']),
  expiresAt: Timestamp,
});
export const TicketPresenceList = z.object({ items: z.array(TicketPresence) });
export const TicketPresenceUpdate = z.object({ state: z.enum(['viewing', 'replying', 'left']) }).strict();

export const TicketRating = z.object({
  ticketId: Id,
  rating: z.enum(['good', 'bad']).nullable(),
  comment: z.string().nullable(),
  ratedAt: Timestamp.nullable(),
});
export type TicketRating = z.infer<typeof TicketRating>;

export const Ticket = z.object({
  id: Id,
  number: z.number().int(),
  subject: z.string(),
  accountId: Id,
  accountName: z.string(),
  segmentId: Id,
  requester: Participant.nullable(),
  ccs: z.array(Participant),
  status: TicketStatus,
  priority: TicketPriority,
  /** Staff-only fields are null for customers (never leaked): assignee, group, tags. */
  assignee: Participant.nullable(),
  group: z.object({ id: Id, name: z.string() }).nullable(),
  tags: z.array(z.string()),
  /** Values keyed by field id; customers get only customer-visible fields. */
  customFields: z.record(z.string(), TicketFieldValue),
  channel: TicketChannel,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  solvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  mergedIntoTicketId: Id.nullable(),
  lastMessagePreview: z.string().nullable(),
  unreadCount: z.number().int(),
  sla: TicketSla,
  /** Requester: your latest rating request. Staff: the customer's latest rating (else the pending request). Or null. */
  rating: TicketRating.nullable(),
  /** Other staff who have the ticket open right now (collision warning); always empty for customers. */
  presence: z.array(TicketPresence),
  version: z.number().int(),
  abilities: Abilities(
    'view',
    'reply',
    'addNote',
    'update',
    'assign',
    'setStatus',
    'setPriority',
    'merge',
    'rate',
    'reopen',
  ),
});
export type Ticket = z.infer<typeof Ticket>;

export const TicketSort = z.enum(['updated_desc', 'updated_asc', 'due_asc', 'created_desc', 'priority_desc']);
export const TicketQueueQuery = ListQuery.extend({
  status: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(TicketStatus).max(6)).optional(),
  /** An agent's id, 'me' or 'none' (unassigned). */
  assignee: z.union([Id, z.enum(['me', 'none'])]).optional(),
  groupId: z.union([Id, z.literal('none')]).optional(),
  segmentId: Id.optional(),
  accountId: Id.optional(),
  requesterId: Id.optional(),
  priority: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(TicketPriority).max(4)).optional(),
  tag: TicketTag.optional(),
  /** due_soon: a running target due within the next hour; breached: a running target past due. */
  sla: z.enum(['due_soon', 'breached']).optional(),
  q: z.string().trim().max(200).optional(),
  sort: TicketSort.default('updated_desc'),
});
export type TicketQueueQuery = z.infer<typeof TicketQueueQuery>;
export const TicketCounts = z.object({
  /** Capped at `cap`: when `capped` is true the true count is at least that. */
  total: z.number().int(),
  capped: z.boolean(),
  byStatus: z.record(TicketStatus, z.number().int()),
  cap: z.number().int(),
});

export const CreateTicket = z
  .object({
    subject: z.string().trim().min(1).max(200),
    body: z.string().max(MESSAGE_BODY_MAX).describe('Markdown; at most 20,000 characters'),
    /** Customers: defaults to the active account; must be one of theirs. Staff: required. */
    accountId: Id.optional(),
    /** Staff only: file on behalf of a member of the account (default: the staff member is requester only via API). */
    requesterId: Id.optional(),
    /** People of the same account to copy. */
    ccUserIds: z.array(Id).max(20).optional(),
    customFields: z.record(Id, TicketFieldValue).optional(),
    attachmentIds: z.array(Id).max(10).optional(),
    /** The ticket form session that led here (deflection tracking). */
    formSessionId: Id.optional(),
    // Staff only; a customer sending these gets 403 `not_allowed`.
    priority: TicketPriority.optional(),
    assigneeId: Id.nullable().optional(),
    groupId: Id.nullable().optional(),
    tags: z.array(TicketTag).max(30).optional(),
    status: TicketStatus.optional(),
  })
  .strict();
export type CreateTicket = z.infer<typeof CreateTicket>;

export const UpdateTicket = z
  .object({
    subject: z.string().trim().min(1).max(200).optional(),
    status: TicketStatus.optional(),
    priority: TicketPriority.optional(),
    assigneeId: Id.nullable().optional(),
    groupId: Id.nullable().optional(),
    tags: z.array(TicketTag).max(30).optional(),
    ccUserIds: z.array(Id).max(20).optional(),
    customFields: z.record(Id, TicketFieldValue).optional(),
  })
  .strict();
export type UpdateTicket = z.infer<typeof UpdateTicket>;

export const TicketReply = z
  .object({
    body: z.string().describe('Markdown, at most 20,000 characters (413 beyond)'),
    internal: z.boolean().optional(),
    attachmentIds: z.array(Id).max(10).optional(),
    /** Staff: the status after this reply (e.g. pending_customer, solved). Default: new -> open, otherwise unchanged. */
    status: TicketStatus.optional(),
  })
  .strict();

export const MergeTickets = z.object({ intoTicketId: Id }).strict();

export const BulkTicketUpdate = z
  .object({
    ticketIds: z.array(Id).min(1).max(100),
    assigneeId: Id.nullable().optional(),
    groupId: Id.nullable().optional(),
    status: TicketStatus.optional(),
    priority: TicketPriority.optional(),
    addTags: z.array(TicketTag).max(10).optional(),
  })
  .strict();
export const BulkTicketResult = z.object({
  items: z.array(
    z.object({ id: Id, ok: z.boolean(), code: z.string().nullable(), ticket: z.lazy(() => Ticket).nullable() }),
  ),
});

export const RateTicket = z
  .object({ rating: z.enum(['good', 'bad']), comment: z.string().trim().max(2000).optional() })
  .strict();
export const RateByToken = RateTicket.extend({ token: z.string().min(20).max(200) }).strict();

/** A view's stored filters as responses carry them: arrays stay arrays (no comma-splitting preprocess, which cannot encode). */
export const TicketViewFilters = TicketQueueQuery.omit({ cursor: true, limit: true })
  .extend({
    status: z.array(TicketStatus).max(6),
    priority: z.array(TicketPriority).max(4),
  })
  .partial();
export const TicketView = z.object({
  id: Id,
  name: z.string(),
  shared: z.boolean(),
  filters: TicketViewFilters,
  position: z.number().int(),
  abilities: Abilities('update', 'delete'),
});
export type TicketView = z.infer<typeof TicketView>;
export const CreateTicketView = z
  .object({
    name: z.string().trim().min(1).max(80),
    shared: z.boolean().default(false),
    filters: TicketQueueQuery.omit({ cursor: true, limit: true }).partial(),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
export const UpdateTicketView = z
  .object({
    name: CreateTicketView.shape.name,
    shared: z.boolean(),
    filters: CreateTicketView.shape.filters,
    position: z.number().int().min(0).max(10_000),
  })
  .partial()
  .strict();

/** Placeholders: {{requester.name}} {{requester.firstName}} {{ticket.number}} {{ticket.subject}} {{account.name}} {{agent.name}} {{portal.name}}. */
export const CANNED_PLACEHOLDERS = [
  'requester.name',
  'requester.firstName',
  'ticket.number',
  'ticket.subject',
  'account.name',
  'agent.name',
  'portal.name',
] as const;
export const CannedReply = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  shared: z.boolean(),
  updatedAt: Timestamp,
  abilities: Abilities('update', 'delete'),
});
export type CannedReply = z.infer<typeof CannedReply>;
export const CreateCannedReply = z
  .object({
    title: z.string().trim().min(1).max(120),
    body: z.string().min(1).max(MESSAGE_BODY_MAX),
    shared: z.boolean().default(true),
  })
  .strict();
export const UpdateCannedReply = z
  .object({ title: CreateCannedReply.shape.title, body: CreateCannedReply.shape.body, shared: z.boolean() })
  .partial()
  .strict();
export const RenderedCannedReply = z.object({ body: z.string() });

export const TicketGroup = z.object({
  id: Id,
  name: z.string(),
  members: z.array(Participant),
  abilities: Abilities('update', 'delete'),
});
export const CreateTicketGroup = z
  .object({ name: z.string().trim().min(1).max(80), memberIds: z.array(Id).max(500).default([]) })
  .strict();
export const UpdateTicketGroup = z
  .object({ name: CreateTicketGroup.shape.name, memberIds: z.array(Id).max(500) })
  .partial()
  .strict();

export const TicketSettings = z.object({
  autoCloseDays: z.number().int(),
  reopenDays: z.number().int(),
  /** Segment whose unknown-sender policy applies to mail at the support address from an unknown person. */
  emailSegmentId: Id.nullable(),
  /** Where customers email to open a ticket (null: email intake is off: INBOUND_EMAIL_DOMAIN not set). */
  supportAddress: z.string().nullable(),
  abilities: Abilities('update'),
});
export const UpdateTicketSettings = z
  .object({
    autoCloseDays: z.number().int().min(1).max(90).optional(),
    reopenDays: z.number().int().min(0).max(365).optional(),
    emailSegmentId: Id.nullable().optional(),
  })
  .strict();
