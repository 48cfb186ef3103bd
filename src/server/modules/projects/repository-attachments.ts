import type { Queryable } from '../../platform/db/index.ts';

/*
 * SQL of task attachments (links to documents of the task's account). Every query names the task, which a scoped
 * read (`loadTask`) returned first, and the account, so a link is never read or written across accounts.
 */

export interface AttachmentLinkRow {
  document_id: string;
  added_by: string | null;
  added_by_name: string | null;
  added_at: Date;
}

export async function listAttachmentLinks(db: Queryable, taskId: string, accountId: string) {
  const { rows } = await db.query<AttachmentLinkRow>(
    `SELECT l.document_id, l.added_by, u.name AS added_by_name, l.added_at FROM task_attachments l
     LEFT JOIN users u ON u.id = l.added_by
     WHERE l.task_id = $1 AND l.account_id = $2 ORDER BY l.added_at, l.document_id LIMIT 200`,
    [taskId, accountId],
  );
  return rows;
}

/** False when the link already existed (attaching twice is one link). */
export async function insertAttachmentLink(
  db: Queryable,
  link: { taskId: string; documentId: string; accountId: string; by: string; now: Date },
) {
  const { rowCount } = await db.query(
    `INSERT INTO task_attachments (task_id, document_id, account_id, added_by, added_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [link.taskId, link.documentId, link.accountId, link.by, link.now],
  );
  return rowCount === 1;
}

export async function countAttachmentLinks(db: Queryable, taskId: string, accountId: string) {
  const { rows } = await db.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM task_attachments WHERE task_id = $1 AND account_id = $2',
    [taskId, accountId],
  );
  return rows[0]!.count;
}

export async function findAttachmentLink(db: Queryable, taskId: string, accountId: string, documentId: string) {
  const { rows } = await db.query<{ added_by: string | null }>(
    'SELECT added_by FROM task_attachments WHERE task_id = $1 AND account_id = $2 AND document_id = $3',
    [taskId, accountId, documentId],
  );
  return rows[0] ?? null;
}

export async function deleteAttachmentLink(db: Queryable, taskId: string, accountId: string, documentId: string) {
  await db.query('DELETE FROM task_attachments WHERE task_id = $1 AND account_id = $2 AND document_id = $3', [
    taskId,
    accountId,
    documentId,
  ]);
}
