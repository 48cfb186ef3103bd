import type { Queryable } from '../../platform/db/index.ts';
import { recipientsSql, type FanOutRecipient } from './repository-delivery.ts';
import type { MessageRow } from './repository-messages.ts';

/*
 * A post's first write, in one statement (one round trip): the message, its mentions, the followers it adds, the
 * thread's orders and the author's read mark, and who hears of it (recipientsSql's query). It returns the message as
 * findMessage would read it, so nothing is read again. No scope: the use case authorized the thread; the thread's
 * account bounds every read here.
 */

export interface NewMessage {
  id: string;
  threadId: string;
  accountId: string;
  authorId: string;
  body: string;
  internal: boolean;
  source: 'web' | 'email';
  quotedMessageId: string | null;
  now: Date;
  mentionIds: string[];
  followerIds: string[];
  /** Reaches staff only (a note, or beside an object the account's people do not see): recipientsSql's staffOnly. */
  staffOnly: boolean;
}

/** The posted message's row, with the quoted message's raw fields: what a reader sees of it depends on the reader. */
export interface PostedRow extends Omit<MessageRow, 'quoted_body' | 'quoted_visible'> {
  quoted_raw: { body: string; internal: boolean; deleted: boolean } | null;
}

export async function insertPostedMessage(
  db: Queryable,
  m: NewMessage,
): Promise<{ row: PostedRow; recipients: FanOutRecipient[] }> {
  const { rows } = await db.query<{
    seq: number;
    created_at: Date;
    thread_kind: MessageRow['thread_kind'];
    thread_subject_id: string | null;
    author_name: string | null;
    author_staff: boolean | null;
    edit_window_minutes: number;
    ticket_description: boolean;
    quoted_body: string | null;
    quoted_internal: boolean | null;
    quoted_deleted: boolean | null;
    mentions: MessageRow['mentions'];
    recipients: (Omit<FanOutRecipient, 'window_ends_at'> & { window_ends_at: string | null })[] | null;
  }>(
    // The followers are written before the thread's row is locked (`touched` reads `followed`): a post waiting on
    // another's uncommitted follower row must not hold the thread meanwhile (the order the separate statements had).
    `WITH inserted AS (
       INSERT INTO messages (id, thread_id, account_id, author_id, body, internal, source, quoted_message_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq, created_at
     ), mentioned AS (
       INSERT INTO message_mentions (message_id, user_id) SELECT $1, unnest($10::uuid[]) ON CONFLICT DO NOTHING RETURNING 1
     ), followed AS (
       INSERT INTO thread_followers (thread_id, user_id) SELECT $2, unnest($11::uuid[]) ON CONFLICT DO NOTHING RETURNING 1
     ), touched AS (
       UPDATE threads SET last_activity_at = GREATEST(last_activity_at, $9),
         last_message_at = CASE WHEN $6::boolean THEN last_message_at ELSE GREATEST(last_message_at, $9) END
       WHERE id = $2 AND (SELECT count(*) FROM followed) + (SELECT count(*) FROM mentioned) >= 0
       RETURNING kind, subject_id
     ), read_mark AS (
       INSERT INTO thread_reads (thread_id, user_id, last_read_seq, read_at)
       SELECT $2, $4, i.seq, $9 FROM inserted i, touched
       ON CONFLICT (thread_id, user_id) DO UPDATE SET
         read_at = CASE WHEN EXCLUDED.last_read_seq > thread_reads.last_read_seq THEN EXCLUDED.read_at ELSE thread_reads.read_at END,
         last_read_seq = GREATEST(thread_reads.last_read_seq, EXCLUDED.last_read_seq)
     ), recipients AS (${recipientsSql('$3::uuid', '$2::uuid', '$4::uuid', '$12::boolean', '$10::uuid[]')})
     SELECT i.seq, i.created_at, t.kind AS thread_kind, t.subject_id AS thread_subject_id,
       u.name AS author_name, (u.staff_role IS NOT NULL) AS author_staff,
       (SELECT s.message_edit_minutes FROM accounts ac JOIN segments s ON s.id = ac.segment_id WHERE ac.id = $3) AS edit_window_minutes,
       (t.kind = 'ticket' AND NOT EXISTS (SELECT 1 FROM messages f WHERE f.thread_id = $2 AND f.seq < i.seq)) AS ticket_description,
       q.body AS quoted_body, q.internal AS quoted_internal, (q.deleted_at IS NOT NULL) AS quoted_deleted,
       (SELECT json_agg(json_build_object('id', mu.id, 'name', mu.name, 'staff', mu.staff_role IS NOT NULL) ORDER BY mu.name)
          FROM users mu WHERE mu.id = ANY($10::uuid[])) AS mentions,
       (SELECT json_agg(r) FROM recipients r) AS recipients
     FROM inserted i CROSS JOIN touched t LEFT JOIN users u ON u.id = $4 LEFT JOIN messages q ON q.id = $8`,
    [
      m.id,
      m.threadId,
      m.accountId,
      m.authorId,
      m.body,
      m.internal,
      m.source,
      m.quotedMessageId,
      m.now,
      m.mentionIds,
      m.followerIds,
      m.staffOnly,
    ],
    { prepare: true },
  );
  const r = rows[0]!;
  return {
    row: {
      id: m.id,
      seq: r.seq,
      thread_id: m.threadId,
      thread_kind: r.thread_kind,
      thread_subject_id: r.thread_subject_id,
      account_id: m.accountId,
      author_id: m.authorId,
      author_name: r.author_name,
      author_staff: r.author_staff,
      body: m.body,
      internal: m.internal,
      source: m.source,
      quoted_message_id: m.quotedMessageId,
      quoted_raw:
        m.quotedMessageId && r.quoted_internal !== null
          ? { body: r.quoted_body ?? '', internal: r.quoted_internal, deleted: r.quoted_deleted === true }
          : null,
      created_at: r.created_at,
      edited_at: null,
      deleted_at: null,
      edit_window_minutes: r.edit_window_minutes,
      ticket_description: r.ticket_description,
      mentions: r.mentions,
      attachments: null,
    },
    recipients: (r.recipients ?? []).map((recipient) => ({
      ...recipient,
      window_ends_at: recipient.window_ends_at === null ? null : new Date(recipient.window_ends_at),
    })),
  };
}

/** The row as findMessage reads it for a reader who does (`internal`) or does not see internal notes. */
export function postedRowFor(row: PostedRow, internal: boolean): MessageRow {
  const { quoted_raw: quoted, ...rest } = row;
  const visible = quoted !== null && (internal || !quoted.internal);
  return { ...rest, quoted_body: visible && !quoted.deleted ? quoted.body : null, quoted_visible: visible };
}
