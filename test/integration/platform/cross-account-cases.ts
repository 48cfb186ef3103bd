// The routes the cross-account walk aims at another account's objects, with the ids each names.
import { APPROVAL_CASES } from '../approvals/cross-account-cases.ts';
import { BILLING_CASES } from '../billing/cross-account-cases.ts';
import { FORM_CASES } from '../forms/cross-account-cases.ts';
import { ONBOARDING_CASES } from '../onboarding/cross-account-cases.ts';
import { ORDER_CASES } from '../orders/cross-account-cases.ts';
import { RETURN_CASES } from '../returns/cross-account-cases.ts';
import { PROJECT_CASES } from '../projects/cross-account-cases.ts';
import { SIGNATURE_CASES } from '../signatures/cross-account-cases.ts';
import { WEBHOOK_CASES } from '../webhooks/cross-account-cases.ts';
import { PASSKEY_CASES } from '../identity/cross-account-cases.ts';
import { SSO_CASES } from '../sso/cross-account-cases.ts';
import { DATA_EXPORT_CASES } from '../account-rights/cross-account-cases.ts';
import { IMPORT_CASES } from '../imports/cross-account-cases.ts';
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
  | 'key'
  | 'locale'
  | 'subscriptionId'
  | 'retainerId'
  | 'overageId'
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
  | 'paymentMethodId'
  | 'timeEntryId'
  | 'taskViewId'
  | 'approvalId'
  | 'webhookId'
  | 'deliveryId'
  | 'passkeyId'
  | 'translationId'
  | 'onboardingTemplateId'
  | 'projectTemplateId'
  | 'onboardingId'
  | 'onboardingStepId'
  | 'envelopeId'
  | 'orderId'
  | 'returnId'
  | 'photoId'
  | 'externalId'
  | 'providerId'
  | 'exportId'
  | 'importId'
  | 'requestId'
  | 'serviceTokenId',
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
  { method: 'GET', route: '/api/v1/segments/:segmentId/domains', scope: 'staff' },
  // A segment's email sender and templates (modules/mail-templates); :key and :locale name a template.
  { method: 'GET', route: '/api/v1/segments/:segmentId/mail-sender', scope: 'staff' },
  {
    method: 'PUT',
    route: '/api/v1/segments/:segmentId/mail-sender',
    scope: 'staff',
    body: () => ({ fromName: 'Intruder', fromAddress: null }),
  },
  { method: 'GET', route: '/api/v1/segments/:segmentId/mail-sender/dns', scope: 'staff' },
  { method: 'GET', route: '/api/v1/segments/:segmentId/mail-templates', scope: 'staff' },
  { method: 'GET', route: '/api/v1/segments/:segmentId/mail-templates/:key/:locale', scope: 'staff' },
  {
    method: 'PUT',
    route: '/api/v1/segments/:segmentId/mail-templates/:key/:locale',
    scope: 'staff',
    body: () => ({ subject: 'Hacked', html: '<p>x</p>', text: 'x' }),
  },
  { method: 'DELETE', route: '/api/v1/segments/:segmentId/mail-templates/:key/:locale', scope: 'staff' },
  {
    method: 'POST',
    route: '/api/v1/segments/:segmentId/mail-templates/:key/:locale/preview',
    scope: 'staff',
    body: () => ({ subject: 'x', html: 'x', text: 'x' }),
  },
  {
    method: 'POST',
    route: '/api/v1/segments/:segmentId/mail-templates/:key/:locale/test-send',
    scope: 'staff',
    body: () => ({ subject: 'x', html: 'x', text: 'x' }),
  },
  // The firm-level (portal-wide) templates: staff only, like the segments'.
  { method: 'GET', route: '/api/v1/mail-templates/:key/:locale', scope: 'staff' },
  {
    method: 'PUT',
    route: '/api/v1/mail-templates/:key/:locale',
    scope: 'staff',
    body: () => ({ subject: 'Hacked', html: '<p>x</p>', text: 'x' }),
  },
  { method: 'DELETE', route: '/api/v1/mail-templates/:key/:locale', scope: 'staff' },
  {
    method: 'POST',
    route: '/api/v1/mail-templates/:key/:locale/preview',
    scope: 'staff',
    body: () => ({ subject: 'x', html: 'x', text: 'x' }),
  },
  {
    method: 'POST',
    route: '/api/v1/mail-templates/:key/:locale/test-send',
    scope: 'staff',
    body: () => ({ subject: 'x', html: 'x', text: 'x' }),
  },
  {
    method: 'PUT',
    route: '/api/v1/segments/:segmentId/domains',
    scope: 'staff',
    body: () => ({ portalDomain: null, helpDomain: null }),
  },
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
  // The document's feedback thread (its messages: the conversations routes, walked by thread id).
  { method: 'GET', route: '/api/v1/documents/:documentId/thread', scope: 'account' },
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
  { method: 'GET', route: '/api/v1/knowledge-base/categories/:categoryId/articles', scope: 'account' },
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
    route: '/api/v1/knowledge-base/articles/:articleId/translations',
    scope: 'staff',
    body: () => ({ locale: 'de', title: 'Übernommen' }),
  },
  { method: 'DELETE', route: '/api/v1/knowledge-base/articles/:articleId/translations/:translationId', scope: 'staff' },
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
  ...BILLING_CASES,
  ...PROJECT_CASES,
  ...APPROVAL_CASES,
  ...FORM_CASES,
  ...ONBOARDING_CASES,
  ...WEBHOOK_CASES,
  ...PASSKEY_CASES,
  ...SIGNATURE_CASES,
  ...ORDER_CASES,
  ...RETURN_CASES,
  ...SSO_CASES,
  ...DATA_EXPORT_CASES,
  ...IMPORT_CASES,
];
