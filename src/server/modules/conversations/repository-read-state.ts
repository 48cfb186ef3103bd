import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';

/* Read state: one row per (thread, reader) holding the seq read up to. Same scope/notes rules as repository.ts. */
const IN_SCOPE = '($1::boolean OR t.account_id = ANY($2::uuid[]))';

export interface ReaderRow {
  user_id: string;
  name: string;
  staff: boolean;
  last_read_seq: number;
  read_at: Date;
}

/** Who read how far in a thread ("seen by", staff only). No scope: the caller has authorized the thread. */
export async function readersOfThread(db: Queryable, threadId: string): Promise<ReaderRow[]> {
  const { rows } = await db.query<ReaderRow>(
    `SELECT r.user_id, u.name, (u.staff_role IS NOT NULL) AS staff, r.last_read_seq, r.read_at
     FROM thread_reads r JOIN users u ON u.id = r.user_id WHERE r.thread_id = $1 ORDER BY r.read_at`,
    [threadId],
  );
  return rows;
}

/**
 * Moves the reader's mark forward only: reading an old message in another tab never makes newer ones unread.
 * No scope: the caller's own row, on a thread the read use case has authorized.
 */
export async function markReadUpTo(db: Queryable, threadId: string, userId: string, seq: number, now: Date) {
  const { rows } = await db.query<{ last_read_seq: number; read_at: Date }>(
    `INSERT INTO thread_reads (thread_id, user_id, last_read_seq, read_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (thread_id, user_id) DO UPDATE SET
       read_at = CASE WHEN EXCLUDED.last_read_seq > thread_reads.last_read_seq THEN EXCLUDED.read_at ELSE thread_reads.read_at END,
       last_read_seq = GREATEST(thread_reads.last_read_seq, EXCLUDED.last_read_seq)
     RETURNING last_read_seq, read_at`,
    [threadId, userId, seq, now],
  );
  return rows[0]!;
}

/**
 * The newest message the caller can see in a thread (its seq and id), or null for an empty thread. No scope: the
 * thread is authorized by the caller; `internal` keeps notes from people.
 */
export async function latestVisibleMessage(db: Queryable, threadId: string, internal: boolean) {
  const { rows } = await db.query<{ id: string; seq: number }>(
    'SELECT id, seq FROM messages WHERE thread_id = $1 AND ($2::boolean OR NOT internal) ORDER BY seq DESC LIMIT 1',
    [threadId, internal],
  );
  return rows[0] ?? null;
}

/** The message at or below the caller's read mark that the caller can see: what "read up to" points at. No scope:
 * as above, the thread is authorized by the caller. */
export async function visibleMessageAtOrBefore(db: Queryable, threadId: string, internal: boolean, seq: number) {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM messages WHERE thread_id = $1 AND ($2::boolean OR NOT internal) AND seq <= $3 ORDER BY seq DESC LIMIT 1',
    [threadId, internal, seq],
  );
  return rows[0]?.id ?? null;
}

export interface UnreadRow {
  thread_id: string;
  account_id: string;
  unread: number;
}

/** Unread messages per thread for the caller; notes count only for staff, own messages never. */
export async function unreadByThread(
  db: Queryable,
  scope: AccountScope,
  internal: boolean,
  userId: string,
): Promise<UnreadRow[]> {
  const { rows } = await db.query<UnreadRow>(
    `SELECT t.id AS thread_id, t.account_id, count(*)::int AS unread
     FROM threads t
     JOIN messages m ON m.thread_id = t.id
     LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = $4
     WHERE ${IN_SCOPE} AND t.kind = 'conversation' AND m.deleted_at IS NULL AND ($3::boolean OR NOT m.internal)
       AND m.author_id IS DISTINCT FROM $4 AND m.seq > COALESCE(r.last_read_seq, 0)
     GROUP BY t.id, t.account_id
     ORDER BY t.account_id, t.id`,
    [...scopeParams(scope), internal, userId],
  );
  return rows;
}

/**
 * Conversations waiting for the firm's answer, per account: threads whose newest message (notes and deleted
 * messages aside) was written by someone outside the firm. An author whose user was deleted counts as outside.
 */
export async function unansweredThreadsByAccount(db: Queryable, scope: AccountScope) {
  const { rows } = await db.query<{ account_id: string; count: number }>(
    `SELECT t.account_id, count(*)::int AS count
     FROM threads t
     CROSS JOIN LATERAL (SELECT m.author_id FROM messages m WHERE m.thread_id = t.id AND NOT m.internal AND m.deleted_at IS NULL
                         ORDER BY m.seq DESC LIMIT 1) last
     LEFT JOIN users u ON u.id = last.author_id
     WHERE ${IN_SCOPE} AND t.kind = 'conversation' AND u.staff_role IS NULL
     GROUP BY t.account_id`,
    scopeParams(scope),
  );
  return rows;
}
