import { isBuiltModule, type EmailFrequency, type ThreadKind } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { threadModuleOnSql } from '../segments/index.ts';

/*
 * Who hears about a message, and what was emailed. These read across users on purpose (recipients are other
 * people than the caller); each query is bounded by the thread's own account, never by a caller's input alone.
 */

export interface RecipientRow {
  id: string;
  email: string;
  name: string;
  staff: boolean;
  /** The language the person chose (null: none; their mail follows the segment's, then the portal's). */
  locale?: string | null;
}

const staffSeesAccount = (
  account: string,
) => `u.staff_role IS NOT NULL AND (u.staff_role <> 'agent' OR NOT u.limited_to_assigned_accounts
  OR EXISTS (SELECT 1 FROM staff_assignments sa WHERE sa.user_id = u.id AND sa.account_id = ${account}))`;
const STAFF_SEES_ACCOUNT = staffSeesAccount('$1');

export interface FanOutRecipient extends RecipientRow {
  frequency: EmailFrequency;
  /** The end of the grouping window of the last email about this thread, if one was sent: no email before then. */
  window_ends_at: Date | null;
}

/**
 * The account's people (never for a note; for a ticket only its requester and CCs) and the staff following the thread who can still see the account,
 * each with their email preference for messages and the end of their grouping window (read here, in the same
 * query, to spare round trips: an email job enqueued inside a window waits for its end instead of running now).
 * Placeholders (or SQL expressions, never input): the post's own statement runs it (repository-post.ts).
 * `alsoFollowing`: users that statement makes followers (the mentioned), whom its snapshot cannot show yet.
 */
export function recipientsSql(
  account: string,
  thread: string,
  author: string,
  staffOnly: string,
  alsoFollowing: string | null,
) {
  const followers = alsoFollowing
    ? `(SELECT user_id FROM thread_followers WHERE thread_id = ${thread} UNION SELECT unnest(${alsoFollowing}))`
    : `(SELECT user_id FROM thread_followers WHERE thread_id = ${thread})`;
  return `SELECT r.*, COALESCE(p.email, 'immediately') AS frequency,
       (SELECT max(s.sent_at) FROM conversation_email_sends s WHERE s.user_id = r.id AND s.thread_id = ${thread} AND s.status = 'sent')
         + make_interval(mins => (SELECT email_grouping_minutes FROM portal_settings LIMIT 1)) AS window_ends_at
     FROM (
       SELECT u.id, u.email, u.name, false AS staff FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.account_id = ${account} AND NOT ${staffOnly} AND u.deactivated_at IS NULL AND u.id <> ${author} AND u.staff_role IS NULL
         -- A ticket reaches its requester and CCs only, not the whole account; a task's or a document's thread
         -- the people who wrote in it.
         AND (NOT EXISTS (SELECT 1 FROM threads th WHERE th.id = ${thread} AND th.kind <> 'conversation')
              OR EXISTS (SELECT 1 FROM thread_participants tp WHERE tp.thread_id = ${thread} AND tp.user_id = u.id))
         -- The account's people hear of a thread only while its segment has the thread's module.
         AND ${threadModuleOnSql(account, `(SELECT th.kind FROM threads th WHERE th.id = ${thread})`)}
       UNION
       SELECT u.id, u.email, u.name, true AS staff FROM ${followers} f JOIN users u ON u.id = f.user_id
       WHERE u.deactivated_at IS NULL AND u.id <> ${author} AND ${staffSeesAccount(account)}
     ) r LEFT JOIN notification_preferences p ON p.user_id = r.id AND p.module = 'messages'`;
}

/** Whether a user may still see an account: a current member, or staff whose scope includes it. */
export async function userSeesAccount(db: Queryable, userId: string, accountId: string): Promise<RecipientRow | null> {
  const { rows } = await db.query<RecipientRow>(
    `SELECT u.id, u.email, u.name, (u.staff_role IS NOT NULL) AS staff, u.locale FROM users u
     WHERE u.id = $2 AND u.deactivated_at IS NULL
       AND (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.account_id = $1) OR (${STAFF_SEES_ACCOUNT}))`,
    [accountId, userId],
  );
  return rows[0] ?? null;
}

/** An Actor for a user acting without a session (a reply by email), built like the session's. */
export async function actorOfUser(db: Queryable, userId: string): Promise<Actor | null> {
  const { rows } = await db.query<{
    id: string;
    email: string;
    name: string;
    staff_role: Actor['staffRole'];
    limited_to_assigned_accounts: boolean;
    memberships: { account_id: string; role: 'account_admin' | 'member'; modules: string[] }[] | null;
    assigned: string[] | null;
  }>(
    `SELECT u.id, u.email, u.name, u.staff_role, u.limited_to_assigned_accounts,
       (SELECT json_agg(json_build_object('account_id', m.account_id, 'role', m.role, 'modules', s.modules))
          FROM memberships m JOIN accounts a ON a.id = m.account_id JOIN segments s ON s.id = a.segment_id WHERE m.user_id = u.id) AS memberships,
       (SELECT array_agg(sa.account_id) FROM staff_assignments sa WHERE sa.user_id = u.id) AS assigned
     FROM users u WHERE u.id = $1 AND u.deactivated_at IS NULL`,
    [userId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    staffRole: row.staff_role,
    limitedToAssignedAccounts: row.limited_to_assigned_accounts,
    assignedAccountIds: new Set(row.assigned ?? []),
    memberships: new Map((row.memberships ?? []).map((m) => [m.account_id, m.role])),
    accountModules: new Map((row.memberships ?? []).map((m) => [m.account_id, m.modules.filter(isBuiltModule)])),
    sessionId: '',
    sessionState: 'active',
    activeAccountId: null,
  };
}

export interface PendingMessageRow {
  seq: number;
  id: string;
  body: string;
  author_name: string | null;
  created_at: Date;
}

/**
 * A thread as its email needs it: subject, account name and, for a ticket, its number ("[#1234]" in the subject).
 * No scope: the email job acts for nobody; it checks the recipient's access (`userSeesAccount`) right after.
 */
export async function threadForEmail(db: Queryable, threadId: string) {
  const { rows } = await db.query<{
    account_id: string;
    subject: string;
    account_name: string;
    kind: ThreadKind;
    subject_id: string | null;
    subject_version_id: string | null;
    ticket_number: string | null;
  }>(
    `SELECT t.account_id, t.subject, a.name AS account_name, t.kind, t.subject_id, t.subject_version_id, tk.number AS ticket_number
     FROM threads t JOIN accounts a ON a.id = t.account_id LEFT JOIN tickets tk ON tk.thread_id = t.id WHERE t.id = $1`,
    [threadId],
  );
  return rows[0] ?? null;
}

/**
 * A person's daily digest: threads with unread notifications since `since`, by subject and count (at most 20).
 * Scoped by the person: only accounts they are still a member of (staff: any), and nothing once deactivated.
 */
export async function digestRowsFor(db: Queryable, userId: string, since: Date) {
  const { rows } = await db.query<{ email: string; subject: string; n: number }>(
    `SELECT u.email, t.subject, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id JOIN threads t ON t.id = n.thread_id
     WHERE n.user_id = $1 AND n.read_at IS NULL AND n.created_at > $2 AND u.deactivated_at IS NULL
       AND (u.staff_role IS NOT NULL OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.account_id = n.account_id))
     GROUP BY u.email, t.subject ORDER BY max(n.created_at) DESC LIMIT 20`,
    [userId, since],
  );
  return rows;
}

/** What a recipient has not read nor been emailed yet: never notes for a client, never their own words. */
export async function unsentMessages(
  db: Queryable,
  threadId: string,
  recipient: RecipientRow,
  afterSeq: number,
): Promise<PendingMessageRow[]> {
  const { rows } = await db.query<PendingMessageRow>(
    `SELECT m.seq, m.id, m.body, u.name AS author_name, m.created_at FROM messages m LEFT JOIN users u ON u.id = m.author_id
     LEFT JOIN thread_reads r ON r.thread_id = m.thread_id AND r.user_id = $2
     WHERE m.thread_id = $1 AND m.deleted_at IS NULL AND ($3::boolean OR NOT m.internal) AND m.author_id IS DISTINCT FROM $2
       AND m.seq > GREATEST($4::bigint, COALESCE(r.last_read_seq, 0))
     ORDER BY m.seq LIMIT 20`,
    [threadId, recipient.id, recipient.staff, afterSeq],
  );
  return rows;
}

export async function insertReplyToken(db: Queryable, tokenHash: string, threadId: string, userId: string, now: Date) {
  await db.query('INSERT INTO reply_tokens (token_hash, thread_id, user_id, created_at) VALUES ($1, $2, $3, $4)', [
    tokenHash,
    threadId,
    userId,
    now,
  ]);
}

/** A reply token issued after `notBefore` (older ones have expired, see retention.ts). */
export async function findReplyToken(db: Queryable, tokenHash: string, notBefore: Date) {
  const { rows } = await db.query<{ thread_id: string; user_id: string; email: string; account_id: string }>(
    `SELECT r.thread_id, r.user_id, u.email, t.account_id FROM reply_tokens r JOIN users u ON u.id = r.user_id JOIN threads t ON t.id = r.thread_id
     WHERE r.token_hash = $1 AND r.created_at >= $2`,
    [tokenHash, notBefore],
  );
  return rows[0] ?? null;
}

export async function deleteReplyTokensBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM reply_tokens WHERE created_at < $1', [before]);
  return rowCount ?? 0;
}

export async function conversationSettings(db: Queryable) {
  const { rows } = await db.query<{
    name: string;
    primary_color: string;
    hide_message_content_in_email: boolean;
    email_grouping_minutes: number;
    base_url: string | null;
  }>(
    'SELECT name, primary_color, hide_message_content_in_email, email_grouping_minutes, base_url FROM portal_settings',
  );
  return rows[0]!;
}

export async function updateConversationSettings(
  db: Queryable,
  input: { hideMessageContentInEmail?: boolean; emailGroupingMinutes?: number },
) {
  await db.query(
    `UPDATE portal_settings SET hide_message_content_in_email = COALESCE($1, hide_message_content_in_email),
       email_grouping_minutes = COALESCE($2, email_grouping_minutes), updated_at = now()`,
    [input.hideMessageContentInEmail ?? null, input.emailGroupingMinutes ?? null],
  );
}
