import type { ThreadKind } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { IN_SCOPE } from './repository.ts';
import type { NewMessage } from './repository-post.ts';

/*
 * All SQL of messages. $1/$2 are always the caller's account scope (threads `t` joined for it); `internal` says
 * whether the caller sees internal notes, so a note is filtered in SQL, never after the fact.
 */
export interface MessageRow {
  id: string;
  seq: number;
  thread_id: string;
  thread_kind: ThreadKind;
  thread_subject_id: string | null;
  account_id: string;
  author_id: string | null;
  author_name: string | null;
  author_staff: boolean | null;
  body: string;
  internal: boolean;
  source: 'web' | 'email';
  quoted_message_id: string | null;
  quoted_body: string | null;
  quoted_visible: boolean | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  /** The author's segment's window for people outside the firm to change their own message (minutes). */
  edit_window_minutes: number;
  /** The first message of a ticket thread: the ticket's description. */
  ticket_description: boolean;
  mentions: { id: string; name: string; staff: boolean }[] | null;
  attachments: { id: string; name: string; content_type: string; size: number }[] | null;
}

const selectMessages = (internal: string) => `
  SELECT m.id, m.seq, m.thread_id, t.kind AS thread_kind, t.subject_id AS thread_subject_id, m.account_id, m.author_id, u.name AS author_name, (u.staff_role IS NOT NULL) AS author_staff,
    m.body, m.internal, m.source, m.quoted_message_id, m.created_at, m.edited_at, m.deleted_at,
    (SELECT s.message_edit_minutes FROM accounts ac JOIN segments s ON s.id = ac.segment_id WHERE ac.id = m.account_id) AS edit_window_minutes,
    (t.kind = 'ticket' AND NOT EXISTS (SELECT 1 FROM messages f WHERE f.thread_id = m.thread_id AND f.seq < m.seq)) AS ticket_description,
    CASE WHEN q.deleted_at IS NULL AND (${internal} OR NOT q.internal) THEN q.body END AS quoted_body,
    (q.id IS NOT NULL AND (${internal} OR NOT q.internal)) AS quoted_visible,
    (SELECT json_agg(json_build_object('id', mu.id, 'name', mu.name, 'staff', mu.staff_role IS NOT NULL) ORDER BY mu.name)
       FROM message_mentions mm JOIN users mu ON mu.id = mm.user_id WHERE mm.message_id = m.id) AS mentions,
    (SELECT json_agg(json_build_object('id', ma.id, 'name', ma.name, 'content_type', ma.content_type, 'size', ma.size) ORDER BY ma.created_at, ma.id)
       FROM message_attachments ma WHERE ma.message_id = m.id) AS attachments
  FROM messages m JOIN threads t ON t.id = m.thread_id
  LEFT JOIN users u ON u.id = m.author_id
  LEFT JOIN messages q ON q.id = m.quoted_message_id`;

/** Newest first; the cursor is the seq of the last message of the previous page. */
export async function listMessages(
  db: Queryable,
  scope: AccountScope,
  internal: boolean,
  threadId: string,
  beforeSeq: number | null,
  limit: number,
  q: string | null = null,
): Promise<MessageRow[]> {
  const { rows } = await db.query<MessageRow>(
    `${selectMessages('$3::boolean')}
     WHERE ${IN_SCOPE} AND ($3::boolean OR NOT m.internal) AND m.thread_id = $4 AND ($5::bigint IS NULL OR m.seq < $5)
       AND ($6::text IS NULL OR (m.deleted_at IS NULL AND m.body ILIKE '%' || $6 || '%'))
     ORDER BY m.seq DESC LIMIT $7`,
    [...scopeParams(scope), internal, threadId, beforeSeq, q ? q.replace(/[\\%_]/g, (c) => `\\${c}`) : null, limit + 1],
  );
  return rows;
}

export async function findMessage(
  db: Queryable,
  scope: AccountScope,
  internal: boolean,
  messageId: string,
): Promise<MessageRow | null> {
  const { rows } = await db.query<MessageRow>(
    `${selectMessages('$3::boolean')} WHERE ${IN_SCOPE} AND ($3::boolean OR NOT m.internal) AND m.id = $4`,
    [...scopeParams(scope), internal, messageId],
  );
  return rows[0] ?? null;
}

/** Whole thread oldest first, for export (bounded: a thread past 5,000 messages exports its latest 5,000). */
export async function allMessages(
  db: Queryable,
  scope: AccountScope,
  internal: boolean,
  threadId: string,
): Promise<MessageRow[]> {
  const rows = await listMessages(db, scope, internal, threadId, null, 5000);
  return rows.slice(0, 5000).reverse();
}

/**
 * One statement for the message, its mentions and the followers it adds. Nothing here locks a shared row; the
 * thread's row is touched last, by touchThreadForMessage, so concurrent posts to one thread wait for each other
 * only at the end of their transactions.
 */
export async function insertMessage(
  db: Queryable,
  message: Omit<NewMessage, 'mentionIds' | 'followerIds' | 'staffOnly'> & {
    mentionIds?: string[];
    followerIds?: string[];
  },
): Promise<number> {
  const { rows } = await db.query<{ seq: number }>(
    `WITH inserted AS (
       INSERT INTO messages (id, thread_id, account_id, author_id, body, internal, source, quoted_message_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq
     ), mentioned AS (
       INSERT INTO message_mentions (message_id, user_id) SELECT $1, unnest($10::uuid[]) ON CONFLICT DO NOTHING
     ), followed AS (
       INSERT INTO thread_followers (thread_id, user_id) SELECT $2, unnest($11::uuid[]) ON CONFLICT DO NOTHING
     )
     SELECT seq FROM inserted`,
    [
      message.id,
      message.threadId,
      message.accountId,
      message.authorId,
      message.body,
      message.internal,
      message.source,
      message.quotedMessageId,
      message.now,
      message.mentionIds ?? [],
      message.followerIds ?? [],
    ],
  );
  return rows[0]!.seq;
}

/**
 * The thread's orders after a message (clients order by the last message they can see; staff by any activity,
 * notes included) and, when asked, the author's read mark (forward only, as markReadUpTo); one statement.
 */
export async function touchThreadForMessage(
  db: Queryable,
  t: { threadId: string; authorId: string; seq: number; internal: boolean; now: Date; markAuthorRead: boolean },
) {
  await db.query(
    `WITH touched AS (
       UPDATE threads SET last_activity_at = GREATEST(last_activity_at, $5),
         last_message_at = CASE WHEN $4::boolean THEN last_message_at ELSE GREATEST(last_message_at, $5) END WHERE id = $1
     )
     INSERT INTO thread_reads (thread_id, user_id, last_read_seq, read_at) SELECT $1, $2, $3, $5 WHERE $6::boolean
     ON CONFLICT (thread_id, user_id) DO UPDATE SET
       read_at = CASE WHEN EXCLUDED.last_read_seq > thread_reads.last_read_seq THEN EXCLUDED.read_at ELSE thread_reads.read_at END,
       last_read_seq = GREATEST(thread_reads.last_read_seq, EXCLUDED.last_read_seq)`,
    [t.threadId, t.authorId, t.seq, t.internal, t.now, t.markAuthorRead],
  );
}

export async function updateMessageBody(db: Queryable, messageId: string, body: string, now: Date) {
  await db.query('UPDATE messages SET body = $2, edited_at = $3 WHERE id = $1 AND deleted_at IS NULL', [
    messageId,
    body,
    now,
  ]);
}

/**
 * A deleted message leaves its mark; its words stay for the firm's record (presenters show them to staff only,
 * every other path skips deleted messages). Mentions go; attachments stay, downloadable by staff only.
 */
export async function markMessageDeleted(db: Queryable, messageId: string, now: Date) {
  await db.query('UPDATE messages SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL', [messageId, now]);
  await db.query('DELETE FROM message_mentions WHERE message_id = $1', [messageId]);
}
