// The routes the cross-account walk aims at another account's objects, with the ids each names.
import { FORM_CASES } from '../forms/cross-account-cases.ts';
import { randomId } from './problem-assertions.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** The ids a request may name: the target's (someone else's) or random ones. */
export type Ids = Record<
  | 'accountId'
  | 'userId'
  | 'invitationId'
  | 'sessionId'
  | 'segmentId'
  | 'messageId'
  | 'tokenId'
  | 'folderId'
  | 'documentId'
  | 'versionId'
  | 'fileRequestId'
  | 'threadId'
  | 'attachmentId'
  | 'notificationId'
  | 'jobId'
  | 'articleId'
  | 'categoryId'
  | 'calendarId'
  | 'policyId'
  | 'ticketId'
  | 'viewId'
  | 'cannedReplyId'
  | 'groupId'
  | 'fieldId'
  | 'billingDocumentId'
  | 'taxRateId'
  | 'paymentTermId'
  | 'seriesKind'
  | 'subscriptionId'
  | 'catalogItemId'
  | 'projectId'
  | 'taskId'
  | 'itemId'
  | 'dependsOnId'
  | 'formId'
  | 'assignmentId'
  | 'submissionId'
  | 'slug'
  | 'checkoutId'
  | 'paymentId'
  | 'timeEntryId'
  | 'taskViewId'
  | 'approvalId'
  | 'webhookId'
  | 'deliveryId',
  string
>;

export interface Case {
  method: Method;
  /** The route as registered (the registry walk below checks every route with a param is listed). */
  route: string;
  /** account: inside an account, must read as missing (404). staff: portal-wide, staff only (403 for clients). */
  scope: 'account' | 'staff';
  body?: (ids: Ids) => unknown;
  /** Query string the route needs to pass validation (so the answer is about the id, not a missing field). */
  query?: string;
}

export const CASES: Case[] = [
  { method: 'GET', route: '/api/v1/accounts/:accountId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/accounts/:accountId', scope: 'account', body: () => ({ name: 'Taken over' }) },
  { method: 'GET', route: '/api/v1/accounts/:accountId/members', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/home-counts', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/obligations', scope: 'account', query: 'side=firm' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/obligations', scope: 'account', query: 'side=client' },
  // A calendar feed's secret is its path: a token that is not the caller's own (here none) reads as missing.
  { method: 'GET', route: '/api/v1/calendar/:file', scope: 'account' },
  {
    method: 'PATCH',
    route: '/api/v1/accounts/:accountId/members/:userId',
    scope: 'account',
    body: () => ({ role: 'member' }),
  },
  { method: 'DELETE', route: '/api/v1/accounts/:accountId/members/:userId', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/invitations', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/invitations',
    scope: 'account',
    body: () => ({ email: 'intruder@elsewhere.example', role: 'account_admin' }),
  },
  { method: 'DELETE', route: '/api/v1/accounts/:accountId/invitations/:invitationId', scope: 'account' },
  { method: 'DELETE', route: '/api/v1/me/sessions/:sessionId', scope: 'account' },
  { method: 'DELETE', route: '/api/v1/me/api-tokens/:tokenId', scope: 'account' },
  // The id travels in the body here, so the registry walk cannot see it.
  {
    method: 'PUT',
    route: '/api/v1/me/active-account',
    scope: 'account',
    body: (ids) => ({ accountId: ids.accountId }),
  },
  { method: 'GET', route: '/api/v1/segments/:segmentId', scope: 'staff' },
  { method: 'PATCH', route: '/api/v1/segments/:segmentId', scope: 'staff', body: () => ({ name: 'Renamed' }) },
  { method: 'PATCH', route: '/api/v1/staff-users/:userId', scope: 'staff', body: () => ({ role: 'agent' }) },
  { method: 'DELETE', route: '/api/v1/staff-users/:userId', scope: 'staff' },
  { method: 'DELETE', route: '/api/v1/staff-invitations/:invitationId', scope: 'staff' },
  { method: 'GET', route: '/api/v1/dev-mail/:messageId', scope: 'staff' },
  // Documents: uploads take the raw body; access is checked before a byte of it is read.
  { method: 'GET', route: '/api/v1/accounts/:accountId/document-space', scope: 'account' },
  {
    method: 'PATCH',
    route: '/api/v1/accounts/:accountId/document-space',
    scope: 'staff',
    body: () => ({ quotaBytes: 1 }),
  },
  { method: 'GET', route: '/api/v1/segments/:segmentId/document-settings', scope: 'staff' },
  { method: 'GET', route: '/api/v1/segments/:segmentId/branding', scope: 'staff' },
  { method: 'PATCH', route: '/api/v1/segments/:segmentId/branding', scope: 'staff', body: () => ({ name: 'Mine' }) },
  { method: 'POST', route: '/api/v1/segments/:segmentId/branding/preview', scope: 'staff', body: () => ({}) },
  { method: 'PUT', route: '/api/v1/segments/:segmentId/branding/logo', scope: 'staff', body: () => ({}) },
  { method: 'PUT', route: '/api/v1/segments/:segmentId/branding/favicon', scope: 'staff', body: () => ({}) },
  {
    method: 'PATCH',
    route: '/api/v1/segments/:segmentId/document-settings',
    scope: 'staff',
    body: () => ({ upload: false }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/folders', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/folders',
    scope: 'account',
    body: () => ({ name: 'Intruder' }),
  },
  { method: 'GET', route: '/api/v1/folders/:folderId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/folders/:folderId', scope: 'account', body: () => ({ name: 'Taken over' }) },
  { method: 'DELETE', route: '/api/v1/folders/:folderId', scope: 'account' },
  { method: 'POST', route: '/api/v1/folders/:folderId/restore', scope: 'account' },
  { method: 'GET', route: '/api/v1/folders/:folderId/zip', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/documents/zip', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/documents', scope: 'account' },
  { method: 'POST', route: '/api/v1/accounts/:accountId/documents', scope: 'account', body: () => 'intruder bytes' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/documents/:documentId', scope: 'account' },
  { method: 'GET', route: '/api/v1/documents/:documentId', scope: 'account' },
  {
    method: 'PATCH',
    route: '/api/v1/documents/:documentId',
    scope: 'account',
    body: () => ({ name: 'Taken over.txt' }),
  },
  { method: 'DELETE', route: '/api/v1/documents/:documentId', scope: 'account' },
  { method: 'POST', route: '/api/v1/documents/:documentId/restore', scope: 'account' },
  { method: 'GET', route: '/api/v1/documents/:documentId/versions', scope: 'account' },
  { method: 'POST', route: '/api/v1/documents/:documentId/versions', scope: 'account', body: () => 'intruder bytes' },
  { method: 'POST', route: '/api/v1/documents/:documentId/versions/:versionId/restore', scope: 'account' },
  { method: 'GET', route: '/api/v1/documents/:documentId/download', scope: 'account' },
  { method: 'GET', route: '/api/v1/documents/:documentId/preview', scope: 'account' },
  { method: 'GET', route: '/api/v1/documents/:documentId/thumbnail', scope: 'account' },
  { method: 'GET', route: '/api/v1/documents/:documentId/activity', scope: 'staff' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/trash', scope: 'account' },
  { method: 'DELETE', route: '/api/v1/accounts/:accountId/trash', scope: 'staff' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/documents-activity', scope: 'staff' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/file-requests', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/file-requests',
    scope: 'staff',
    body: () => ({ title: 'Intruder' }),
  },
  { method: 'GET', route: '/api/v1/file-requests/:fileRequestId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/file-requests/:fileRequestId/uploads',
    scope: 'account',
    body: () => 'intruder bytes',
  },
  { method: 'POST', route: '/api/v1/file-requests/:fileRequestId/accept', scope: 'staff' },
  {
    method: 'POST',
    route: '/api/v1/file-requests/:fileRequestId/return',
    scope: 'staff',
    body: () => ({ reason: 'Intruder' }),
  },
  { method: 'DELETE', route: '/api/v1/file-requests/:fileRequestId', scope: 'staff' },
  // Conversations: messageId is a conversation message of the target account (dev-mail answers 403 either way).
  { method: 'GET', route: '/api/v1/accounts/:accountId/threads', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/threads',
    scope: 'account',
    body: () => ({ subject: 'Intrusion', body: 'hello' }),
  },
  { method: 'GET', route: '/api/v1/threads/:threadId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/threads/:threadId', scope: 'account', body: () => ({ subject: 'Taken over' }) },
  { method: 'GET', route: '/api/v1/threads/:threadId/messages', scope: 'account' },
  { method: 'POST', route: '/api/v1/threads/:threadId/messages', scope: 'account', body: () => ({ body: 'intruder' }) },
  { method: 'GET', route: '/api/v1/threads/:threadId/search', scope: 'account', query: '?q=secret' },
  { method: 'GET', route: '/api/v1/threads/:threadId/export', scope: 'account' },
  { method: 'POST', route: '/api/v1/threads/:threadId/read', scope: 'account', body: () => ({}) },
  {
    method: 'POST',
    route: '/api/v1/threads/:threadId/attachments',
    scope: 'account',
    query: '?name=x.txt',
    body: () => ({}),
  },
  { method: 'GET', route: '/api/v1/messages/:messageId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/messages/:messageId', scope: 'account', body: () => ({ body: 'rewritten' }) },
  { method: 'DELETE', route: '/api/v1/messages/:messageId', scope: 'account' },
  { method: 'GET', route: '/api/v1/attachments/:attachmentId/download', scope: 'account' },
  { method: 'POST', route: '/api/v1/notifications/:notificationId/read', scope: 'account', body: () => ({}) },
  { method: 'POST', route: '/api/v1/jobs/:jobId/retry', scope: 'staff', body: () => ({}) },
  // Knowledge base: articleId/categoryId are the staff-only demo ones for the Acme target (readers outside the audience get 404).
  { method: 'GET', route: '/api/v1/knowledge-base/categories/:categoryId', scope: 'account' },
  {
    method: 'PATCH',
    route: '/api/v1/knowledge-base/categories/:categoryId',
    scope: 'staff',
    body: () => ({ name: 'Taken over' }),
  },
  { method: 'GET', route: '/api/v1/knowledge-base/articles/:articleId', scope: 'account' },
  {
    method: 'PATCH',
    route: '/api/v1/knowledge-base/articles/:articleId',
    scope: 'staff',
    body: () => ({ title: 'Taken over' }),
  },
  { method: 'GET', route: '/api/v1/knowledge-base/articles/:articleId/versions', scope: 'staff' },
  {
    method: 'POST',
    route: '/api/v1/knowledge-base/articles/:articleId/restore',
    scope: 'staff',
    body: () => ({ version: 1 }),
  },
  {
    method: 'POST',
    route: '/api/v1/knowledge-base/articles/:articleId/feedback',
    scope: 'account',
    body: () => ({ helpful: false }),
  },
  // SLA: business calendars and policies are portal-wide configuration, staff only (customers get 403 either way).
  { method: 'GET', route: '/api/v1/business-calendars/:calendarId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/business-calendars/:calendarId',
    scope: 'staff',
    body: () => ({ name: 'Taken over' }),
  },
  { method: 'DELETE', route: '/api/v1/business-calendars/:calendarId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/sla-policies/:policyId',
    scope: 'staff',
    body: () => ({ firstResponseMinutes: 1 }),
  },
  { method: 'DELETE', route: '/api/v1/sla-policies/:policyId', scope: 'staff' },
  // CSAT: only someone who sees the ticket gets past 404. Form sessions: owner only, so any other id reads as missing
  // (sessionId here is another person's sign-in session: not a form session of the caller either way).
  { method: 'POST', route: '/api/v1/tickets/:ticketId/rating', scope: 'account', body: () => ({ rating: 'bad' }) },
  {
    method: 'POST',
    route: '/api/v1/ticket-form-sessions/:sessionId/events',
    scope: 'account',
    body: () => ({ kind: 'left' }),
  },
  // Tickets: ticketId is a real ticket of the target account; views, canned replies, groups and fields are staff setup.
  { method: 'GET', route: '/api/v1/tickets/:ticketId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/tickets/:ticketId', scope: 'account', body: () => ({ subject: 'Taken over' }) },
  { method: 'GET', route: '/api/v1/tickets/:ticketId/messages', scope: 'account' },
  { method: 'POST', route: '/api/v1/tickets/:ticketId/messages', scope: 'account', body: () => ({ body: 'intruder' }) },
  { method: 'GET', route: '/api/v1/tickets/:ticketId/activity', scope: 'staff' },
  {
    method: 'POST',
    route: '/api/v1/tickets/:ticketId/merge',
    scope: 'staff',
    body: () => ({ intoTicketId: randomId() }),
  },
  { method: 'POST', route: '/api/v1/tickets/:ticketId/presence', scope: 'staff', body: () => ({ state: 'viewing' }) },
  {
    method: 'POST',
    route: '/api/v1/tickets/:ticketId/canned-replies/:cannedReplyId/render',
    scope: 'staff',
    body: () => ({}),
  },
  { method: 'PATCH', route: '/api/v1/ticket-views/:viewId', scope: 'staff', body: () => ({ name: 'Taken over' }) },
  { method: 'DELETE', route: '/api/v1/ticket-views/:viewId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/canned-replies/:cannedReplyId',
    scope: 'staff',
    body: () => ({ title: 'Taken over' }),
  },
  { method: 'DELETE', route: '/api/v1/canned-replies/:cannedReplyId', scope: 'staff' },
  { method: 'PATCH', route: '/api/v1/ticket-groups/:groupId', scope: 'staff', body: () => ({ name: 'Taken over' }) },
  { method: 'DELETE', route: '/api/v1/ticket-groups/:groupId', scope: 'staff' },
  // Fields of a segment: people (and limited agents) read them only for a tickets segment of their own accounts.
  { method: 'GET', route: '/api/v1/segments/:segmentId/ticket-fields', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/segments/:segmentId/ticket-fields',
    scope: 'staff',
    body: () => ({ label: 'Intruder', type: 'text' }),
  },
  { method: 'PATCH', route: '/api/v1/ticket-fields/:fieldId', scope: 'staff', body: () => ({ label: 'Taken over' }) },
  { method: 'DELETE', route: '/api/v1/ticket-fields/:fieldId', scope: 'staff' },
  // Billing: billingDocumentId is a sent invoice of the target account; tax rates, terms and series are staff setup.
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-profile', scope: 'account' },
  {
    method: 'PUT',
    route: '/api/v1/accounts/:accountId/billing-profile',
    scope: 'staff',
    body: () => ({ legalName: 'Taken over', currency: 'EUR' }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-documents', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-documents',
    scope: 'account',
    body: () => ({ kind: 'invoice', lines: [] }),
  },
  { method: 'GET', route: '/api/v1/billing-documents/:billingDocumentId', scope: 'account' },
  {
    method: 'PATCH',
    route: '/api/v1/billing-documents/:billingDocumentId',
    scope: 'account',
    body: () => ({ notes: 'Taken over' }),
  },
  { method: 'DELETE', route: '/api/v1/billing-documents/:billingDocumentId', scope: 'account' },
  { method: 'POST', route: '/api/v1/billing-documents/:billingDocumentId/send', scope: 'account' },
  { method: 'POST', route: '/api/v1/billing-documents/:billingDocumentId/void', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/accept',
    scope: 'account',
    body: () => ({ fullName: 'Intruder', consent: true }),
  },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/decline',
    scope: 'account',
    body: () => ({ comment: 'no' }),
  },
  { method: 'GET', route: '/api/v1/billing-documents/:billingDocumentId/pdf', scope: 'account' },
  { method: 'GET', route: '/api/v1/billing-documents/:billingDocumentId/payments', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/payments',
    scope: 'account',
    body: () => ({ amount: 1, method: 'cash', receivedOn: '2026-01-01' }),
  },
  // Online payment: checkoutId is random (checkouts live under their account), paymentId a payment of the invoice.
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-checkouts',
    scope: 'account',
    body: (ids) => ({ documentIds: [ids.billingDocumentId] }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-checkouts/:checkoutId', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-credit', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/payments/:paymentId/refunds',
    scope: 'account',
    body: () => ({ amount: 1 }),
  },
  { method: 'PATCH', route: '/api/v1/billing/tax-rates/:taxRateId', scope: 'staff', body: () => ({ name: 'Taken' }) },
  {
    method: 'PATCH',
    route: '/api/v1/billing/payment-terms/:paymentTermId',
    scope: 'staff',
    body: () => ({ name: 'Taken' }),
  },
  { method: 'DELETE', route: '/api/v1/billing/payment-terms/:paymentTermId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/billing/number-series/:seriesKind',
    scope: 'staff',
    body: () => ({ prefix: 'HACK' }),
  }, // Accounts receivable (credit notes, reissue, statements).
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/credit-notes',
    scope: 'account',
    body: () => ({ mode: 'full' }),
  },
  { method: 'POST', route: '/api/v1/billing-documents/:billingDocumentId/reissue', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-statement', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-statement.csv', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-statement.pdf', scope: 'account' },
  // Recurring billing: subscriptionId is a subscription of the target account (random where it has none).
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-subscriptions', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions',
    scope: 'account',
    body: () => ({
      name: 'Taken over',
      interval: { unit: 'month' },
      startDate: '2026-01-01',
      lines: [{ description: 'x', unitPrice: 1 }],
    }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId/pause',
    scope: 'account',
  },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId/resume',
    scope: 'account',
  },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId/cancel',
    scope: 'account',
  },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/subscription',
    scope: 'account',
    body: () => ({ interval: { unit: 'month' }, startDate: '2026-01-01' }),
  },
  { method: 'PATCH', route: '/api/v1/billing/catalog/:catalogItemId', scope: 'staff', body: () => ({ name: 'Taken' }) },
  // Projects: projectId is the demo's project of the target account, taskId one of its tasks (waiting for
  // dependsOnId), itemId a checklist item of the account.
  { method: 'GET', route: '/api/v1/accounts/:accountId/projects', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/projects',
    scope: 'account',
    body: () => ({ name: 'Taken over' }),
  },
  { method: 'GET', route: '/api/v1/projects/:projectId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/projects/:projectId', scope: 'account', body: () => ({ name: 'Taken' }) },
  { method: 'DELETE', route: '/api/v1/projects/:projectId', scope: 'account' },
  { method: 'GET', route: '/api/v1/projects/:projectId/tasks', scope: 'account' },
  { method: 'POST', route: '/api/v1/projects/:projectId/tasks', scope: 'account', body: () => ({ title: 'Taken' }) },
  { method: 'GET', route: '/api/v1/tasks/:taskId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/tasks/:taskId', scope: 'account', body: () => ({ status: 'waiting' }) },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId', scope: 'account' },
  { method: 'POST', route: '/api/v1/tasks/:taskId/checklist', scope: 'account', body: () => ({ title: 'Taken' }) },
  {
    method: 'PATCH',
    route: '/api/v1/tasks/:taskId/checklist/:itemId',
    scope: 'account',
    body: () => ({ done: true }),
  },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId/checklist/:itemId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/tasks/:taskId/dependencies',
    scope: 'account',
    body: (ids) => ({ dependsOnId: ids.dependsOnId }),
  },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId/dependencies/:dependsOnId', scope: 'account' },
  { method: 'PUT', route: '/api/v1/tasks/:taskId/following', scope: 'account' },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId/following', scope: 'account' },
  { method: 'GET', route: '/api/v1/tasks/:taskId/comments', scope: 'account' },
  { method: 'POST', route: '/api/v1/tasks/:taskId/comments', scope: 'account', body: () => ({ body: 'Taken' }) },
  // Time entries (timeEntryId: one on the account's task) and saved views (taskViewId: one of its person's).
  { method: 'GET', route: '/api/v1/tasks/:taskId/time-entries', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/tasks/:taskId/time-entries',
    scope: 'account',
    body: () => ({ date: '2026-12-01', minutes: 10 }),
  },
  { method: 'PATCH', route: '/api/v1/time-entries/:timeEntryId', scope: 'account', body: () => ({ minutes: 1 }) },
  { method: 'DELETE', route: '/api/v1/time-entries/:timeEntryId', scope: 'account' },
  { method: 'GET', route: '/api/v1/projects/:projectId/time-totals', scope: 'account' },
  {
    method: 'GET',
    route: '/api/v1/accounts/:accountId/time-entries',
    scope: 'account',
    query: '?from=2026-01-01&to=2026-12-31',
  },
  { method: 'DELETE', route: '/api/v1/task-views/:taskViewId', scope: 'account' },
  // Approvals: approvalId is asked of the target account's admin on one of its documents.
  { method: 'GET', route: '/api/v1/accounts/:accountId/approvals', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/approvals',
    scope: 'account',
    body: (ids) => ({ subjectType: 'document_version', documentIds: [ids.documentId], approverIds: [ids.userId] }),
  },
  { method: 'GET', route: '/api/v1/approvals/:approvalId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/approvals/:approvalId/decision',
    scope: 'account',
    body: () => ({ decision: 'approved', contentSha256: '0'.repeat(64) }),
  },
  { method: 'POST', route: '/api/v1/approvals/:approvalId/rerequest', scope: 'account' },
  { method: 'POST', route: '/api/v1/approvals/:approvalId/cancel', scope: 'account' },
  ...FORM_CASES,
  // Outbound webhooks: portal-wide, staff owners and admins only.
  { method: 'GET', route: '/api/v1/webhooks/subscriptions/:webhookId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/webhooks/subscriptions/:webhookId',
    scope: 'staff',
    body: () => ({ enabled: false }),
  },
  { method: 'DELETE', route: '/api/v1/webhooks/subscriptions/:webhookId', scope: 'staff' },
  { method: 'POST', route: '/api/v1/webhooks/subscriptions/:webhookId/rotate-secret', scope: 'staff' },
  { method: 'GET', route: '/api/v1/webhooks/subscriptions/:webhookId/deliveries', scope: 'staff' },
  { method: 'POST', route: '/api/v1/webhooks/deliveries/:deliveryId/replay', scope: 'staff' },
];
