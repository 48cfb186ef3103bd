import type { Queryable } from '../../platform/db/index.ts';

/*
 * SQL of email intake. Kept apart from repository.ts because intake reads across people on purpose: the caller is
 * a mail server, not a signed-in user, so there is no account scope to filter by. Each query says which check
 * stands in for the scope.
 */

export interface IntakeSettingsRow {
  support_email: string | null;
  ticket_email_segment_id: string | null;
  ticket_reopen_days: number;
}

/** Portal-wide settings, one row (no scope: settings are portal-wide). */
export async function intakeSettings(db: Queryable): Promise<IntakeSettingsRow> {
  const { rows } = await db.query<IntakeSettingsRow>(
    'SELECT support_email, ticket_email_segment_id, ticket_reopen_days FROM portal_settings',
  );
  return rows[0]!;
}

/**
 * Claims a Message-ID; false when it was handled already (a repeated delivery, accepted as a no-op). The claim
 * is its own statement, committed before the work: two concurrent deliveries of one mail cannot both pass.
 */
export async function claimMessageId(db: Queryable, messageId: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO inbound_message_ids (message_id, received_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [messageId, now],
  );
  return (rowCount ?? 0) > 0;
}

/** Gives a claim back when the mail was refused or failed, so a later delivery is judged (or retried) again. */
export async function releaseMessageId(db: Queryable, messageId: string) {
  await db.query('DELETE FROM inbound_message_ids WHERE message_id = $1', [messageId]);
}

/** Retention: mail servers stop retrying within days; ids older than that need not be kept (see 0008). */
export async function deleteInboundMessageIdsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM inbound_message_ids WHERE received_at < $1', [before]);
  return rowCount ?? 0;
}

export interface IntakeTicketRow {
  id: string;
  number: number;
  subject: string;
  status: string;
  account_id: string;
  segment_id: string;
  requester_id: string | null;
  solved_at: Date | null;
  merged_into: string | null;
  /** The modules of the account's segment now: mail into a ticket whose account lost tickets is refused. */
  account_modules: string[];
}

const SELECT_TICKET = `SELECT t.thread_id AS id, t.number::int AS number, th.subject, t.status, t.account_id, t.segment_id, t.requester_id, t.solved_at, t.merged_into,
    (SELECT s.modules FROM accounts a JOIN segments s ON s.id = a.segment_id WHERE a.id = t.account_id) AS account_modules
  FROM tickets t JOIN threads th ON th.id = t.thread_id`;

/**
 * A ticket by its number, for a "[#1234]" subject. Unscoped on purpose: the mail has no session; the caller
 * must then require the sender to be one of the ticket's participants (isTicketParticipant) before acting.
 */
export async function unsafeFindTicketByNumber(db: Queryable, number: number): Promise<IntakeTicketRow | null> {
  const { rows } = await db.query<IntakeTicketRow>(`${SELECT_TICKET} WHERE t.number = $1`, [number]);
  return rows[0] ?? null;
}

/** The ticket of a thread, for a reply token. Unscoped: the token was issued to one user for this thread. */
export async function unsafeFindTicketByThread(db: Queryable, threadId: string): Promise<IntakeTicketRow | null> {
  const { rows } = await db.query<IntakeTicketRow>(`${SELECT_TICKET} WHERE t.thread_id = $1`, [threadId]);
  return rows[0] ?? null;
}

/** Whether a user is the ticket's requester or one of its CCs: what a subject-threaded reply requires. */
export async function isTicketParticipant(db: Queryable, ticketId: string, userId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM thread_participants WHERE thread_id = $1 AND user_id = $2', [
    ticketId,
    userId,
  ]);
  return rows.length > 0;
}

export interface SenderRow {
  id: string;
  email: string;
  name: string;
  staff: boolean;
  deactivated: boolean;
}

/** The user with this address, deactivated ones included (their address is taken: no second user may get it). */
export async function unsafeFindSenderByEmail(db: Queryable, email: string): Promise<SenderRow | null> {
  const { rows } = await db.query<SenderRow>(
    `SELECT id, email, name, staff_role IS NOT NULL AS staff, deactivated_at IS NOT NULL AS deactivated
     FROM users WHERE lower(email) = lower($1)`,
    [email],
  );
  return rows[0] ?? null;
}

/**
 * The accounts where the sender may file a ticket: their memberships in segments with the tickets module,
 * by account name (then id, to be stable). Scope: the sender's own memberships.
 */
export async function ticketAccountsOf(
  db: Queryable,
  userId: string,
): Promise<{ account_id: string; account_name: string; segment_id: string }[]> {
  const { rows } = await db.query<{ account_id: string; account_name: string; segment_id: string }>(
    `SELECT a.id AS account_id, a.name AS account_name, a.segment_id FROM memberships m
     JOIN accounts a ON a.id = m.account_id JOIN segments s ON s.id = a.segment_id
     WHERE m.user_id = $1 AND 'tickets' = ANY(s.modules)
     ORDER BY lower(a.name), a.id`,
    [userId],
  );
  return rows;
}

export interface EmailSegmentRow {
  id: string;
  name: string;
  unknown_sender_policy: 'create_customer' | 'reject';
  tickets_enabled: boolean;
}

/** The segment whose unknown-sender policy applies (portal_settings.ticket_email_segment_id). Portal-wide. */
export async function findEmailSegment(db: Queryable, segmentId: string): Promise<EmailSegmentRow | null> {
  const { rows } = await db.query<EmailSegmentRow>(
    `SELECT id, name, unknown_sender_policy, 'tickets' = ANY(modules) AS tickets_enabled FROM segments WHERE id = $1`,
    [segmentId],
  );
  return rows[0] ?? null;
}

/**
 * Copies on a ticket the people a mail was also addressed to (its To and Cc), as CCs, and returns the ids added.
 * Only active, non-staff people of the ticket's own account are added: a CC sees the whole ticket, so the mail
 * may copy only the account's own people, the rule of the portal's CC field (createTicket / updateTicket).
 * Unknown addresses and other accounts' people are skipped and nothing is created for them, so a Cc line cannot
 * open a ticket to outsiders or make users. Existing participants (the requester, current CCs) keep their row.
 * Scope: membership in the ticket's account stands in for the account scope.
 */
export async function addCcsFromMail(
  db: Queryable,
  ticket: { id: string; account_id: string },
  emails: string[],
): Promise<string[]> {
  if (!emails.length) return [];
  const { rows } = await db.query<{ user_id: string }>(
    `INSERT INTO thread_participants (thread_id, user_id, role)
     SELECT $1, u.id, 'cc' FROM users u JOIN memberships m ON m.user_id = u.id AND m.account_id = $2
     WHERE lower(u.email) = ANY($3::text[]) AND u.deactivated_at IS NULL AND u.staff_role IS NULL
     ON CONFLICT (thread_id, user_id) DO NOTHING
     RETURNING user_id`,
    [ticket.id, ticket.account_id, emails.map((email) => email.toLowerCase())],
  );
  return rows.map((row) => row.user_id);
}
