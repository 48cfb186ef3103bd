import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import { slaColumns, type TicketSlaRow } from './collaborators.ts';
import { Params } from './sql.ts';

/*
 * SQL of tickets themselves. Every read takes the caller's account scope; customers (staff = false) also pass
 * ticket_visible_to (requester, CC, or account admin when the segment allows it).
 */

export interface Viewer {
  scope: AccountScope;
  userId: string;
  staff: boolean;
}

export interface TicketRow extends TicketSlaRow {
  id: string;
  number: number;
  subject: string;
  account_id: string;
  account_name: string;
  segment_id: string;
  created_by: string | null;
  requester_id: string | null;
  requester_name: string | null;
  requester_email: string | null;
  requester_staff: boolean | null;
  ccs: { id: string; name: string; staff: boolean }[] | null;
  status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  priority_rank: number;
  assignee_id: string | null;
  assignee_name: string | null;
  group_id: string | null;
  group_name: string | null;
  tags: string[];
  custom_fields: Record<string, string | number | null>;
  channel: 'web' | 'email' | 'api';
  created_at: Date;
  updated_at: Date;
  solved_at: Date | null;
  closed_at: Date | null;
  first_response_at: Date | null;
  merged_into: string | null;
  version: number;
  last_body: string | null;
  unread_count: number;
  reopen_days: number;
  rating: { rating: 'good' | 'bad' | null; comment: string | null; rated_at: string | null } | null;
  presence: { user_id: string; name: string; state: 'viewing' | 'replying'; expires_at: string }[] | null;
  updated_key: string;
  created_key: string;
  due_key: string | null;
}

/**
 * The full row of the tickets whose ids the FROM clause yields as `t` (joined to `tickets t`): a constant number
 * of lookups per row, so pages stay cheap however large the table. The last message and its seq are the ticket
 * row's own columns (kept by triggers, 0025); messages are counted only when the reader has not read up to it.
 */
export function ticketColumns(q: Params, viewer: Viewer, now: Date) {
  const staff = q.p(viewer.staff);
  const user = q.p(viewer.userId);
  const at = q.p(now);
  return `
    t.thread_id AS id, t.number::int AS number, th.subject, t.account_id, a.name AS account_name, t.segment_id, th.created_by,
    t.requester_id, ru.name AS requester_name, ru.email AS requester_email, (ru.staff_role IS NOT NULL) AS requester_staff,
    (SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'staff', u.staff_role IS NOT NULL) ORDER BY u.name, u.id)
       FROM thread_participants tp JOIN users u ON u.id = tp.user_id WHERE tp.thread_id = t.thread_id AND tp.role = 'cc') AS ccs,
    t.status, t.priority, t.priority_rank, t.assignee_id, au.name AS assignee_name, t.group_id, g.name AS group_name, t.tags,
    CASE WHEN ${staff}::boolean THEN t.custom_fields ELSE
      (SELECT COALESCE(jsonb_object_agg(f.id::text, t.custom_fields -> f.id::text), '{}'::jsonb) FROM ticket_fields f
        WHERE f.segment_id = t.segment_id AND f.customer_visible AND f.archived_at IS NULL AND (t.custom_fields -> f.id::text) IS NOT NULL) END AS custom_fields,
    t.channel, t.created_at, t.updated_at, t.solved_at, t.closed_at, t.first_response_at, t.merged_into, t.version,
    CASE WHEN ${staff}::boolean THEN t.last_message_body ELSE t.last_public_body END AS last_body,
    CASE WHEN COALESCE(CASE WHEN ${staff}::boolean THEN t.last_message_seq ELSE t.last_public_seq END, 0)
           <= COALESCE((SELECT r.last_read_seq FROM thread_reads r WHERE r.thread_id = t.thread_id AND r.user_id = ${user}::uuid), 0)
      THEN 0 ELSE
      (SELECT count(*)::int FROM messages m WHERE m.thread_id = t.thread_id AND m.deleted_at IS NULL AND (${staff}::boolean OR NOT m.internal)
         AND m.author_id IS DISTINCT FROM ${user}::uuid
         AND m.seq > COALESCE((SELECT r.last_read_seq FROM thread_reads r WHERE r.thread_id = t.thread_id AND r.user_id = ${user}::uuid), 0)) END AS unread_count,
    (SELECT ps.ticket_reopen_days FROM portal_settings ps) AS reopen_days,
    (SELECT json_build_object('rating', tr.rating, 'comment', tr.comment, 'rated_at', tr.rated_at) FROM ticket_ratings tr
       WHERE tr.ticket_id = t.thread_id AND (${staff}::boolean OR tr.requester_id = ${user}::uuid)
       ORDER BY CASE WHEN ${staff}::boolean THEN tr.rated_at IS NULL END, tr.requested_at DESC LIMIT 1) AS rating,
    CASE WHEN ${staff}::boolean THEN (SELECT json_agg(json_build_object('user_id', pu.id, 'name', pu.name, 'state', pr.state, 'expires_at', pr.expires_at) ORDER BY pu.name)
       FROM ticket_presence pr JOIN users pu ON pu.id = pr.user_id
       WHERE pr.ticket_id = t.thread_id AND pr.user_id <> ${user}::uuid AND pr.expires_at > ${at}::timestamptz) END AS presence,
    ${timestampKey('t.updated_at')} AS updated_key, ${timestampKey('t.created_at')} AS created_key,
    CASE WHEN t.due_at IS NULL THEN NULL ELSE ${timestampKey('t.due_at')} END AS due_key
    ${slaColumns('t')}`;
}

export const TICKET_JOINS = `
  JOIN threads th ON th.id = t.thread_id JOIN accounts a ON a.id = t.account_id
  LEFT JOIN users ru ON ru.id = t.requester_id LEFT JOIN users au ON au.id = t.assignee_id LEFT JOIN ticket_groups g ON g.id = t.group_id`;

/**
 * Scope (and, for customers, the visibility rule) on `tickets t`. An all-accounts scope is no condition at all, in
 * the text: as `($n OR account_id = ANY(...))` a custom plan folds it away and is estimated cheaper than the
 * generic one, so PostgreSQL replanned the queue's prepared statements on every page (the filtered page spent
 * about 3 ms of its 6 planning).
 */
export function visibleClause(q: Params, viewer: Viewer) {
  const [all, ids] = scopeParams(viewer.scope);
  const inScope = all ? 'true' : `t.account_id = ANY(${q.p(ids)}::uuid[])`;
  return viewer.staff ? inScope : `${inScope} AND ticket_visible_to(t.thread_id, ${q.p(viewer.userId)}::uuid)`;
}

export async function findTicket(
  db: Queryable,
  viewer: Viewer,
  ticketId: string,
  now: Date,
): Promise<TicketRow | null> {
  const q = new Params();
  const columns = ticketColumns(q, viewer, now);
  const { rows } = await db.query<TicketRow>(
    `SELECT ${columns} FROM tickets t ${TICKET_JOINS} WHERE ${visibleClause(q, viewer)} AND t.thread_id = ${q.p(ticketId)}`,
    q.values,
  );
  return rows[0] ?? null;
}

export async function findTicketsByIds(db: Queryable, viewer: Viewer, ids: string[], now: Date): Promise<TicketRow[]> {
  const q = new Params();
  const columns = ticketColumns(q, viewer, now);
  const { rows } = await db.query<TicketRow>(
    `SELECT ${columns} FROM tickets t ${TICKET_JOINS} WHERE ${visibleClause(q, viewer)} AND t.thread_id = ANY(${q.p(ids)}::uuid[])`,
    q.values,
  );
  return rows;
}

export interface TicketState {
  id: string;
  account_id: string;
  segment_id: string;
  subject: string;
  status: TicketRow['status'];
  priority: TicketRow['priority'];
  requester_id: string | null;
  assignee_id: string | null;
  group_id: string | null;
  tags: string[];
  custom_fields: Record<string, string | number | null>;
  solved_at: Date | null;
  first_response_at: Date | null;
  merged_into: string | null;
  created_by: string | null;
  version: number;
}

/** The row a write works on, locked (FOR UPDATE) inside the caller's transaction; visibility as for reads. */
export async function lockTicket(db: Queryable, viewer: Viewer, ticketId: string): Promise<TicketState | null> {
  const q = new Params();
  const { rows } = await db.query<TicketState>(
    `SELECT t.thread_id AS id, t.account_id, t.segment_id, th.subject, t.status, t.priority, t.requester_id, t.assignee_id, t.group_id, t.tags,
       t.custom_fields, t.solved_at, t.first_response_at, t.merged_into, th.created_by, t.version
     FROM tickets t JOIN threads th ON th.id = t.thread_id WHERE ${visibleClause(q, viewer)} AND t.thread_id = ${q.p(ticketId)} FOR UPDATE OF t`,
    q.values,
  );
  return rows[0] ?? null;
}

/*
 * Writes below take no scope: each runs in a use case that has already authorized the ticket or account (through
 * `findAccountForTickets`, `lockTicket` or `findTicket`, which do take the scope), inside the same transaction.
 */
export async function insertTicket(
  db: Queryable,
  ticket: {
    id: string;
    accountId: string;
    segmentId: string;
    requesterId: string | null;
    status: string;
    priority: string;
    assigneeId: string | null;
    groupId: string | null;
    tags: string[];
    customFields: Record<string, unknown>;
    channel: string;
    now: Date;
  },
) {
  const { rows } = await db.query<{ number: number }>(
    `INSERT INTO tickets (thread_id, account_id, segment_id, requester_id, status, priority, assignee_id, group_id, tags, custom_fields, channel, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING number::int AS number`,
    [
      ticket.id,
      ticket.accountId,
      ticket.segmentId,
      ticket.requesterId,
      ticket.status,
      ticket.priority,
      ticket.assigneeId,
      ticket.groupId,
      ticket.tags,
      JSON.stringify(ticket.customFields),
      ticket.channel,
      ticket.now,
    ],
  );
  return rows[0]!.number;
}

export interface TicketChanges {
  status?: string;
  priority?: string;
  assigneeId?: string | null;
  groupId?: string | null;
  tags?: string[];
  customFields?: Record<string, unknown>;
  solvedAt?: Date | null;
  closedAt?: Date | null;
  firstResponseAt?: Date;
  mergedInto?: string;
}

/** Applies the given fields (absent: unchanged) and bumps version and updated_at. Call on a locked (authorized) row. */
export async function updateTicket(db: Queryable, ticketId: string, changes: TicketChanges, now: Date) {
  const q = new Params();
  const sets: string[] = [`updated_at = GREATEST(updated_at, ${q.p(now)})`, 'version = version + 1'];
  const set = (column: string, value: unknown) => sets.push(`${column} = ${q.p(value)}`);
  if (changes.status !== undefined) set('status', changes.status);
  if (changes.priority !== undefined) set('priority', changes.priority);
  if (changes.assigneeId !== undefined) set('assignee_id', changes.assigneeId);
  if (changes.groupId !== undefined) set('group_id', changes.groupId);
  if (changes.tags !== undefined) set('tags', changes.tags);
  if (changes.customFields !== undefined)
    sets.push(`custom_fields = ${q.p(JSON.stringify(changes.customFields))}::jsonb`);
  if (changes.solvedAt !== undefined) set('solved_at', changes.solvedAt);
  if (changes.closedAt !== undefined) set('closed_at', changes.closedAt);
  if (changes.firstResponseAt !== undefined)
    sets.push(`first_response_at = COALESCE(first_response_at, ${q.p(changes.firstResponseAt)})`);
  if (changes.mergedInto !== undefined) set('merged_into', changes.mergedInto);
  await db.query(`UPDATE tickets SET ${sets.join(', ')} WHERE thread_id = ${q.p(ticketId)}`, q.values);
}

export async function renameTicketThread(db: Queryable, ticketId: string, subject: string) {
  await db.query('UPDATE threads SET subject = $2, version = version + 1 WHERE id = $1', [ticketId, subject]);
}

/** Replaces the CC list (the requester row stays). */
export async function setCcs(db: Queryable, ticketId: string, userIds: string[]) {
  await db.query(
    "DELETE FROM thread_participants WHERE thread_id = $1 AND role = 'cc' AND NOT (user_id = ANY($2::uuid[]))",
    [ticketId, userIds],
  );
  await db.query(
    `INSERT INTO thread_participants (thread_id, user_id, role) SELECT $1, u, 'cc' FROM unnest($2::uuid[]) u ON CONFLICT (thread_id, user_id) DO NOTHING`,
    [ticketId, userIds],
  );
}

export async function addRequester(db: Queryable, ticketId: string, userId: string) {
  await db.query(
    `INSERT INTO thread_participants (thread_id, user_id, role) VALUES ($1, $2, 'requester')
     ON CONFLICT (thread_id, user_id) DO UPDATE SET role = 'requester'`,
    [ticketId, userId],
  );
}

/**
 * Which of `userIds` are members of the account (CCs and requesters must be the account's people). No scope: the
 * account was authorized by the caller; this only filters ids the caller sent.
 */
export async function membersOfAccount(db: Queryable, accountId: string, userIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.account_id = $1 AND m.user_id = ANY($2::uuid[]) AND u.deactivated_at IS NULL`,
    [accountId, userIds],
  );
  return rows.map((row) => row.user_id);
}

/** Staff among `userIds` who can see the account (assignees): the same rule as conversations' mentions. Checks
 * ids the caller sent against an account the caller was authorized for, so no scope of its own. */
export async function staffWhoSeeAccount(db: Queryable, accountId: string, userIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT u.id FROM users u WHERE u.id = ANY($2::uuid[]) AND u.staff_role IS NOT NULL AND u.deactivated_at IS NULL
       AND (NOT u.limited_to_assigned_accounts OR u.staff_role <> 'agent'
            OR EXISTS (SELECT 1 FROM staff_assignments sa WHERE sa.user_id = u.id AND sa.account_id = $1))`,
    [accountId, userIds],
  );
  return rows.map((row) => row.id);
}

export interface AccountForTickets {
  id: string;
  name: string;
  segment_id: string;
  modules: string[];
}

/** The account with its segment's modules, in the caller's scope. */
export async function findAccountForTickets(
  db: Queryable,
  scope: AccountScope,
  accountId: string,
): Promise<AccountForTickets | null> {
  const { rows } = await db.query<AccountForTickets>(
    `SELECT a.id, a.name, a.segment_id, s.modules FROM accounts a JOIN segments s ON s.id = a.segment_id
     WHERE ($1::boolean OR a.id = ANY($2::uuid[])) AND a.id = $3`,
    [...scopeParams(scope), accountId],
  );
  return rows[0] ?? null;
}

/** Ticket numbers by id. No scope: the caller has locked and authorized these tickets (merge). */
export async function ticketNumbers(db: Queryable, ids: string[]) {
  const { rows } = await db.query<{ id: string; number: number }>(
    'SELECT thread_id AS id, number::int AS number FROM tickets WHERE thread_id = ANY($1::uuid[])',
    [ids],
  );
  return rows;
}

/**
 * Solved tickets older than `solvedBefore`, locked (SKIP LOCKED: one an agent is writing to waits for the next
 * pass). Portal-wide by design, no scope: the auto-close sweep acts for nobody, and every account's tickets follow
 * the same setting.
 */
export async function unsafeLockSolvedTicketsBefore(db: Queryable, solvedBefore: Date, limit: number) {
  const { rows } = await db.query<TicketState>(
    `SELECT t.thread_id AS id, t.account_id, t.segment_id, th.subject, t.status, t.priority, t.requester_id, t.assignee_id, t.group_id, t.tags,
       t.custom_fields, t.solved_at, t.first_response_at, t.merged_into, th.created_by, t.version
     FROM tickets t JOIN threads th ON th.id = t.thread_id
     WHERE t.status = 'solved' AND t.solved_at < $1 ORDER BY t.solved_at LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [solvedBefore, limit],
  );
  return rows;
}

/** Portal settings (one row, not account data): no scope applies. */
export async function ticketSettingsRow(db: Queryable) {
  const { rows } = await db.query<{
    auto_close_days: number;
    reopen_days: number;
    email_segment_id: string | null;
    portal_name: string;
  }>(
    'SELECT ticket_auto_close_days AS auto_close_days, ticket_reopen_days AS reopen_days, ticket_email_segment_id AS email_segment_id, name AS portal_name FROM portal_settings',
  );
  return rows[0]!;
}

/** The address of one of an account's people (the requester to confirm a ticket to); scoped by the account. */
export async function emailOfMember(db: Queryable, accountId: string, userId: string): Promise<string | null> {
  const { rows } = await db.query<{ email: string }>(
    `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.account_id = $1 AND m.user_id = $2 AND u.deactivated_at IS NULL`,
    [accountId, userId],
  );
  return rows[0]?.email ?? null;
}
