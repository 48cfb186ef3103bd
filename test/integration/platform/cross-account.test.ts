import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { expectProblem, fillParams, randomId, withoutRequestId } from './problem-assertions.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** The ids a request may name: the target's (someone else's) or random ones. */
type Ids = Record<
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
  | 'projectId'
  | 'taskId'
  | 'itemId'
  | 'dependsOnId',
  string
>;

interface Case {
  method: Method;
  /** The route as registered (the registry walk below checks every route with a param is listed). */
  route: string;
  /** account: inside an account, must read as missing (404). staff: portal-wide, staff only (403 for clients). */
  scope: 'account' | 'staff';
  body?: (ids: Ids) => unknown;
  /** Query string the route needs to pass validation (so the answer is about the id, not a missing field). */
  query?: string;
}

const CASES: Case[] = [
  { method: 'GET', route: '/api/v1/accounts/:accountId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/accounts/:accountId', scope: 'account', body: () => ({ name: 'Taken over' }) },
  { method: 'GET', route: '/api/v1/accounts/:accountId/members', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/home-counts', scope: 'account' },
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
];

const randomIds = (): Ids => ({
  accountId: randomId(),
  userId: randomId(),
  invitationId: randomId(),
  sessionId: randomId(),
  segmentId: randomId(),
  messageId: randomId(),
  tokenId: randomId(),
  folderId: randomId(),
  documentId: randomId(),
  versionId: randomId(),
  fileRequestId: randomId(),
  threadId: randomId(),
  attachmentId: randomId(),
  notificationId: randomId(),
  jobId: randomId(),
  articleId: randomId(),
  categoryId: randomId(),
  calendarId: randomId(),
  policyId: randomId(),
  ticketId: randomId(),
  viewId: randomId(),
  cannedReplyId: randomId(),
  groupId: randomId(),
  fieldId: randomId(),
  billingDocumentId: randomId(),
  taxRateId: randomId(),
  paymentTermId: randomId(),
  seriesKind: randomId(),
  projectId: randomId(),
  taskId: randomId(),
  itemId: randomId(),
  dependsOnId: randomId(),
});

/** A ticket in each Clients account (the segment gets the tickets module only while they are filed), and the demo's ticket setup. */
async function ticketIds(portal: TestPortal, staff: HttpClient, accounts: Record<string, string>) {
  const db = portal.ctx.db;
  await db.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
  const ids: Record<string, string> = {};
  for (const [accountId, requester] of Object.entries(accounts)) {
    const response = await staff.post('/api/v1/tickets', {
      subject: 'Confidential ticket',
      body: 'secret',
      accountId,
      requesterId: await userIdOf(db, requester),
    });
    expect(response.statusCode, response.body).toBe(201);
    ids[accountId] = response.json().id;
  }
  await db.query("UPDATE segments SET modules = array_remove(modules, 'tickets') WHERE name = 'Clients'");
  const first = async (sql: string) => (await db.query<{ id: string }>(sql)).rows[0]!.id;
  return {
    ids,
    setup: {
      viewId: await first('SELECT id FROM ticket_views LIMIT 1'),
      cannedReplyId: await first('SELECT id FROM canned_replies LIMIT 1'),
      groupId: await first('SELECT id FROM ticket_groups LIMIT 1'),
      fieldId: await first('SELECT id FROM ticket_fields LIMIT 1'),
    },
  };
}

/** A thread with a message carrying a file, and a notification for `client`, in the client's own account. */
async function conversationIds(staff: HttpClient, client: HttpClient, accountId: string) {
  const thread = (
    await staff.post(`/api/v1/accounts/${accountId}/threads`, { subject: 'Confidential', body: 'secret figures' })
  ).json();
  const upload = await client.request('POST', `/api/v1/threads/${thread.id}/attachments?name=figures.txt`, 'secret', {
    'content-type': 'text/plain',
  });
  expect(upload.statusCode, upload.body).toBe(201);
  const message = (
    await client.post(`/api/v1/threads/${thread.id}/messages`, { body: 'see file', attachmentIds: [upload.json().id] })
  ).json();
  const notification = (await client.get('/api/v1/notifications')).json().items[0];
  return {
    threadId: thread.id as string,
    messageId: message.id as string,
    attachmentId: upload.json().id as string,
    notificationId: notification.id as string,
  };
}

/** The demo's sent invoice of the account and the demo's billing setup (random ids where the demo has none). */
/** The demo's project of the account: a task waiting for another, and a checklist item of the account. */
async function projectIds(db: TestPortal['ctx']['db'], accountId: string) {
  const { rows } = await db.query<{ projectId: string; taskId: string; dependsOnId: string }>(
    `SELECT t.project_id AS "projectId", d.task_id AS "taskId", d.depends_on_id AS "dependsOnId"
       FROM task_dependencies d JOIN tasks t ON t.id = d.task_id WHERE t.account_id = $1 LIMIT 1`,
    [accountId],
  );
  const item = await db.query<{ id: string }>(
    'SELECT c.id FROM task_checklist_items c JOIN tasks t ON t.id = c.task_id WHERE t.account_id = $1 LIMIT 1',
    [accountId],
  );
  return { ...rows[0]!, itemId: item.rows[0]!.id };
}

async function billingIds(db: TestPortal['ctx']['db'], accountId: string) {
  const first = async (sql: string, params: unknown[] = []) =>
    (await db.query<{ id: string }>(sql, params)).rows[0]?.id ?? randomId();
  return {
    billingDocumentId: await first(
      "SELECT id FROM billing_documents WHERE account_id = $1 AND kind = 'invoice' AND status = 'sent' LIMIT 1",
      [accountId],
    ),
    taxRateId: await first('SELECT id FROM billing_tax_rates LIMIT 1'),
    paymentTermId: await first('SELECT id FROM billing_payment_terms LIMIT 1'),
    seriesKind: 'invoice',
  };
}

function send(client: HttpClient, testCase: Case, ids: Ids) {
  const url = fillParams(testCase.route, (param) => ids[param as keyof Ids]) + (testCase.query ?? '');
  return client.request(testCase.method, url, testCase.body?.(ids));
}

/**
 * Whether the case's route belongs only to modules the caller's segment lacks: the module gate then answers
 * 403 module_disabled from the caller's own accounts, before any id is looked at (so still indistinguishable).
 */
function outsideModules(portal: TestPortal, testCase: Case, callerModules: string[]) {
  const route = portal.routes.find((r) => r.method === testCase.method && r.url === testCase.route);
  const modules: string[] = route?.modules ?? [];
  return modules.length > 0 && !modules.some((module) => callerModules.includes(module));
}

/** Every case aimed at `target` ids answers exactly like the same case aimed at random ids. */
async function expectIndistinguishable(client: HttpClient, cases: Case[], target: Ids, status: (c: Case) => number) {
  for (const testCase of cases) {
    const label = `${testCase.method} ${testCase.route}`;
    const foreign = await send(client, testCase, target);
    const missing = await send(client, testCase, randomIds());
    expect(foreign.statusCode, label).toBe(status(testCase));
    expectProblem(foreign, status(testCase));
    expect(withoutRequestId(foreign), label).toEqual(withoutRequestId(missing));
  }
}

describe('objects of another workspace read as missing', () => {
  let portal: TestPortal;
  let acme: Ids;
  let blueHarbor: Ids;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acmeBefore: { account: unknown; members: unknown; invitations: unknown };

  async function snapshotAcme() {
    const account = (await alice.get(`/api/v1/accounts/${acme.accountId}`)).json();
    const members = (await alice.get(`/api/v1/accounts/${acme.accountId}/members`)).json();
    const invitations = (await alice.get(`/api/v1/accounts/${acme.accountId}/invitations`)).json();
    return { account, members, invitations };
  }

  beforeAll(async () => {
    portal = await startPortal();
    const db = portal.ctx.db;
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    const liveSession = async (email: string) =>
      (
        await db.query<{ id: string }>('SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [
          await userIdOf(db, email),
        ])
      ).rows[0]!.id;
    const invite = async (client: HttpClient, accountId: string, email: string) => {
      const response = await client.post(`/api/v1/accounts/${accountId}/invitations`, { email });
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    };
    const apiToken = async (client: HttpClient) =>
      (await client.post('/api/v1/me/api-tokens', { name: 'integration', scopes: ['read'] })).json().id as string;
    const acmeId = await idOf(db, 'accounts', 'Acme Manufacturing');
    // The demo's documents of Acme: a shared folder, a file with its version, the open file request.
    const demoDocumentIds = async (accountId: string) => ({
      folderId: (
        await db.query<{ id: string }>(
          "SELECT id FROM document_folders WHERE account_id = $1 AND area = 'shared' LIMIT 1",
          [accountId],
        )
      ).rows[0]!.id,
      ...(
        await db.query<{ documentId: string; versionId: string }>(
          'SELECT id AS "documentId", current_version_id AS "versionId" FROM documents WHERE account_id = $1 LIMIT 1',
          [accountId],
        )
      ).rows[0]!,
      fileRequestId: (
        await db.query<{ id: string }>('SELECT id FROM file_requests WHERE account_id = $1 LIMIT 1', [accountId])
      ).rows[0]!.id,
    });
    const blueId = await idOf(db, 'accounts', 'Blue Harbor Dental');
    const segmentId = await idOf(db, 'segments', 'Clients');
    const owner = await portal.signedIn('owner@northwind.example');
    const jobId = (await db.query<{ id: string }>('SELECT id FROM jobs LIMIT 1')).rows[0]?.id ?? randomId();
    const tickets = await ticketIds(portal, owner, {
      [acmeId]: 'alice@acme.example',
      [blueId]: 'bianca@blueharbor.example',
    });
    acme = {
      accountId: acmeId,
      userId: await userIdOf(db, 'alice@acme.example'),
      invitationId: await invite(alice, acmeId, 'newcomer@acme.example'),
      sessionId: await liveSession('alice@acme.example'),
      segmentId,
      tokenId: await apiToken(alice),
      ...(await demoDocumentIds(acmeId)),
      jobId,
      ...(await conversationIds(owner, alice, acmeId)),
      articleId: (
        await db.query<{ id: string }>(
          "SELECT id FROM kb_articles WHERE audience = 'staff' OR slug = 'refund-approval-playbook' LIMIT 1",
        )
      ).rows[0]!.id,
      categoryId: (await db.query<{ id: string }>("SELECT id FROM kb_categories WHERE audience = 'staff' LIMIT 1"))
        .rows[0]!.id,
      // The demo's SLA configuration when it has one (staff-only routes: the answer must not depend on the id).
      calendarId:
        (await db.query<{ id: string }>('SELECT id FROM business_calendars LIMIT 1')).rows[0]?.id ?? randomId(),
      policyId: (await db.query<{ id: string }>('SELECT id FROM sla_policies LIMIT 1')).rows[0]?.id ?? randomId(),
      ticketId: tickets.ids[acmeId]!,
      ...tickets.setup,
      ...(await billingIds(db, acmeId)),
      ...(await projectIds(db, acmeId)),
    };
    blueHarbor = {
      accountId: blueId,
      userId: await userIdOf(db, 'bianca@blueharbor.example'),
      invitationId: await invite(bianca, blueId, 'newcomer@blueharbor.example'),
      sessionId: await liveSession('bianca@blueharbor.example'),
      segmentId,
      tokenId: await apiToken(bianca),
      folderId: randomId(),
      documentId: randomId(),
      versionId: randomId(),
      fileRequestId: randomId(),
      jobId,
      ...(await conversationIds(owner, bianca, blueId)),
      // Staff (the limited agent) may read every article: random ids, so its cases compare like with like.
      articleId: randomId(),
      categoryId: randomId(),
      calendarId: randomId(),
      policyId: randomId(),
      ticketId: tickets.ids[blueId]!,
      viewId: randomId(),
      cannedReplyId: randomId(),
      groupId: randomId(),
      fieldId: randomId(),
      billingDocumentId: randomId(),
      taxRateId: randomId(),
      paymentTermId: randomId(),
      seriesKind: randomId(),
      projectId: randomId(),
      taskId: randomId(),
      itemId: randomId(),
      dependsOnId: randomId(),
    };
    acmeBefore = await snapshotAcme();
  });
  afterAll(() => portal.close());

  it('bianca (Blue Harbor admin) gets the random-id answer for every route aimed at Acme', async () => {
    await expectIndistinguishable(bianca, CASES, acme, (c) =>
      c.scope === 'account' && !outsideModules(portal, c, ['documents', 'messages', 'billing', 'projects']) ? 404 : 403,
    );
    expect((await bianca.get(`/api/v1/accounts/${acme.accountId}`)).json().code).toBe('not_found');
  });

  it('bianca cannot reach Acme people or invitations through her own account either', async () => {
    const throughOwn = CASES.filter((c) => c.route.includes(':userId') || c.route.includes(':invitationId')).filter(
      (c) => c.scope === 'account',
    );
    expect(throughOwn).toHaveLength(3);
    for (const testCase of throughOwn) {
      const mixed = { ...acme, accountId: blueHarbor.accountId };
      const foreign = await send(bianca, testCase, mixed);
      const missing = await send(bianca, testCase, { ...randomIds(), accountId: blueHarbor.accountId });
      expectProblem(foreign, 404, 'not_found');
      expect(withoutRequestId(foreign)).toEqual(withoutRequestId(missing));
    }
  });

  it('nothing about Acme changed, and alice is still signed in', async () => {
    expect(await snapshotAcme()).toEqual(acmeBefore);
    const account = acmeBefore.account as { name: string; version: number };
    expect(account.name).toBe('Acme Manufacturing');
    const invitations = acmeBefore.invitations as { items: { id: string; status: string }[] };
    expect(invitations.items.find((item) => item.id === acme.invitationId)?.status).toBe('pending');
    expect(
      (acmeBefore.members as { items: { email: string; role: string }[] }).items.map((m) => [m.email, m.role]).sort(),
    ).toEqual([
      ['adam@acme.example', 'member'],
      ['alice@acme.example', 'account_admin'],
      ['sam@consultant.example', 'member'],
    ]);
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM invitations WHERE email = 'intruder@elsewhere.example'",
    );
    expect(rows[0]!.n).toBe(0);
    expect((await alice.get('/api/v1/me')).statusCode).toBe(200);
    expect((await bianca.get('/api/v1/me')).json().activeAccountId).not.toBe(acme.accountId);
  });

  it('the agent limited to Acme gets the random-id answer for Blue Harbor', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const accountCases = CASES.filter((c) => c.scope === 'account' && !c.route.startsWith('/api/v1/me'));
    await expectIndistinguishable(agent, accountCases, blueHarbor, () => 404);
    const blue = (await bianca.get(`/api/v1/accounts/${blueHarbor.accountId}`)).json();
    expect(blue).toMatchObject({ name: 'Blue Harbor Dental', version: 1, memberCount: 3 });
    const invitations = (await bianca.get(`/api/v1/accounts/${blueHarbor.accountId}/invitations`)).json();
    expect(invitations.items.map((item: { status: string }) => item.status)).toEqual(['pending']);
    // ...while Acme, the account assigned to the agent, stays visible.
    expect((await agent.get(`/api/v1/accounts/${acme.accountId}`)).statusCode).toBe(200);
  });

  it('a self-service customer gets the random-id answer for another customer’s account', async () => {
    const db = portal.ctx.db;
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const eliAccountId = await idOf(db, 'accounts', 'Eli Evans');
    const eli: Ids = {
      ...randomIds(),
      accountId: eliAccountId,
      userId: await userIdOf(db, 'eli.evans@customers.example'),
      // One of Eli's demo tickets: same segment as Dana, so only the visibility rule keeps it from her.
      ticketId: (
        await db.query<{ id: string }>('SELECT thread_id AS id FROM tickets WHERE account_id = $1 LIMIT 1', [
          eliAccountId,
        ])
      ).rows[0]!.id,
    };
    await expectIndistinguishable(
      dana,
      CASES.filter((c) => c.scope === 'account'),
      eli,
      (c) => (c.scope === 'account' && !outsideModules(portal, c, ['knowledge_base', 'tickets']) ? 404 : 403),
    );
    const list = (await dana.get('/api/v1/accounts')).json();
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['Dana Diaz']);
    const eliAccount = await portal.signedIn('eli.evans@customers.example');
    expect((await eliAccount.get(`/api/v1/accounts/${eli.accountId}`)).json()).toMatchObject({
      name: 'Eli Evans',
      memberCount: 1,
    });
  });

  it('every route that takes an id in its path is in the table above', () => {
    const listed = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    const withParams = portal.routes.filter((route) => route.url.includes(':'));
    expect(withParams.length).toBeGreaterThan(10);
    // HEAD is answered by the GET handler.
    const missing = withParams
      .map((route) => `${route.method === 'HEAD' ? 'GET' : route.method} ${route.url}`)
      .filter((key) => !listed.has(key));
    expect(missing).toEqual([]);
  });
});
