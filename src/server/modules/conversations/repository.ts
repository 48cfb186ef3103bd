import type { SubjectThreadKind, ThreadKind } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

/*
 * All SQL of threads and messages. $1/$2 are always the caller's account scope; `internal` ($3 where it appears)
 * says whether the caller sees internal notes, so a note is filtered in SQL, never after the fact.
 */
const IN_SCOPE = '($1::boolean OR t.account_id = ANY($2::uuid[]))';

export interface ThreadRow {
  id: string;
  account_id: string;
  account_name: string;
  segment_modules: string[];
  kind: ThreadKind;
  subject_id: string | null;
  subject: string;
  created_by: string | null;
  created_by_name: string | null;
  created_by_staff: boolean | null;
  created_at: Date;
  last_at: Date;
  last_at_key: string;
  last_body: string | null;
  last_deleted_at: Date | null;
  message_count: number;
  unread_count: number;
}

const selectThreads = (internal: string, userId: string) => `
  SELECT t.id, t.account_id, a.name AS account_name, s.modules AS segment_modules, t.kind, t.subject_id, t.subject, t.created_by,
    cu.name AS created_by_name, (cu.staff_role IS NOT NULL) AS created_by_staff, t.created_at,
    CASE WHEN ${internal} THEN t.last_activity_at ELSE t.last_message_at END AS last_at,
    ${timestampKey(`CASE WHEN ${internal} THEN t.last_activity_at ELSE t.last_message_at END`)} AS last_at_key,
    lm.body AS last_body, lm.deleted_at AS last_deleted_at,
    (SELECT count(*)::int FROM messages m WHERE m.thread_id = t.id AND m.deleted_at IS NULL AND (${internal} OR NOT m.internal)) AS message_count,
    (SELECT count(*)::int FROM messages m WHERE m.thread_id = t.id AND m.deleted_at IS NULL AND (${internal} OR NOT m.internal)
       AND m.author_id IS DISTINCT FROM ${userId} AND m.seq > COALESCE(r.last_read_seq, 0)) AS unread_count
  FROM threads t
  JOIN accounts a ON a.id = t.account_id JOIN segments s ON s.id = a.segment_id
  LEFT JOIN users cu ON cu.id = t.created_by
  LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = ${userId}
  LEFT JOIN LATERAL (SELECT m.body, m.deleted_at FROM messages m WHERE m.thread_id = t.id AND (${internal} OR NOT m.internal) ORDER BY m.seq DESC LIMIT 1) lm ON true`;

export interface ThreadFilter {
  accountId: string | null;
  q: string | null;
  unreadOnly: boolean;
  after: [string, string] | null;
  limit: number;
}

/** Latest activity first, keyset on (last activity, id). */
export async function listThreads(
  db: Queryable,
  scope: AccountScope,
  internal: boolean,
  userId: string,
  filter: ThreadFilter,
): Promise<ThreadRow[]> {
  const { rows } = await db.query<ThreadRow>(
    `SELECT * FROM (${selectThreads('$3::boolean', '$4::uuid')}
       WHERE ${IN_SCOPE} AND t.kind = 'conversation' AND ($5::uuid IS NULL OR t.account_id = $5) AND ($6::text IS NULL OR t.subject ILIKE '%' || $6 || '%')) x
     WHERE (NOT $7::boolean OR x.unread_count > 0)
       AND ($8::timestamptz IS NULL OR (x.last_at, x.id) < ($8::timestamptz, $9::uuid))
     ORDER BY x.last_at DESC, x.id DESC LIMIT $10`,
    [
      ...scopeParams(scope),
      internal,
      userId,
      filter.accountId,
      filter.q ? filter.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null,
      filter.unreadOnly,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

export async function findThread(
  db: Queryable,
  scope: AccountScope,
  internal: boolean,
  userId: string,
  threadId: string,
): Promise<ThreadRow | null> {
  const { rows } = await db.query<ThreadRow>(
    `${selectThreads('$3::boolean', '$4::uuid')} WHERE ${IN_SCOPE} AND t.id = $5`,
    [...scopeParams(scope), internal, userId, threadId],
  );
  return rows[0] ?? null;
}

export interface ThreadRefRow {
  id: string;
  account_id: string;
  kind: ThreadKind;
  subject_id: string | null;
  account_name: string;
  subject: string;
  created_by: string | null;
}

/** The thread without counts or previews: what writes need, at a cost that does not grow with the thread. */
export async function findThreadRef(
  db: Queryable,
  scope: AccountScope,
  threadId: string,
): Promise<ThreadRefRow | null> {
  const { rows } = await db.query<ThreadRefRow>(
    `SELECT t.id, t.account_id, t.kind, t.subject_id, a.name AS account_name, t.subject, t.created_by FROM threads t JOIN accounts a ON a.id = t.account_id
     WHERE ${IN_SCOPE} AND t.id = $3`,
    [...scopeParams(scope), threadId],
  );
  return rows[0] ?? null;
}

export async function insertThread(
  db: Queryable,
  thread: {
    id: string;
    accountId: string;
    subject: string;
    createdBy: string;
    now: Date;
    kind?: 'conversation' | 'ticket';
  },
) {
  await db.query(
    'INSERT INTO threads (id, account_id, subject, created_by, created_at, last_message_at, last_activity_at, kind) VALUES ($1, $2, $3, $4, $5, $5, $5, $6)',
    [thread.id, thread.accountId, thread.subject, thread.createdBy, thread.now, thread.kind ?? 'conversation'],
  );
}

/**
 * The thread about an object of another module, made on first use. Two first uses at once make one thread (the
 * unique index on (kind, subject_id) and DO NOTHING); both read it back. No scope: the owning module authorized the
 * object first, and the account is the object's.
 */
export async function ensureSubjectThread(
  db: Queryable,
  thread: { id: string; kind: SubjectThreadKind; subjectId: string; accountId: string; subject: string; now: Date },
): Promise<string> {
  await db.query(
    `INSERT INTO threads (id, account_id, kind, subject_id, subject, created_at, last_message_at, last_activity_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $6) ON CONFLICT (kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING`,
    [thread.id, thread.accountId, thread.kind, thread.subjectId, thread.subject, thread.now],
  );
  const { rows } = await db.query<{ id: string }>('SELECT id FROM threads WHERE kind = $1 AND subject_id = $2', [
    thread.kind,
    thread.subjectId,
  ]);
  return rows[0]!.id;
}

/**
 * People who hear of a subject thread's next messages: staff as followers, the account's people as participants
 * (as a ticket's requester). The author, and whoever the owning module names (a task's assignee and followers).
 * No scope: the thread was authorized by the caller; recipientsOf checks each one's access when it sends.
 */
export async function addListeners(db: Queryable, threadId: string, userIds: string[]) {
  if (!userIds.length) return;
  await db.query(
    `INSERT INTO thread_followers (thread_id, user_id)
     SELECT $1, u.id FROM users u WHERE u.id = ANY($2::uuid[]) AND u.staff_role IS NOT NULL ON CONFLICT DO NOTHING`,
    [threadId, userIds],
  );
  await db.query(
    `INSERT INTO thread_participants (thread_id, user_id, role)
     SELECT $1, u.id, 'participant' FROM users u WHERE u.id = ANY($2::uuid[]) AND u.staff_role IS NULL
     ON CONFLICT (thread_id, user_id) DO NOTHING`,
    [threadId, userIds],
  );
}

export async function renameThread(db: Queryable, scope: AccountScope, threadId: string, subject: string) {
  await db.query(`UPDATE threads t SET subject = $4, version = version + 1 WHERE ${IN_SCOPE} AND t.id = $3`, [
    ...scopeParams(scope),
    threadId,
    subject,
  ]);
}

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
  message: {
    id: string;
    threadId: string;
    accountId: string;
    authorId: string;
    body: string;
    internal: boolean;
    source: 'web' | 'email';
    quotedMessageId: string | null;
    now: Date;
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

/** Staff among `userIds` who can see the account (mentions of anyone else are refused). Portal-wide user table: scoped by the account. */
export async function staffWhoSeeAccount(db: Queryable, accountId: string, userIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT u.id FROM users u WHERE u.id = ANY($2::uuid[]) AND u.staff_role IS NOT NULL AND u.deactivated_at IS NULL
       AND (NOT u.limited_to_assigned_accounts OR u.staff_role <> 'agent'
            OR EXISTS (SELECT 1 FROM staff_assignments sa WHERE sa.user_id = u.id AND sa.account_id = $1))`,
    [accountId, userIds],
  );
  return rows.map((row) => row.id);
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

/**
 * Whether the account exists. No scope: the caller's policy (`canStartThread`) checks the scope right after, and
 * both answers read the same to the caller (404).
 */
export async function accountExists(db: Queryable, accountId: string) {
  return (await db.query('SELECT 1 FROM accounts WHERE id = $1', [accountId])).rows.length > 0;
}

/**
 * Moves one thread's messages, files and people into another (a ticket merged into another of the same account).
 * No scope: the caller (tickets' merge) has locked and authorized both threads in this transaction.
 */
export async function moveThreadContent(db: Queryable, sourceId: string, targetId: string) {
  await db.query('UPDATE messages SET thread_id = $2 WHERE thread_id = $1', [sourceId, targetId]);
  await db.query('UPDATE message_attachments SET thread_id = $2 WHERE thread_id = $1', [sourceId, targetId]);
  await db.query(
    `INSERT INTO thread_participants (thread_id, user_id, role) SELECT $2, user_id, 'cc' FROM thread_participants WHERE thread_id = $1
     ON CONFLICT (thread_id, user_id) DO NOTHING`,
    [sourceId, targetId],
  );
  await db.query(
    'INSERT INTO thread_followers (thread_id, user_id) SELECT $2, user_id FROM thread_followers WHERE thread_id = $1 ON CONFLICT DO NOTHING',
    [sourceId, targetId],
  );
}

export async function addFollower(db: Queryable, threadId: string, userId: string) {
  await addFollowers(db, threadId, [userId]);
}

export async function addFollowers(db: Queryable, threadId: string, userIds: string[]) {
  if (userIds.length)
    await db.query(
      'INSERT INTO thread_followers (thread_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [threadId, userIds],
    );
}

/** Whether one of the account's people sees a ticket thread (requester, CC, or admin where the segment allows); SQL in 0008. */
export async function ticketVisibleToPerson(db: Queryable, threadId: string, userId: string): Promise<boolean> {
  const { rows } = await db.query<{ visible: boolean }>('SELECT ticket_visible_to($1, $2) AS visible', [
    threadId,
    userId,
  ]);
  return rows[0]?.visible === true;
}
