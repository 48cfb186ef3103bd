import type { ThreadKind } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { MessageRow } from './repository-messages.ts';

export interface AttachmentRow {
  id: string;
  thread_id: string;
  message_id: string | null;
  name: string;
  content_type: string;
  size: number;
  storage_key: string;
}

export async function insertAttachment(
  db: Queryable,
  file: {
    id: string;
    /** Null for a file waiting for the first message of a thread not created yet: then `accountId` says where. */
    threadId: string | null;
    accountId?: string;
    uploadedBy: string;
    name: string;
    contentType: string;
    size: number;
    storageKey: string;
    now: Date;
    messageId?: string;
  },
) {
  await db.query(
    `INSERT INTO message_attachments (id, thread_id, message_id, uploaded_by, name, content_type, size, storage_key, created_at, account_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      file.id,
      file.threadId,
      file.messageId ?? null,
      file.uploadedBy,
      file.name,
      file.contentType,
      file.size,
      file.storageKey,
      file.now,
      file.threadId ? null : (file.accountId ?? null),
    ],
  );
}

/** Pending uploads for this thread's next message: to the thread, or (before it existed) to its account. */
const PENDING_FOR_THREAD = `uploaded_by = $2 AND message_id IS NULL AND id = ANY($3::uuid[])
  AND (thread_id = $1 OR (thread_id IS NULL AND account_id = $4))`;

/** The caller's own uploads to this thread (or its account, before the thread existed) that no message carries yet. */
export async function pendingAttachmentsOf(
  db: Queryable,
  thread: { id: string; account_id: string },
  userId: string,
  ids: string[],
) {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM message_attachments WHERE ${PENDING_FOR_THREAD}`, [
    thread.id,
    userId,
    ids,
    thread.account_id,
  ]);
  return rows;
}

export async function attachPending(
  db: Queryable,
  thread: { id: string; account_id: string },
  userId: string,
  ids: string[],
  messageId: string,
): Promise<NonNullable<MessageRow['attachments']>> {
  // Returned in the order the message shows them (selectMessages: created_at, id), so the post needs no re-read.
  const { rows } = await db.query<{ id: string; name: string; content_type: string; size: number; created_at: Date }>(
    `UPDATE message_attachments SET message_id = $5, thread_id = $1, account_id = NULL WHERE ${PENDING_FOR_THREAD}
     RETURNING id, name, content_type, size, created_at`,
    [thread.id, userId, ids, thread.account_id, messageId],
  );
  return rows
    .sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, name, content_type, size }) => ({ id, name, content_type, size }));
}

/**
 * A file the caller may download: its message is visible to them (a note's file is missing for clients), or
 * it is their own pending upload. Scope: $1/$2; a ticket's files reach only the people who see the ticket
 * (`internal` is true exactly for staff, whose rule is the scope).
 */
export async function findDownloadableAttachment(
  db: Queryable,
  scope: AccountScope,
  internal: boolean,
  userId: string,
  id: string,
) {
  const { rows } = await db.query<AttachmentRow & { thread_kind: ThreadKind | null; thread_subject_id: string | null }>(
    `SELECT a.id, a.thread_id, a.message_id, a.name, a.content_type, a.size, a.storage_key, t.kind AS thread_kind,
       t.subject_id AS thread_subject_id
     FROM message_attachments a LEFT JOIN threads t ON t.id = a.thread_id LEFT JOIN messages m ON m.id = a.message_id
     WHERE ($1::boolean OR coalesce(t.account_id, a.account_id) = ANY($2::uuid[])) AND a.id = $5
       -- A subject thread's file passes here and is then checked by its object's module (use case).
       AND (t.id IS NULL OR t.kind IN ('conversation', 'task', 'document') OR $3::boolean OR ticket_visible_to(t.id, $4))
       AND ((m.id IS NOT NULL AND ($3::boolean OR (m.deleted_at IS NULL AND NOT m.internal))) OR (a.message_id IS NULL AND a.uploaded_by = $4))`,
    [...scopeParams(scope), internal, userId, id],
  );
  return rows[0] ?? null;
}
