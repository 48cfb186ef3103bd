import type { EmailFrequency, ThreadKind } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import { SqlParams, type Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import { accountModuleOnSql, threadModuleOnSql } from '../segments/index.ts';

export type NotificationKind = 'message' | 'mention' | TaskNotificationKind;
export type TaskNotificationKind = 'task_due_soon' | 'task_due' | 'tasks_overdue';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  account_id: string;
  thread_id: string | null;
  thread_kind: ThreadKind | null;
  thread_subject_id: string | null;
  /** The version a document's thread is about (its link opens that version's discussion); null for other threads. */
  thread_subject_version_id: string | null;
  message_id: string | null;
  task_id: string | null;
  detail: { count?: number; dueDate?: string } | null;
  /** The thread's subject, or the task's title (the account's name for the overdue digest). */
  subject: string;
  author_name: string | null;
  body: string | null;
  created_at: Date;
  created_key: string;
  read_at: Date | null;
}

/**
 * The module rule: people see a notification only while the account's segment has the thread's module (task
 * reminders: projects), staff keep theirs: they still read what an account had. Self-contained SQL over the
 * notification row `n`; a task reminder of a project made internal since is not shown to people either.
 */
const moduleOnSql = () => `(EXISTS (SELECT 1 FROM users nu WHERE nu.id = n.user_id AND nu.staff_role IS NOT NULL)
  OR (n.thread_id IS NOT NULL AND ${threadModuleOnSql('n.account_id', '(SELECT nt.kind FROM threads nt WHERE nt.id = n.thread_id)')})
  OR (n.thread_id IS NULL AND ${accountModuleOnSql('n.account_id', `'projects'`)}
      AND NOT EXISTS (SELECT 1 FROM tasks nk JOIN projects np ON np.id = nk.project_id WHERE nk.id = n.task_id AND np.internal)))`;

// A person's own notifications, and only those of accounts they can still see ($1/$2: scope) with the module on.
// Built on first use, not at import: segments' SQL helpers may not be initialised yet then (identity's index, which
// segments imports, reaches this module again).
let selectSql: string | null = null;
const SELECT = () =>
  (selectSql ??= `SELECT n.id, n.kind, n.account_id, n.thread_id, t.kind AS thread_kind, t.subject_id AS thread_subject_id, t.subject_version_id AS thread_subject_version_id, n.message_id, n.task_id, n.detail,
    COALESCE(t.subject, k.title, a.name) AS subject, u.name AS author_name,
    CASE WHEN m.deleted_at IS NULL THEN m.body END AS body, n.created_at, ${timestampKey('n.created_at')} AS created_key, n.read_at
  FROM notifications n LEFT JOIN threads t ON t.id = n.thread_id LEFT JOIN messages m ON m.id = n.message_id
  LEFT JOIN users u ON u.id = m.author_id LEFT JOIN tasks k ON k.id = n.task_id JOIN accounts a ON a.id = n.account_id
  WHERE ($1::boolean OR n.account_id = ANY($2::uuid[])) AND ${moduleOnSql()}`);

/** One statement for every recipient of a message; returns the new ids by user. */
export async function insertNotifications(db: Queryable, n: NewMessageNotifications) {
  const params = new SqlParams();
  const { sql, ids } = insertNotificationsSql(n, params);
  if (n.recipients.length) await db.query(sql, params.values);
  return ids;
}

export interface NewMessageNotifications {
  recipients: { userId: string; kind: 'message' | 'mention' }[];
  accountId: string;
  threadId: string;
  messageId: string;
  now: Date;
}

/** insertNotifications as a piece of a larger statement (a post's one write after the message); ids per user. */
export function insertNotificationsSql(n: NewMessageNotifications, params: SqlParams) {
  const ids = n.recipients.map(() => newId());
  const { p } = params;
  const sql = `INSERT INTO notifications (id, user_id, kind, account_id, thread_id, message_id, created_at)
       SELECT r.id, r.user_id, r.kind, ${p(n.accountId)}::uuid, ${p(n.threadId)}::uuid, ${p(n.messageId)}::uuid, ${p(n.now)}::timestamptz
       FROM unnest(${p(ids)}::uuid[], ${p(n.recipients.map((r) => r.userId))}::uuid[], ${p(n.recipients.map((r) => r.kind))}::text[]) AS r(id, user_id, kind)`;
  return { sql, ids: new Map(n.recipients.map((r, index) => [r.userId, ids[index]!])) };
}

/**
 * Task reminders and the overdue digest (projects module), one row per recipient, written in the sweep's claim
 * transaction so a reminder and its notification exist together or not at all.
 */
export async function insertTaskNotifications(
  db: Queryable,
  rows: {
    userId: string;
    kind: TaskNotificationKind;
    accountId: string;
    taskId: string | null;
    detail: Record<string, unknown> | null;
  }[],
  now: Date,
) {
  if (!rows.length) return;
  await db.query(
    `INSERT INTO notifications (id, user_id, kind, account_id, task_id, detail, created_at)
     SELECT r.id, r.user_id, r.kind, r.account_id, r.task_id, r.detail, $7
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::jsonb[])
         AS r(id, user_id, kind, account_id, task_id, detail)`,
    [
      rows.map(() => newId()),
      rows.map((row) => row.userId),
      rows.map((row) => row.kind),
      rows.map((row) => row.accountId),
      rows.map((row) => row.taskId),
      rows.map((row) => (row.detail ? JSON.stringify(row.detail) : null)),
      now,
    ],
  );
}

export async function listNotifications(
  db: Queryable,
  scope: AccountScope,
  userId: string,
  unreadOnly: boolean,
  after: [string, string] | null,
  limit: number,
) {
  const { rows } = await db.query<NotificationRow>(
    `${SELECT()} AND n.user_id = $3 AND (NOT $4::boolean OR n.read_at IS NULL)
       AND ($5::timestamptz IS NULL OR (n.created_at, n.id) < ($5::timestamptz, $6::uuid))
     ORDER BY n.created_at DESC, n.id DESC LIMIT $7`,
    [...scopeParams(scope), userId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  return rows;
}

export async function findNotification(db: Queryable, scope: AccountScope, userId: string, id: string) {
  const { rows } = await db.query<NotificationRow>(`${SELECT()} AND n.user_id = $3 AND n.id = $4`, [
    ...scopeParams(scope),
    userId,
    id,
  ]);
  return rows[0] ?? null;
}

export async function countUnread(db: Queryable, scope: AccountScope, userId: string) {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM notifications n
     WHERE ($1::boolean OR n.account_id = ANY($2::uuid[])) AND n.user_id = $3 AND n.read_at IS NULL AND ${moduleOnSql()}`,
    [...scopeParams(scope), userId],
  );
  return rows[0]!.n;
}

export async function markNotificationRead(db: Queryable, userId: string, id: string, now: Date) {
  await db.query('UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND id = $2 AND read_at IS NULL', [
    userId,
    id,
    now,
  ]);
}

export async function markAllNotificationsRead(db: Queryable, userId: string, now: Date) {
  await db.query('UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL', [userId, now]);
}

/** Reading a thread settles its notifications too: the badge should not ask twice. */
export async function markThreadNotificationsRead(db: Queryable, userId: string, threadId: string, now: Date) {
  await db.query('UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND thread_id = $2 AND read_at IS NULL', [
    userId,
    threadId,
    now,
  ]);
}

export async function emailFrequencies(
  db: Queryable,
  userIds: string[],
  module: string,
): Promise<Map<string, EmailFrequency>> {
  const { rows } = await db.query<{ user_id: string; email: EmailFrequency }>(
    'SELECT user_id, email FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND module = $2',
    [userIds, module],
  );
  return new Map(rows.map((row) => [row.user_id, row.email]));
}

export async function setEmailFrequency(db: Queryable, userId: string, module: string, frequency: EmailFrequency) {
  await db.query(
    `INSERT INTO notification_preferences (user_id, module, email) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, module) DO UPDATE SET email = EXCLUDED.email`,
    [userId, module, frequency],
  );
}
