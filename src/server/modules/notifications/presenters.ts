import type { Notification } from '../../../contract/index.ts';
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

export function presentNotification(row: NotificationRow, actor: Actor): Notification {
  const who = row.author_name ?? 'Someone';
  return {
    id: row.id,
    kind: row.kind,
    accountId: row.account_id,
    threadId: row.thread_id,
    messageId: row.message_id,
    title: row.kind === 'mention' ? `${who} mentioned you in “${row.subject}”` : `${who} in “${row.subject}”`,
    preview: excerpt(row.body),
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
    threadKind: row.thread_kind,
    link: `/${row.thread_kind === 'ticket' ? 'tickets' : 'threads'}/${row.thread_id}#message-${row.message_id}`,
    abilities: notificationPolicy.abilities(actor, actor.userId, row.read_at),
  };
}
