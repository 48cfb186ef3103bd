import type { SubjectThreadKind, ThreadKind } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

/*
 * All SQL of threads (messages: repository-messages.ts). $1/$2 are always the caller's account scope; `internal` ($3 where it appears)
 * says whether the caller sees internal notes, so a note is filtered in SQL, never after the fact.
 */
/** The unique index's stand-in for "no version" (migration 0067). */
const NO_VERSION = '00000000-0000-0000-0000-000000000000';

export const IN_SCOPE = '($1::boolean OR t.account_id = ANY($2::uuid[]))';

export interface ThreadRow {
  id: string;
  account_id: string;
  account_name: string;
  segment_modules: string[];
  kind: ThreadKind;
  subject_id: string | null;
  subject_version_id: string | null;
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
  SELECT t.id, t.account_id, a.name AS account_name, s.modules AS segment_modules, t.kind, t.subject_id, t.subject_version_id, t.subject,
    t.created_by,
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
    /** Null for a ticket an integration filed (no person made the thread). */
    createdBy: string | null;
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
  thread: {
    id: string;
    kind: SubjectThreadKind;
    subjectId: string;
    /** The version of the object the thread is about (a document's); null for objects without versions. */
    versionId: string | null;
    accountId: string;
    subject: string;
    now: Date;
  },
): Promise<string> {
  await db.query(
    `INSERT INTO threads (id, account_id, kind, subject_id, subject_version_id, subject, created_at, last_message_at,
       last_activity_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7)
     ON CONFLICT (kind, subject_id, (COALESCE(subject_version_id, '${NO_VERSION}'::uuid)))
       WHERE subject_id IS NOT NULL DO NOTHING`,
    [thread.id, thread.accountId, thread.kind, thread.subjectId, thread.versionId, thread.subject, thread.now],
  );
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM threads WHERE kind = $1 AND subject_id = $2 AND subject_version_id IS NOT DISTINCT FROM $3',
    [thread.kind, thread.subjectId, thread.versionId],
  );
  return rows[0]!.id;
}

/**
 * People who hear of a subject thread's next messages: staff as followers, the account's people as participants
 * (as a ticket's requester). The author, and whoever the owning module names (a task's assignee and followers).
 * No scope: the thread was authorized by the caller; userSeesAccount checks each one's access when it sends.
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

/**
 * Deletes the subject threads about objects their module is deleting (messages, files, read state and notifications
 * go with them by cascade). The files' stored objects are queued in the storage's pending list with a start of
 * -infinity, as the documents purge does, so the documents sweep removes them even if the caller's own removal
 * after commit fails. No scope: the owning module authorized the deletion of the objects. Returns the files' keys.
 */
export async function deleteSubjectThreadRows(db: Queryable, kind: SubjectThreadKind, subjectIds: string[]) {
  if (!subjectIds.length) return [];
  const { rows } = await db.query<{ storage_key: string }>(
    `SELECT a.storage_key FROM message_attachments a JOIN threads t ON t.id = a.thread_id
     WHERE t.kind = $1 AND t.subject_id = ANY($2::uuid[])`,
    [kind, subjectIds],
  );
  const keys = rows.map((row) => row.storage_key);
  await db.query(
    `INSERT INTO storage_pending_objects (storage_key, started_at) SELECT unnest($1::text[]), '-infinity'
     ON CONFLICT DO NOTHING`,
    [keys],
  );
  await db.query('DELETE FROM threads WHERE kind = $1 AND subject_id = ANY($2::uuid[])', [kind, subjectIds]);
  return keys;
}
