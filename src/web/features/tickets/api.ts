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
import { api, API_BASE, currentCsrfToken, type Query } from '../../api/client.ts';
import type { Page } from '../../api/hooks.ts';

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

export const ticketsApi = {
  // Tickets
  list: (query: TicketQuery = {}) => api<Page<Ticket>>(TICKETS, { query: ticketQuery(query) }),
  counts: (query: TicketQuery = {}) => api<TicketCountsResult>(`${TICKETS}/counts`, { query: ticketQuery(query) }),
  get: (ticketId: string) => api<Ticket>(`${TICKETS}/${ticketId}`),
  create: (body: CreateTicketBody, idempotencyKey: string) =>
    api<Ticket>(TICKETS, { method: 'POST', body, idempotencyKey }),
  update: (ticket: Pick<Ticket, 'id' | 'version'>, body: UpdateTicketBody) =>
    api<Ticket>(`${TICKETS}/${ticket.id}`, { method: 'PATCH', body, ifMatch: ticket.version }),
  messages: (ticketId: string, query: Query = {}) => api<Page<Message>>(`${TICKETS}/${ticketId}/messages`, { query }),
  reply: (ticketId: string, body: TicketReplyBody, idempotencyKey: string) =>
    api<Message>(`${TICKETS}/${ticketId}/messages`, { method: 'POST', body, idempotencyKey }),
  merge: (ticketId: string, intoTicketId: string) =>
    api<Ticket>(`${TICKETS}/${ticketId}/merge`, { method: 'POST', body: { intoTicketId } }),
  presence: (ticketId: string, body: z.input<typeof TicketPresenceUpdate>) =>
    api<TicketPresenceItems>(`${TICKETS}/${ticketId}/presence`, { method: 'POST', body }),
  activity: (ticketId: string, query: Query = {}) => api<Page<TicketActivity>>(ticketActivityPath(ticketId), { query }),
  bulk: (body: z.input<typeof BulkTicketUpdate>) => api<BulkResult>(`${TICKETS}/bulk`, { method: 'POST', body }),
  exportCsvUrl: (query: TicketQuery = {}) => {
    const params = new URLSearchParams(ticketQuery(query) as Record<string, string>);
    const qs = params.toString();
    return `${API_BASE}${TICKETS}/export.csv${qs ? `?${qs}` : ''}`;
  },

  // Satisfaction
  rate: (ticketId: string, rating: TicketRatingValue, comment?: string) =>
    api<TicketRating>(`${TICKETS}/${ticketId}/rating`, {
      method: 'POST',
      body: comment ? { rating, comment } : { rating },
    }),
  rateByToken: (token: string, rating: TicketRatingValue, comment?: string) =>
    api<TicketRating>('/ticket-ratings/by-token', {
      method: 'POST',
      body: comment ? { token, rating, comment } : { token, rating },
      authRedirect: false,
    }),

  // Saved views
  views: () => api<{ items: TicketView[] }>('/ticket-views'),
  createView: (body: z.input<typeof CreateTicketView>) => api<TicketView>('/ticket-views', { method: 'POST', body }),
  updateView: (viewId: string, body: z.input<typeof UpdateTicketView>) =>
    api<TicketView>(`/ticket-views/${viewId}`, { method: 'PATCH', body }),
  deleteView: (viewId: string) => api(`/ticket-views/${viewId}`, { method: 'DELETE' }),

  // Canned replies
  cannedReplies: (query: Query = {}) => api<Page<CannedReply>>('/canned-replies', { query }),
  createCannedReply: (body: z.input<typeof CreateCannedReply>) =>
    api<CannedReply>('/canned-replies', { method: 'POST', body }),
  updateCannedReply: (id: string, body: z.input<typeof UpdateCannedReply>) =>
    api<CannedReply>(`/canned-replies/${id}`, { method: 'PATCH', body }),
  deleteCannedReply: (id: string) => api(`/canned-replies/${id}`, { method: 'DELETE' }),
  renderCannedReply: (ticketId: string, cannedReplyId: string) =>
    api<{ body: string }>(`${TICKETS}/${ticketId}/canned-replies/${cannedReplyId}/render`, {
      method: 'POST',
      body: {},
    }),

  // Groups
  groups: () => api<{ items: TicketGroupItem[] }>('/ticket-groups'),
  createGroup: (body: z.input<typeof CreateTicketGroup>) =>
    api<TicketGroupItem>('/ticket-groups', { method: 'POST', body }),
  updateGroup: (groupId: string, body: z.input<typeof UpdateTicketGroup>) =>
    api<TicketGroupItem>(`/ticket-groups/${groupId}`, { method: 'PATCH', body }),
  deleteGroup: (groupId: string) => api(`/ticket-groups/${groupId}`, { method: 'DELETE' }),

  // Custom fields (per segment)
  fields: (segmentId: string) => api<{ items: TicketField[] }>(`/segments/${segmentId}/ticket-fields`),
  createField: (segmentId: string, body: z.input<typeof CreateTicketField>) =>
    api<TicketField>(`/segments/${segmentId}/ticket-fields`, { method: 'POST', body }),
  updateField: (fieldId: string, body: z.input<typeof UpdateTicketField>) =>
    api<TicketField>(`/ticket-fields/${fieldId}`, { method: 'PATCH', body }),
  deleteField: (fieldId: string) => api(`/ticket-fields/${fieldId}`, { method: 'DELETE' }),

  // Business calendars and SLA policies
  calendars: () => api<{ items: BusinessCalendar[] }>('/business-calendars'),
  calendar: (calendarId: string) => api<BusinessCalendar>(`/business-calendars/${calendarId}`),
  createCalendar: (body: z.input<typeof CreateBusinessCalendar>) =>
    api<BusinessCalendar>('/business-calendars', { method: 'POST', body }),
  updateCalendar: (calendar: Pick<BusinessCalendar, 'id' | 'version'>, body: z.input<typeof UpdateBusinessCalendar>) =>
    api<BusinessCalendar>(`/business-calendars/${calendar.id}`, { method: 'PATCH', body, ifMatch: calendar.version }),
  deleteCalendar: (calendarId: string) => api(`/business-calendars/${calendarId}`, { method: 'DELETE' }),
  slaPolicies: (query: Query = {}) => api<{ items: SlaPolicy[] }>('/sla-policies', { query }),
  createSlaPolicy: (body: z.input<typeof CreateSlaPolicy>) => api<SlaPolicy>('/sla-policies', { method: 'POST', body }),
  updateSlaPolicy: (policy: Pick<SlaPolicy, 'id' | 'version'>, body: z.input<typeof UpdateSlaPolicy>) =>
    api<SlaPolicy>(`/sla-policies/${policy.id}`, { method: 'PATCH', body, ifMatch: policy.version }),
  deleteSlaPolicy: (policyId: string) => api(`/sla-policies/${policyId}`, { method: 'DELETE' }),

  // Settings
  settings: () => api<TicketSettingsResult>('/ticket-settings'),
  updateSettings: (body: z.input<typeof UpdateTicketSettings>) =>
    api<TicketSettingsResult>('/ticket-settings', { method: 'PATCH', body }),

  // Deflection
  openFormSession: () => api<{ id: string }>('/ticket-form-sessions', { method: 'POST', body: {} }),
  formEvent: (sessionId: string, body: TicketFormEventBody) =>
    api(`/ticket-form-sessions/${sessionId}/events`, { method: 'POST', body }),
  helpSession: (key: string) =>
    api('/deflection/events', { method: 'POST', body: { kind: 'help_session', key }, authRedirect: false }),
  /** Knowledge-base titles matching what the customer types (the deflection panel). */
  suggestions: (q: string, signal?: AbortSignal) =>
    api<{ items: KbArticleSummary[] }>('/knowledge-base/suggestions', { query: { q, limit: 5 }, signal }),

  // Reports (staff)
  supportReport: (query: SupportReportParams = {}) => api<SupportReport>('/support-reports', { query: query as Query }),
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
