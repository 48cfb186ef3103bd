import { SUBJECT_THREAD_MODULES, type ModuleName } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { forgetSessionsAfterCommit } from '../identity/index.ts';

export interface SegmentRow {
  id: string;
  name: string;
  kind: 'client_workspaces' | 'self_service';
  modules: ModuleName[];
  sign_in_methods: ('password' | 'magic_link' | 'sso')[];
  require_two_factor: boolean;
  tickets_visible_to_account_admins: boolean;
  unknown_sender_policy: 'create_customer' | 'reject';
  message_edit_minutes: number;
  default_language: string | null;
  account_count: number;
  created_at: Date;
  version: number;
}

const SELECT = `SELECT s.id, s.name, s.kind, s.modules, s.sign_in_methods, s.require_two_factor, s.tickets_visible_to_account_admins, s.unknown_sender_policy, s.message_edit_minutes, s.default_language, s.created_at, s.version,
  (SELECT count(*)::int FROM accounts a WHERE a.segment_id = s.id) AS account_count FROM segments s`;

/** Segments are portal configuration seen by all staff: no account scope applies. */
export async function listSegments(db: Queryable): Promise<SegmentRow[]> {
  return (await db.query<SegmentRow>(`${SELECT} ORDER BY lower(s.name), s.id`)).rows;
}

export async function findSegment(db: Queryable, id: string): Promise<SegmentRow | null> {
  return (await db.query<SegmentRow>(`${SELECT} WHERE s.id = $1`, [id])).rows[0] ?? null;
}

export interface SegmentFields {
  name: string;
  kind: SegmentRow['kind'];
  modules: ModuleName[];
  signInMethods: SegmentRow['sign_in_methods'];
  requireTwoFactor: boolean;
  ticketsVisibleToAccountAdmins?: boolean;
  unknownSenderPolicy?: SegmentRow['unknown_sender_policy'];
  messageEditMinutes?: number;
  /** undefined keeps the current one; null clears it. */
  defaultLanguage?: string | null;
}

export async function insertSegment(db: Queryable, id: string, fields: SegmentFields) {
  await db.query(
    `INSERT INTO segments (id, name, kind, modules, sign_in_methods, require_two_factor, tickets_visible_to_account_admins, unknown_sender_policy, message_edit_minutes, default_language)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      fields.name,
      fields.kind,
      fields.modules,
      fields.signInMethods,
      fields.requireTwoFactor,
      fields.ticketsVisibleToAccountAdmins ?? false,
      fields.unknownSenderPolicy ?? 'reject',
      fields.messageEditMinutes ?? 15,
      fields.defaultLanguage ?? null,
    ],
  );
}

/** Returns false when the version is stale (or the segment is gone). */
export async function updateSegment(
  db: Queryable,
  id: string,
  fields: Partial<SegmentFields>,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE segments SET
       name = COALESCE($2, name), kind = COALESCE($3, kind), modules = COALESCE($4, modules),
       sign_in_methods = COALESCE($5, sign_in_methods), require_two_factor = COALESCE($6, require_two_factor),
       tickets_visible_to_account_admins = COALESCE($8, tickets_visible_to_account_admins), unknown_sender_policy = COALESCE($9, unknown_sender_policy),
       message_edit_minutes = COALESCE($10, message_edit_minutes),
       default_language = CASE WHEN $11::boolean THEN $12 ELSE default_language END,
       version = version + 1, updated_at = now()
     WHERE id = $1 AND ($7::int IS NULL OR version = $7)`,
    [
      id,
      fields.name ?? null,
      fields.kind ?? null,
      fields.modules ?? null,
      fields.signInMethods ?? null,
      fields.requireTwoFactor ?? null,
      expectedVersion,
      fields.ticketsVisibleToAccountAdmins ?? null,
      fields.unknownSenderPolicy ?? null,
      fields.messageEditMinutes ?? null,
      fields.defaultLanguage !== undefined,
      fields.defaultLanguage ?? null,
    ],
  );
  forgetSessionsAfterCommit(db, { segmentId: id });
  return rowCount === 1;
}

export async function segmentNameTaken(db: Queryable, name: string, exceptId: string | null) {
  const { rows } = await db.query(
    'SELECT 1 FROM segments WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2)',
    [name, exceptId],
  );
  return rows.length > 0;
}

/** The account a route's object lives in, its segment's modules and, for threads, their kind (module gate). */
export interface AddressedAccountRow {
  account_id: string;
  modules: string[];
  kind: string | null;
}

/**
 * One indexed lookup per param the module gate knows (module-gate.ts lists them). These read other modules'
 * tables on purpose and without a scope: the gate only learns which account an id belongs to, and then refuses
 * only when that account is in the caller's own scope, so nothing about other accounts reaches the caller.
 */
const ADDRESSED_ACCOUNT_SQL = {
  accountId: `SELECT a.id AS account_id, NULL AS kind FROM accounts a WHERE a.id = $1`,
  threadId: `SELECT t.account_id, t.kind FROM threads t WHERE t.id = $1`,
  messageId: `SELECT t.account_id, t.kind FROM messages m JOIN threads t ON t.id = m.thread_id WHERE m.id = $1`,
  attachmentId: `SELECT t.account_id, t.kind FROM message_attachments x JOIN threads t ON t.id = x.thread_id WHERE x.id = $1`,
  ticketId: `SELECT k.account_id, 'ticket' AS kind FROM tickets k WHERE k.thread_id = $1`,
  documentId: `SELECT d.account_id, NULL AS kind FROM documents d WHERE d.id = $1`,
  folderId: `SELECT f.account_id, NULL AS kind FROM document_folders f WHERE f.id = $1`,
  fileRequestId: `SELECT r.account_id, NULL AS kind FROM file_requests r WHERE r.id = $1`,
  billingDocumentId: `SELECT b.account_id, NULL AS kind FROM billing_documents b WHERE b.id = $1`,
  projectId: `SELECT p.account_id, NULL AS kind FROM projects p WHERE p.id = $1`,
  taskId: `SELECT k.account_id, NULL AS kind FROM tasks k WHERE k.id = $1`,
  timeEntryId: `SELECT e.account_id, NULL AS kind FROM task_time_entries e WHERE e.id = $1`,
  approvalId: `SELECT p.account_id, NULL AS kind FROM approvals p WHERE p.id = $1`,
  assignmentId: `SELECT x.account_id, NULL AS kind FROM form_assignments x WHERE x.id = $1`,
  submissionId: `SELECT s.account_id, NULL AS kind FROM form_submissions s WHERE s.id = $1`,
  onboardingId: `SELECT o.account_id, NULL AS kind FROM onboardings o WHERE o.id = $1`,
  onboardingStepId: `SELECT s.account_id, NULL AS kind FROM onboarding_steps s WHERE s.id = $1`,
  envelopeId: `SELECT e.account_id, NULL AS kind FROM signature_envelopes e WHERE e.id = $1`,
  orderId: `SELECT o.account_id, NULL AS kind FROM orders o WHERE o.id = $1`,
  returnId: `SELECT r.account_id, NULL AS kind FROM returns r WHERE r.id = $1`,
} as const;
export type AccountParam = keyof typeof ADDRESSED_ACCOUNT_SQL;
export const ACCOUNT_PARAMS = Object.keys(ADDRESSED_ACCOUNT_SQL) as AccountParam[];

export async function findAddressedAccount(
  db: Queryable,
  param: AccountParam,
  id: string,
): Promise<AddressedAccountRow | null> {
  const { rows } = await db.query<AddressedAccountRow>(
    `SELECT o.account_id, o.kind, s.modules FROM (${ADDRESSED_ACCOUNT_SQL[param]}) o
     JOIN accounts a ON a.id = o.account_id JOIN segments s ON s.id = a.segment_id`,
    [id],
  );
  return rows[0] ?? null;
}

/**
 * SQL condition: the segment of the account `account` (an SQL expression) switches on the module of a thread of
 * kind `kind` (conversation → messages, ticket → tickets, a subject thread → its object's module). The one place the rule is written for queries that
 * reach people about threads (notifications, fan-out); expressions are the caller's column names, never input.
 */
export const threadModuleOnSql = (account: string, kind: string) =>
  accountModuleOnSql(
    account,
    `(CASE ${kind} WHEN 'ticket' THEN 'tickets' ${Object.entries(SUBJECT_THREAD_MODULES)
      .map(([subject, module]) => `WHEN '${subject}' THEN '${module}'`)
      .join(' ')} ELSE 'messages' END)`,
  );

/** SQL condition: the segment of the account `account` switches on `module` (both SQL expressions, never input). */
export const accountModuleOnSql = (account: string, module: string) =>
  `EXISTS (SELECT 1 FROM accounts ma JOIN segments ms ON ms.id = ma.segment_id WHERE ma.id = ${account}
     AND ${module} = ANY(ms.modules))`;

/** The modules of an account's segment, for staff writes that name accounts outside the path (bulk, body fields). */
export async function modulesOfAccount(db: Queryable, accountId: string): Promise<string[]> {
  const { rows } = await db.query<{ modules: string[] }>(
    'SELECT s.modules FROM accounts a JOIN segments s ON s.id = a.segment_id WHERE a.id = $1',
    [accountId],
  );
  return rows[0]?.modules ?? [];
}
