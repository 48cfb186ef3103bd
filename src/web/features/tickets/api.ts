import type { z } from 'zod';
import type {
  BulkTicketResult,
  BulkTicketUpdate,
  BusinessCalendar,
  CannedReply,
  CreateBusinessCalendar,
  CreateCannedReply,
  CreateSlaPolicy,
  CreateTicket,
  CreateTicketField,
  CreateTicketGroup,
  CreateTicketView,
  KbArticleSummary,
  Message,
  SlaPolicy,
  SupportReport,
  SupportReportQuery,
  Ticket,
  TicketCounts,
  TicketField,
  TicketFormEvent,
  TicketGroup,
  TicketPresenceList,
  TicketPresenceUpdate,
  TicketQueueQuery,
  TicketRating,
  TicketReply,
  TicketSettings,
  TicketActivity,
  TicketStatus,
  TicketView,
  UpdateBusinessCalendar,
  UpdateCannedReply,
  UpdateSlaPolicy,
  UpdateTicket,
  UpdateTicketField,
  UpdateTicketGroup,
  UpdateTicketSettings,
  UpdateTicketView,
} from '../../../contract/index.ts';
import { API_BASE, currentCsrfToken, type Query } from '../../api/client.ts';
import type { Page } from '../../api/hooks.ts';
import { dataOf, porticoApi, type BodyOf } from '../../api/typed-client.ts';
import type { GetQuery as QueryOf } from '../../api/typed-hooks.ts';

/*
 * The ticket API calls shared by the portal (customers) and the console (staff); src/contract/tickets.ts lists the
 * endpoints. Types come from the zod contract (type-only import: nothing of zod ships to the browser).
 */

export type TicketQuery = Partial<z.input<typeof TicketQueueQuery>>;
export type TicketCountsResult = z.infer<typeof TicketCounts>;
export type CreateTicketBody = z.input<typeof CreateTicket>;
export type UpdateTicketBody = z.input<typeof UpdateTicket>;
export type TicketReplyBody = z.input<typeof TicketReply>;
export type TicketRatingValue = 'good' | 'bad';
export type TicketFormEventBody = z.input<typeof TicketFormEvent>;
export type TicketGroupItem = z.infer<typeof TicketGroup>;
export type TicketPresenceItems = z.infer<typeof TicketPresenceList>;
export type TicketSettingsResult = z.infer<typeof TicketSettings>;
export type BulkResult = z.infer<typeof BulkTicketResult>;
export type SupportReportParams = Partial<z.input<typeof SupportReportQuery>>;

export const TICKETS = '/tickets';
/** A ticket's field history (staff), paged newest first. */
export const ticketActivityPath = (ticketId: string) => `${TICKETS}/${ticketId}/activity`;

/** Statuses a customer thinks of as "still going" vs "done" (the My tickets filter). */
export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending_customer', 'on_hold'];
export const DONE_STATUSES: readonly TicketStatus[] = ['solved', 'closed'];

/** Arrays in the queue query travel comma-separated (the contract splits them). */
export function ticketQuery(query: TicketQuery): Query {
  const out: Query = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    out[key] = Array.isArray(value) ? value.join(',') : (value as string | number | boolean);
  }
  return out;
}

const ticket = (ticketId: string) => ({ params: { path: { ticketId } } });
const ifMatch = (version: number) => ({ 'If-Match': String(version) });
/** The queue query as the typed client sends it (arrays comma-separated, see `ticketQuery`). */
const queueQuery = (query: TicketQuery) => ticketQuery(query) as Record<string, string>;

/** The ticket API calls, through the typed client (`dataOf`: the call's data; failures are thrown as ApiError). */
export const ticketsApi = {
  // Tickets
  list: (query: TicketQuery = {}): Promise<Page<Ticket>> =>
    dataOf(porticoApi.GET('/api/v1/tickets', { params: { query: queueQuery(query) } })),
  counts: (query: TicketQuery = {}) =>
    dataOf(porticoApi.GET('/api/v1/tickets/counts', { params: { query: queueQuery(query) } })),
  get: (ticketId: string): Promise<Ticket> => dataOf(porticoApi.GET('/api/v1/tickets/{ticketId}', ticket(ticketId))),
  create: (body: CreateTicketBody, idempotencyKey: string): Promise<Ticket> =>
    dataOf(porticoApi.POST('/api/v1/tickets', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
  update: (current: Pick<Ticket, 'id' | 'version'>, body: UpdateTicketBody): Promise<Ticket> =>
    dataOf(
      porticoApi.PATCH('/api/v1/tickets/{ticketId}', {
        ...ticket(current.id),
        body,
        headers: ifMatch(current.version),
      }),
    ),
  messages: (ticketId: string, query: QueryOf<'/api/v1/tickets/{ticketId}/messages'> = {}): Promise<Page<Message>> =>
    dataOf(porticoApi.GET('/api/v1/tickets/{ticketId}/messages', { params: { path: { ticketId }, query } })),
  reply: (ticketId: string, body: TicketReplyBody, idempotencyKey: string): Promise<Message> =>
    dataOf(
      porticoApi.POST('/api/v1/tickets/{ticketId}/messages', {
        ...ticket(ticketId),
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    ),
  merge: (ticketId: string, intoTicketId: string): Promise<Ticket> =>
    dataOf(porticoApi.POST('/api/v1/tickets/{ticketId}/merge', { ...ticket(ticketId), body: { intoTicketId } })),
  presence: (ticketId: string, body: z.input<typeof TicketPresenceUpdate>): Promise<TicketPresenceItems> =>
    dataOf(porticoApi.POST('/api/v1/tickets/{ticketId}/presence', { ...ticket(ticketId), body })),
  activity: (
    ticketId: string,
    query: QueryOf<'/api/v1/tickets/{ticketId}/activity'> = {},
  ): Promise<Page<TicketActivity>> =>
    dataOf(porticoApi.GET('/api/v1/tickets/{ticketId}/activity', { params: { path: { ticketId }, query } })),
  bulk: (body: z.input<typeof BulkTicketUpdate>): Promise<BulkResult> =>
    dataOf(porticoApi.POST('/api/v1/tickets/bulk', { body })),
  exportCsvUrl: (query: TicketQuery = {}) => {
    const params = new URLSearchParams(ticketQuery(query) as Record<string, string>);
    const qs = params.toString();
    return `${API_BASE}${TICKETS}/export.csv${qs ? `?${qs}` : ''}`;
  },

  // Satisfaction
  rate: (ticketId: string, rating: TicketRatingValue, comment?: string): Promise<TicketRating> =>
    dataOf(
      porticoApi.POST('/api/v1/tickets/{ticketId}/rating', {
        ...ticket(ticketId),
        body: comment ? { rating, comment } : { rating },
      }),
    ),
  rateByToken: (token: string, rating: TicketRatingValue, comment?: string): Promise<TicketRating> =>
    dataOf(
      porticoApi.POST('/api/v1/ticket-ratings/by-token', {
        body: comment ? { token, rating, comment } : { token, rating },
        authRedirect: false,
      }),
    ),

  // Saved views
  views: (): Promise<{ items: TicketView[] }> => dataOf(porticoApi.GET('/api/v1/ticket-views')),
  // The view's filters are the queue query's input (`status` preprocessed by the contract): the server checks them.
  createView: (body: z.input<typeof CreateTicketView>): Promise<TicketView> =>
    dataOf(porticoApi.POST('/api/v1/ticket-views', { body: body as BodyOf<'/api/v1/ticket-views', 'post'> })),
  updateView: (viewId: string, body: z.input<typeof UpdateTicketView>): Promise<TicketView> =>
    dataOf(
      porticoApi.PATCH('/api/v1/ticket-views/{viewId}', {
        params: { path: { viewId } },
        body: body as BodyOf<'/api/v1/ticket-views/{viewId}', 'patch'>,
      }),
    ),
  deleteView: (viewId: string) => porticoApi.DELETE('/api/v1/ticket-views/{viewId}', { params: { path: { viewId } } }),

  // Canned replies
  cannedReplies: (): Promise<{ items: CannedReply[] }> => dataOf(porticoApi.GET('/api/v1/canned-replies')),
  createCannedReply: (body: z.input<typeof CreateCannedReply>): Promise<CannedReply> =>
    dataOf(porticoApi.POST('/api/v1/canned-replies', { body })),
  updateCannedReply: (cannedReplyId: string, body: z.input<typeof UpdateCannedReply>): Promise<CannedReply> =>
    dataOf(porticoApi.PATCH('/api/v1/canned-replies/{cannedReplyId}', { params: { path: { cannedReplyId } }, body })),
  deleteCannedReply: (cannedReplyId: string) =>
    porticoApi.DELETE('/api/v1/canned-replies/{cannedReplyId}', { params: { path: { cannedReplyId } } }),
  renderCannedReply: (ticketId: string, cannedReplyId: string): Promise<{ body: string }> =>
    dataOf(
      porticoApi.POST('/api/v1/tickets/{ticketId}/canned-replies/{cannedReplyId}/render', {
        params: { path: { ticketId, cannedReplyId } },
      }),
    ),

  // Groups
  groups: (): Promise<{ items: TicketGroupItem[] }> => dataOf(porticoApi.GET('/api/v1/ticket-groups')),
  createGroup: (body: z.input<typeof CreateTicketGroup>): Promise<TicketGroupItem> =>
    dataOf(porticoApi.POST('/api/v1/ticket-groups', { body })),
  updateGroup: (groupId: string, body: z.input<typeof UpdateTicketGroup>): Promise<TicketGroupItem> =>
    dataOf(porticoApi.PATCH('/api/v1/ticket-groups/{groupId}', { params: { path: { groupId } }, body })),
  deleteGroup: (groupId: string) =>
    porticoApi.DELETE('/api/v1/ticket-groups/{groupId}', { params: { path: { groupId } } }),

  // Custom fields (per segment)
  fields: (segmentId: string): Promise<{ items: TicketField[] }> =>
    dataOf(porticoApi.GET('/api/v1/segments/{segmentId}/ticket-fields', { params: { path: { segmentId } } })),
  createField: (segmentId: string, body: z.input<typeof CreateTicketField>): Promise<TicketField> =>
    dataOf(porticoApi.POST('/api/v1/segments/{segmentId}/ticket-fields', { params: { path: { segmentId } }, body })),
  updateField: (fieldId: string, body: z.input<typeof UpdateTicketField>): Promise<TicketField> =>
    dataOf(porticoApi.PATCH('/api/v1/ticket-fields/{fieldId}', { params: { path: { fieldId } }, body })),
  deleteField: (fieldId: string) =>
    porticoApi.DELETE('/api/v1/ticket-fields/{fieldId}', { params: { path: { fieldId } } }),

  // Business calendars and SLA policies
  calendars: (): Promise<{ items: BusinessCalendar[] }> => dataOf(porticoApi.GET('/api/v1/business-calendars')),
  calendar: (calendarId: string): Promise<BusinessCalendar> =>
    dataOf(porticoApi.GET('/api/v1/business-calendars/{calendarId}', { params: { path: { calendarId } } })),
  createCalendar: (body: z.input<typeof CreateBusinessCalendar>): Promise<BusinessCalendar> =>
    dataOf(porticoApi.POST('/api/v1/business-calendars', { body })),
  updateCalendar: (
    calendar: Pick<BusinessCalendar, 'id' | 'version'>,
    body: z.input<typeof UpdateBusinessCalendar>,
  ): Promise<BusinessCalendar> =>
    dataOf(
      porticoApi.PATCH('/api/v1/business-calendars/{calendarId}', {
        params: { path: { calendarId: calendar.id } },
        body,
        headers: ifMatch(calendar.version),
      }),
    ),
  deleteCalendar: (calendarId: string) =>
    porticoApi.DELETE('/api/v1/business-calendars/{calendarId}', { params: { path: { calendarId } } }),
  slaPolicies: (query: QueryOf<'/api/v1/sla-policies'> = {}): Promise<{ items: SlaPolicy[] }> =>
    dataOf(porticoApi.GET('/api/v1/sla-policies', { params: { query } })),
  createSlaPolicy: (body: z.input<typeof CreateSlaPolicy>): Promise<SlaPolicy> =>
    dataOf(porticoApi.POST('/api/v1/sla-policies', { body })),
  updateSlaPolicy: (
    policy: Pick<SlaPolicy, 'id' | 'version'>,
    body: z.input<typeof UpdateSlaPolicy>,
  ): Promise<SlaPolicy> =>
    dataOf(
      porticoApi.PATCH('/api/v1/sla-policies/{policyId}', {
        params: { path: { policyId: policy.id } },
        body,
        headers: ifMatch(policy.version),
      }),
    ),
  deleteSlaPolicy: (policyId: string) =>
    porticoApi.DELETE('/api/v1/sla-policies/{policyId}', { params: { path: { policyId } } }),

  // Settings
  settings: (): Promise<TicketSettingsResult> => dataOf(porticoApi.GET('/api/v1/ticket-settings')),
  updateSettings: (body: z.input<typeof UpdateTicketSettings>): Promise<TicketSettingsResult> =>
    dataOf(porticoApi.PATCH('/api/v1/ticket-settings', { body })),

  // Deflection
  openFormSession: (): Promise<{ id: string }> => dataOf(porticoApi.POST('/api/v1/ticket-form-sessions')),
  formEvent: (sessionId: string, body: TicketFormEventBody) =>
    porticoApi.POST('/api/v1/ticket-form-sessions/{sessionId}/events', { params: { path: { sessionId } }, body }),
  helpSession: (key: string) =>
    porticoApi.POST('/api/v1/deflection/events', { body: { kind: 'help_session', key }, authRedirect: false }),
  /** Knowledge-base titles matching what the customer types (the deflection panel). */
  suggestions: (q: string, signal?: AbortSignal): Promise<{ items: KbArticleSummary[] }> =>
    dataOf(porticoApi.GET('/api/v1/knowledge-base/suggestions', { params: { query: { q, limit: 5 } }, signal })),

  // Reports (staff)
  supportReport: (query: SupportReportParams = {}): Promise<SupportReport> =>
    dataOf(porticoApi.GET('/api/v1/support-reports', { params: { query } })),
};

/**
 * A write that must survive the page going away (the "left the form" event): `fetch` with `keepalive`, because
 * `navigator.sendBeacon` cannot carry the X-CSRF-Token header the API requires on every write.
 */
export async function sendKeepalive(path: string, body: unknown): Promise<void> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const csrf = await currentCsrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  try {
    await fetch(API_BASE + path, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      credentials: 'same-origin',
      keepalive: true,
    });
  } catch {
    // Best effort: the abandonment sweep counts a session nobody closed.
  }
}

const HELP_SESSION_KEY = 'portico.helpSession';

function randomKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // 64 symbols: a byte's low six bits pick one without bias.
  return [...crypto.getRandomValues(new Uint8Array(32))].map((byte) => alphabet[byte & 63]).join('');
}

/**
 * Count one help-center session per tab (the support report's self-service score): the key lives in
 * sessionStorage, and the event is sent the first time the tab opens the portal's help page.
 */
export function recordHelpSession(): void {
  let key: string | null = null;
  try {
    if (window.sessionStorage.getItem(HELP_SESSION_KEY)) return;
    key = randomKey();
    window.sessionStorage.setItem(HELP_SESSION_KEY, key);
  } catch {
    return; // No storage: we could not tell one visit from the next, so count nothing.
  }
  ticketsApi.helpSession(key).catch(() => {
    window.sessionStorage.removeItem(HELP_SESSION_KEY);
  });
}
