import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

export interface MailRow {
  id: string;
  created_at: Date;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: 'sent' | 'failed';
  error: string | null;
  reply_to: string | null;
  from_address: string | null;
  headers: Record<string, string> | null;
  /** Development driver only: the mail as sent, shown instead of the redacted copy until `unredacted_until`. */
  unredacted: { text: string; html: string; replyTo: string | null; headers: Record<string, string> | null } | null;
  unredacted_until: Date | null;
  /** created_at with its full precision, for cursors. */
  created_at_key: string;
}

// The outbox is the portal's own mail log, read by staff admins only: no account scope applies.
export async function listMail(db: Queryable, after: [string, string] | null, limit: number): Promise<MailRow[]> {
  const { rows } = await db.query<MailRow>(
    `SELECT *, ${timestampKey('created_at')} AS created_at_key FROM mail_messages WHERE ($1::timestamptz IS NULL OR (created_at, id) < ($1, $2::uuid)) ORDER BY created_at DESC, id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  return rows;
}

export async function findMail(db: Queryable, id: string): Promise<MailRow | null> {
  return (
    (
      await db.query<MailRow>(
        `SELECT *, ${timestampKey('created_at')} AS created_at_key FROM mail_messages WHERE id = $1`,
        [id],
      )
    ).rows[0] ?? null
  );
}

// Retention of the portal's own mail log: portal-wide, no account scope applies. Plain statements by time, safe in
// several processes at once.

/** Drops the unredacted copies whose secrets have expired (they no longer work; the redacted copy stays). */
export async function dropExpiredUnredactedMail(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE mail_messages SET unredacted = NULL, unredacted_until = NULL WHERE unredacted_until <= $1',
    [now],
  );
  return rowCount ?? 0;
}

export async function deleteMailBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM mail_messages WHERE created_at < $1', [before]);
  return rowCount ?? 0;
}
