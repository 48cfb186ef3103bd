// The ids the cross-account walk (cross-account.test.ts) aims at: the target account's own objects, or random ones.
import { expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { userIdOf, type TestPortal } from '../../support/harness.ts';
import { randomId } from './problem-assertions.ts';
import type { Ids } from './cross-account-cases.ts';

export const randomIds = (): Ids => ({
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
  key: randomId(),
  locale: randomId(),
  subscriptionId: randomId(),
  retainerId: randomId(),
  overageId: randomId(),
  catalogItemId: randomId(),
  projectId: randomId(),
  taskId: randomId(),
  itemId: randomId(),
  dependsOnId: randomId(),
  formId: randomId(),
  assignmentId: randomId(),
  submissionId: randomId(),
  slug: randomId(),
  checkoutId: randomId(),
  paymentId: randomId(),
  paymentMethodId: randomId(),
  timeEntryId: randomId(),
  taskViewId: randomId(),
  approvalId: randomId(),
  webhookId: randomId(),
  importId: randomId(),
  deliveryId: randomId(),
  passkeyId: randomId(),
  translationId: randomId(),
  onboardingTemplateId: randomId(),
  projectTemplateId: randomId(),
  onboardingId: randomId(),
  onboardingStepId: randomId(),
  envelopeId: randomId(),
  orderId: randomId(),
  returnId: randomId(),
  photoId: randomId(),
  externalId: randomId(),
  providerId: randomId(),
  serviceTokenId: randomId(),
  exportId: randomId(),
  requestId: randomId(),
});

/** A ticket in each Clients account (the segment gets the tickets module only while they are filed), and the demo's ticket setup. */
export async function ticketIds(portal: TestPortal, staff: HttpClient, accounts: Record<string, string>) {
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
export async function conversationIds(staff: HttpClient, client: HttpClient, accountId: string) {
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

/** The demo's project of the account: a task waiting for another, and a checklist item of the account. */
export async function projectIds(db: TestPortal['ctx']['db'], accountId: string) {
  const { rows } = await db.query<{ projectId: string; taskId: string; dependsOnId: string }>(
    `SELECT t.project_id AS "projectId", d.task_id AS "taskId", d.depends_on_id AS "dependsOnId"
       FROM task_dependencies d JOIN tasks t ON t.id = d.task_id WHERE t.account_id = $1 LIMIT 1`,
    [accountId],
  );
  const item = await db.query<{ id: string }>(
    'SELECT c.id FROM task_checklist_items c JOIN tasks t ON t.id = c.task_id WHERE t.account_id = $1 LIMIT 1',
    [accountId],
  );
  // A time entry on that task and a saved view of one of the account's people (the demo has neither).
  const timeEntryId = randomId();
  await db.query(
    `INSERT INTO task_time_entries (id, task_id, project_id, account_id, work_date, minutes, created_at, updated_at)
     SELECT $1, t.id, t.project_id, t.account_id, DATE '2026-12-01', 30, now(), now() FROM tasks t WHERE t.id = $2`,
    [timeEntryId, rows[0]!.taskId],
  );
  const taskViewId = randomId();
  await db.query(
    `INSERT INTO task_saved_views (id, user_id, name, filters, created_at)
     SELECT $1, m.user_id, 'Mine', '{}', now() FROM memberships m WHERE m.account_id = $2 LIMIT 1`,
    [taskViewId, accountId],
  );
  // A demo template (portal-wide staff configuration: people get 403 whatever the id).
  const template = await db.query<{ id: string }>('SELECT id FROM project_templates ORDER BY name LIMIT 1');
  return {
    ...rows[0]!,
    itemId: item.rows[0]!.id,
    timeEntryId,
    taskViewId,
    projectTemplateId: template.rows[0]!.id,
  };
}

/** An approval asked of the account's admin on one of its documents. */
export async function approvalOf(
  db: TestPortal['ctx']['db'],
  owner: HttpClient,
  accountId: string,
  approverId: string,
) {
  const document = await db.query<{ id: string }>(
    "SELECT id FROM documents WHERE account_id = $1 AND area = 'shared' AND deleted_at IS NULL LIMIT 1",
    [accountId],
  );
  const created = await owner.post(`/api/v1/accounts/${accountId}/approvals`, {
    subjectType: 'document_version',
    documentIds: [document.rows[0]!.id],
    approverIds: [approverId],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}

/** The demo's sent invoice of the account and the demo's billing setup (random ids where the demo has none). */
export async function billingIds(db: TestPortal['ctx']['db'], accountId: string) {
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
    checkoutId: randomId(),
    paymentMethodId: randomId(),
    paymentId: await first(
      `SELECT p.id FROM billing_payments p JOIN billing_documents d ON d.id = p.document_id
       WHERE d.account_id = $1 LIMIT 1`,
      [accountId],
    ),
    subscriptionId: await first('SELECT id FROM billing_subscriptions WHERE account_id = $1 LIMIT 1', [accountId]),
    retainerId: await first('SELECT id FROM billing_retainers WHERE account_id = $1 LIMIT 1', [accountId]),
    overageId: await first('SELECT id FROM billing_retainer_overages WHERE account_id = $1 LIMIT 1', [accountId]),
    catalogItemId: await first('SELECT id FROM billing_catalog_items LIMIT 1'),
  };
}
