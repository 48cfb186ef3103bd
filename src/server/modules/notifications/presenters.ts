import { isSubjectThreadKind, subjectThreadPath, type Notification } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { notificationPolicy } from './policy.ts';
import type { NotificationRow } from './repository.ts';

function excerpt(body: string | null) {
  if (body === null) return null;
  const text = body
    .replace(/[*_`>#[\]]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

function titleOf(row: NotificationRow) {
  const who = row.author_name ?? 'Someone';
  switch (row.kind) {
    case 'mention':
      return `${who} mentioned you in “${row.subject}”`;
    case 'task_due_soon':
      return `“${row.subject}” is due on ${row.detail?.dueDate ?? ''}`;
    case 'task_due':
      return `“${row.subject}” is due today`;
    case 'tasks_overdue': {
      const count = row.detail?.count ?? 0;
      return `${count} overdue ${count === 1 ? 'task' : 'tasks'} for ${row.subject}`;
    }
    default:
      return `${who} in “${row.subject}”`;
  }
}

function linkOf(row: NotificationRow, staff: boolean) {
  if (row.thread_id === null) return row.task_id ? `/tasks/${row.task_id}` : '/tasks';
  // A message beside a task or a document: its object's page, where the thread is read (a document's: with the
  // version the thread is about chosen, which need not be the current one).
  if (row.thread_kind && isSubjectThreadKind(row.thread_kind) && row.thread_subject_id) {
    const page = subjectThreadPath(
      row.thread_kind,
      row.thread_subject_id,
      row.account_id,
      staff,
      row.thread_subject_version_id,
    );
    return `${page}#message-${row.message_id}`;
  }
  return `/${row.thread_kind === 'ticket' ? 'tickets' : 'threads'}/${row.thread_id}#message-${row.message_id}`;
}

export function presentNotification(row: NotificationRow, actor: Actor): Notification {
  return {
    id: row.id,
    kind: row.kind,
    accountId: row.account_id,
    threadId: row.thread_id,
    messageId: row.message_id,
    taskId: row.task_id,
    title: titleOf(row),
    preview: excerpt(row.body),
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
    threadKind: row.thread_kind,
    link: linkOf(row, actor.staffRole !== null),
    abilities: notificationPolicy.abilities(actor, actor.userId, row.read_at),
  };
}
