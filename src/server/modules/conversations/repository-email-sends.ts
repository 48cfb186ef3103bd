import type { Queryable } from '../../platform/db/index.ts';

/*
 * The email send log of (recipient, thread): one row per email, `sending` while a sender holds its lease and
 * `sent` once the mail driver accepted it. Callers run these inside one transaction (see reserveEmailSend).
 */

export interface SendState {
  /** The last email accepted by the mail driver. */
  lastSent: { sent_at: Date; up_to_seq: number } | null;
  /** The send in flight (or abandoned by a crashed sender, once its lease has passed). */
  inFlight: { window_key: string; lease_until: Date } | null;
}

/**
 * Serialises senders of one (recipient, thread) until the caller's transaction ends, then reads where the log
 * stands. The lock makes "check the window, then reserve" one step even across processes.
 */
export async function lockSendState(tx: Queryable, userId: string, threadId: string): Promise<SendState> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1::text), hashtext($2::text))', [userId, threadId]);
  const { rows } = await tx.query<{
    status: 'sending' | 'sent';
    window_key: string;
    sent_at: Date;
    up_to_seq: number;
    lease_until: Date | null;
  }>(
    `(SELECT status, window_key, sent_at, up_to_seq, lease_until FROM conversation_email_sends
      WHERE user_id = $1 AND thread_id = $2 AND status = 'sent' ORDER BY sent_at DESC LIMIT 1)
     UNION ALL
     (SELECT status, window_key, sent_at, up_to_seq, lease_until FROM conversation_email_sends
      WHERE user_id = $1 AND thread_id = $2 AND status = 'sending')`,
    [userId, threadId],
  );
  const sent = rows.find((row) => row.status === 'sent');
  const sending = rows.find((row) => row.status === 'sending');
  return {
    lastSent: sent ? { sent_at: sent.sent_at, up_to_seq: Number(sent.up_to_seq) } : null,
    inFlight: sending ? { window_key: sending.window_key, lease_until: sending.lease_until! } : null,
  };
}

/** Takes the lease: a new `sending` row, or the abandoned one (same key) when its lease has passed. */
export async function takeSendLease(
  tx: Queryable,
  send: { userId: string; threadId: string; windowKey: string; now: Date; upToSeq: number; leaseUntil: Date },
) {
  await tx.query(
    `INSERT INTO conversation_email_sends (user_id, thread_id, window_key, status, sent_at, up_to_seq, lease_until)
     VALUES ($1, $2, $3, 'sending', $4, $5, $6)
     ON CONFLICT (user_id, thread_id) WHERE status = 'sending'
     DO UPDATE SET sent_at = EXCLUDED.sent_at, up_to_seq = EXCLUDED.up_to_seq, lease_until = EXCLUDED.lease_until`,
    [send.userId, send.threadId, send.windowKey, send.now, send.upToSeq, send.leaseUntil],
  );
}

/** Drops an abandoned reservation that has nothing left to send (the recipient read everything meanwhile). */
export async function dropSendLease(tx: Queryable, userId: string, threadId: string) {
  await tx.query("DELETE FROM conversation_email_sends WHERE user_id = $1 AND thread_id = $2 AND status = 'sending'", [
    userId,
    threadId,
  ]);
}

/** The driver refused the email (not a crash): free the lease so the job's retry sends at once. */
export async function releaseSendLease(db: Queryable, userId: string, threadId: string, windowKey: string) {
  await db.query(
    "DELETE FROM conversation_email_sends WHERE user_id = $1 AND thread_id = $2 AND window_key = $3 AND status = 'sending'",
    [userId, threadId, windowKey],
  );
}

/** The driver accepted the email: the reservation becomes the record of a send. */
export async function markEmailSent(tx: Queryable, userId: string, threadId: string, windowKey: string, now: Date) {
  await tx.query(
    "UPDATE conversation_email_sends SET status = 'sent', sent_at = $4, lease_until = NULL WHERE user_id = $1 AND thread_id = $2 AND window_key = $3 AND status = 'sending'",
    [userId, threadId, windowKey, now],
  );
}
