import type { Queryable } from '../../platform/db/index.ts';

/*
 * The erasure of one person (GDPR Art. 17), in one transaction, across every table that names them. It lives in one
 * file, like the data export's `collectPersonalData`, because it must be complete and atomic: the account-deletion
 * test greps every text and json column of every table (information_schema) for the person's email, name and words,
 * so a table added later that keeps them fails that test until it is added here.
 *
 * Kept on purpose, minimised: the users row itself as the "Deleted user" placeholder (so tickets, messages, audit
 * entries and business records keep a stable, anonymous actor id), the business's records of the person's accounts
 * (orders, returns, invoices and credit notes, which tax law keeps for years and which belong to the account, not to
 * the person), signed envelopes (legal evidence), and documents uploaded into the account's shared space (the
 * account's files). See docs/DATA-RIGHTS.md.
 */

/** The tombstone that replaces a message or comment body the business must keep in its thread. */
export const ERASED_BODY = '[Removed at the author’s request]';

/** What the person wrote that copies (mails, events, webhook bodies) may quote, to find those copies. */
export async function writtenTextsOf(db: Queryable, userId: string) {
  const { rows } = await db.query<{ text: string }>(
    `SELECT body AS text FROM messages WHERE author_id = $1
     UNION SELECT th.subject FROM threads th WHERE th.created_by = $1 AND th.kind IN ('conversation', 'ticket')
     UNION SELECT comment FROM ticket_ratings WHERE requester_id = $1 AND comment IS NOT NULL
     UNION SELECT note FROM returns WHERE requested_by = $1 AND note IS NOT NULL`,
    [userId],
  );
  // Short texts ("ok", "thanks") would match unrelated rows; they identify nobody either.
  return rows.map((row) => row.text).filter((text) => text.trim().length >= 12);
}

/** Files only this person owns, to remove from storage after the commit (their rows go in the transaction). */
export async function ownFilesOf(db: Queryable, userId: string) {
  const { rows } = await db.query<{ storage_key: string }>(
    `SELECT storage_key FROM message_attachments WHERE uploaded_by = $1
     UNION ALL SELECT storage_key FROM return_photos WHERE uploaded_by = $1
     UNION ALL SELECT storage_key FROM data_exports WHERE user_id = $1 AND storage_key IS NOT NULL`,
    [userId],
  );
  return rows.map((row) => row.storage_key);
}

/** Credentials, sign-in links, preferences, read marks and memberships: deleted outright. */
export async function deleteOwnRows(db: Queryable, userId: string, email: string) {
  const byUser = [
    'sessions',
    'auth_tokens',
    'recovery_codes',
    'api_tokens',
    'passkeys',
    'passkey_challenges',
    'sso_identities',
    'sso_link_requests',
    'email_changes',
    'data_exports',
    'notification_preferences',
    'notifications',
    'thread_reads',
    'thread_followers',
    'thread_participants',
    'message_mentions',
    'reply_tokens',
    'ticket_presence',
    'ticket_form_sessions',
    'calendar_feeds',
    'task_saved_views',
    'task_followers',
    'task_overdue_digests',
    'project_members',
    'memberships',
    'idempotency_keys',
  ];
  for (const table of byUser) await db.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
  await db.query('UPDATE help_sessions SET user_id = NULL WHERE user_id = $1', [userId]);
  await db.query('DELETE FROM invitations WHERE lower(email) = lower($1)', [email]);
  // Rate-limit counters are keyed by address or user id (sign-in attempts, code sends).
  await db.query(
    `DELETE FROM rate_limiter_points WHERE strpos(lower(key), lower($1)) > 0 OR strpos(key, $2::text) > 0`,
    [email, userId],
  );
}

/** Their messages' bodies and files: the thread stays (the business's record), the words and files go. */
export async function tombstoneWritings(db: Queryable, userId: string, ticketSubject: (n: number) => string) {
  await db.query('DELETE FROM message_attachments WHERE uploaded_by = $1', [userId]);
  await db.query('DELETE FROM return_photos WHERE uploaded_by = $1', [userId]);
  await db.query('UPDATE messages SET body = $2 WHERE author_id = $1', [userId, ERASED_BODY]);
  await db.query('UPDATE ticket_ratings SET comment = NULL WHERE requester_id = $1', [userId]);
  await db.query('UPDATE returns SET note = NULL WHERE requested_by = $1', [userId]);
  // The subjects they wrote: a ticket keeps its number, a conversation a neutral title.
  const { rows } = await db.query<{ id: string; number: number | null }>(
    `SELECT th.id, t.number FROM threads th LEFT JOIN tickets t ON t.thread_id = th.id
     WHERE th.created_by = $1 AND th.kind IN ('conversation', 'ticket')`,
    [userId],
  );
  for (const row of rows)
    await db.query('UPDATE threads SET subject = $2 WHERE id = $1', [row.id, ticketSubject(row.number ?? 0)]);
}

/** The users row becomes the anonymous placeholder: no address, name, phone, password or second factor. */
export async function anonymiseUser(db: Queryable, userId: string, label: string, now: Date) {
  await db.query(
    `UPDATE users SET email = $2, name = $3, phone = NULL, password_hash = NULL, locale = NULL, time_zone = NULL,
       totp_secret_encrypted = NULL, totp_enabled_at = NULL, totp_last_step = NULL, locked_until = NULL,
       deactivated_at = $4, updated_at = $4
     WHERE id = $1`,
    [userId, `erased-${userId}@erased.invalid`, label, now],
  );
}

/**
 * Audit entries keep the anonymous actor id and label; their address or name in labels and details is replaced.
 * `needles` are JSON-escaped the way jsonb prints them, so a replacement inside `details` stays valid JSON.
 */
export async function anonymiseAudit(db: Queryable, userId: string, needles: string[], label: string) {
  await db.query(
    `UPDATE audit_events SET actor_label = $2, ip = NULL, user_agent = NULL
     WHERE actor_user_id = $1 OR lower(actor_label) = ANY($3::text[])`,
    [userId, label, needles.map((needle) => needle.toLowerCase())],
  );
  await db.query(
    `UPDATE audit_events SET target_label = $2
     WHERE (target_type = 'user' AND target_id = $1::text) OR lower(target_label) = ANY($3::text[])`,
    [userId, label, needles.map((needle) => needle.toLowerCase())],
  );
  for (const needle of needles)
    await db.query(
      `UPDATE audit_events
       SET details = replace(details::text, trim(both '"' from to_json($1::text)::text),
                             trim(both '"' from to_json($2::text)::text))::jsonb
       WHERE strpos(details::text, trim(both '"' from to_json($1::text)::text)) > 0`,
      [needle, label],
    );
}

/**
 * Copies that quote the person (the mail log, queued or finished jobs, real-time events, webhook delivery bodies):
 * rows naming them or quoting what they wrote are deleted. Each of these tables is bounded by its own retention.
 */
export async function deleteCopies(db: Queryable, userId: string, needles: string[]) {
  const params = [userId, needles];
  const mentions = (expression: string) =>
    `(strpos(${expression}, $1::text) > 0 OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS n(needle)
       WHERE strpos(lower(${expression}), lower(n.needle)) > 0
          OR strpos(lower(${expression}), lower(trim(both '"' from to_json(n.needle)::text))) > 0))`;
  await db.query(
    `DELETE FROM mail_messages WHERE ${mentions(
      "concat_ws(' ', to_address, reply_to, subject, text_body, html_body, headers::text, unredacted::text)",
    )}`,
    params,
  );
  await db.query(`DELETE FROM jobs WHERE status <> 'running' AND ${mentions('payload::text')}`, params);
  await db.query(
    `DELETE FROM events WHERE user_id = $1 OR ${mentions("concat_ws(' ', data::text, notify::text)")}`,
    params,
  );
  await db.query(`DELETE FROM webhook_deliveries WHERE ${mentions('body')}`, params);
  await db.query(
    `UPDATE notifications SET detail = NULL WHERE detail IS NOT NULL AND ${mentions('detail::text')}`,
    params,
  );
}

/**
 * Other people's messages that name the person ("Thanks Zelda Quartermaine"): the name and address become the
 * anonymous label; the message stays. The ticket queue's last-message columns follow through the messages trigger.
 */
export async function replaceMentions(db: Queryable, needles: string[], label: string) {
  for (const needle of needles) {
    const pattern = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await db.query(
      `UPDATE messages SET body = regexp_replace(body, $1, $2, 'gi') WHERE strpos(lower(body), lower($3)) > 0`,
      [pattern, label, needle],
    );
  }
}
