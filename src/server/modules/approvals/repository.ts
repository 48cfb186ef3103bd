import type { ApprovalDecisionKind, ApprovalMode, ApprovalSide, ApprovalStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

/**
 * SQL of approvals, their items (exact versions) and approvers. Account queries take the caller's scope as
 * `[all, ids]` (scopeParams) and `seesInternal` (people never read approvals on internal subjects).
 */
type Scope = [boolean, string[]];

export interface ApprovalRow {
  id: string;
  account_id: string;
  account_name: string;
  subject_type: 'document_version' | 'deliverable' | 'quote' | 'task';
  title: string;
  message: string;
  quote_id: string | null;
  task_id: string | null;
  mode: ApprovalMode;
  due_date: string | null;
  internal: boolean;
  status: ApprovalStatus;
  content_sha256: string;
  cancel_reason: string | null;
  replaces_id: string | null;
  requested_by: string | null;
  created_at: Date;
  closed_at: Date | null;
  cursor_at: string;
  version: number;
}

const SELECT = `SELECT p.id, p.account_id, a.name AS account_name, p.subject_type, p.title, p.message, p.quote_id,
  p.task_id, p.mode, to_char(p.due_date, 'YYYY-MM-DD') AS due_date, p.internal, p.status, p.content_sha256,
  p.cancel_reason, p.replaces_id, p.requested_by, p.created_at, p.closed_at,
  ${timestampKey('p.created_at')} AS cursor_at, p.version
  FROM approvals p JOIN accounts a ON a.id = p.account_id`;

const VISIBLE = `($1::boolean OR p.account_id = ANY($2::uuid[])) AND ($3::boolean OR NOT p.internal)`;

export async function findApproval(db: Queryable, id: string, scope: Scope, seesInternal: boolean, lock = false) {
  const { rows } = await db.query<ApprovalRow>(
    `${SELECT} WHERE ${VISIBLE} AND p.id = $4${lock ? ' FOR UPDATE OF p' : ''}`,
    [...scope, seesInternal, id],
  );
  return rows[0] ?? null;
}

export interface ApprovalFilter {
  accountId: string | null;
  status?: ApprovalStatus;
  documentId?: string;
  /** Approvals where this person's decision is awaited now (sequential: their turn). */
  awaitingUserId?: string;
  waitingOn?: ApprovalSide;
  cursor: string[] | null;
  limit: number;
}

/**
 * Newest first (keyset on created_at, id). "Awaiting" is the first undecided approver for sequential approvals,
 * every undecided one for parallel ones, and only while pending: the same rule as state.ts, in SQL.
 */
export async function listApprovals(db: Queryable, scope: Scope, seesInternal: boolean, filter: ApprovalFilter) {
  const { rows } = await db.query<ApprovalRow>(
    `WITH awaiting AS (
       SELECT r.approval_id, r.user_id, r.side FROM approval_approvers r JOIN approvals x ON x.id = r.approval_id
        WHERE x.status = 'pending' AND r.decision IS NULL
          AND (x.mode = 'parallel' OR r.position = (SELECT min(q.position) FROM approval_approvers q
                 WHERE q.approval_id = r.approval_id AND q.decision IS NULL)))
     ${SELECT} WHERE ${VISIBLE}
       AND ($4::uuid IS NULL OR p.account_id = $4) AND ($5::text IS NULL OR p.status = $5)
       AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM approval_items i WHERE i.approval_id = p.id AND i.document_id = $6))
       AND ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM awaiting w WHERE w.approval_id = p.id AND w.user_id = $7))
       AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM awaiting w WHERE w.approval_id = p.id AND w.side = $8))
       AND ($9::timestamptz IS NULL OR (p.created_at, p.id) < ($9::timestamptz, $10::uuid))
     ORDER BY p.created_at DESC, p.id DESC LIMIT $11`,
    [
      ...scope,
      seesInternal,
      filter.accountId,
      filter.status ?? null,
      filter.documentId ?? null,
      filter.awaitingUserId ?? null,
      filter.waitingOn ?? null,
      filter.cursor?.[0] ?? null,
      filter.cursor?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

export interface ItemRow {
  approval_id: string;
  position: number;
  document_id: string;
  version_id: string;
  version_number: number;
  name: string;
  sha256: string;
}

/** Items and approvers of approvals already read through the scope: no scope of their own. */
export async function itemsOf(db: Queryable, approvalIds: string[]) {
  const { rows } = await db.query<ItemRow>(
    `SELECT approval_id, position, document_id, version_id, version_number, name, sha256 FROM approval_items
      WHERE approval_id = ANY($1::uuid[]) ORDER BY approval_id, position`,
    [approvalIds],
  );
  return rows;
}

export interface ApproverRow {
  approval_id: string;
  user_id: string;
  name: string;
  email: string;
  locale: string | null;
  position: number;
  side: ApprovalSide;
  decision: ApprovalDecisionKind | null;
  comment: string | null;
  decided_at: Date | null;
  decided_ip: string | null;
  decided_user_agent: string | null;
  decided_sha256: string | null;
}

export async function approversOf(db: Queryable, approvalIds: string[]) {
  const { rows } = await db.query<ApproverRow>(
    `SELECT r.approval_id, r.user_id, u.name, u.email, u.locale, r.position, r.side, r.decision, r.comment,
            r.decided_at, r.decided_ip, r.decided_user_agent, r.decided_sha256
       FROM approval_approvers r JOIN users u ON u.id = r.user_id
      WHERE r.approval_id = ANY($1::uuid[]) ORDER BY r.approval_id, r.position`,
    [approvalIds],
  );
  return rows;
}

export interface NewApproval {
  id: string;
  accountId: string;
  subjectType: ApprovalRow['subject_type'];
  title: string;
  message: string;
  quoteId: string | null;
  taskId: string | null;
  mode: ApprovalMode;
  dueDate: string | null;
  internal: boolean;
  contentSha256: string;
  replacesId: string | null;
  requestedBy: string;
  items: Omit<ItemRow, 'approval_id' | 'position'>[];
  approvers: { userId: string; side: ApprovalSide }[];
  now: Date;
}

export async function insertApproval(db: Queryable, a: NewApproval) {
  await db.query(
    `INSERT INTO approvals (id, account_id, subject_type, title, message, quote_id, task_id, mode, due_date, internal,
       content_sha256, replaces_id, requested_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      a.id,
      a.accountId,
      a.subjectType,
      a.title,
      a.message,
      a.quoteId,
      a.taskId,
      a.mode,
      a.dueDate,
      a.internal,
      a.contentSha256,
      a.replacesId,
      a.requestedBy,
      a.now,
    ],
  );
  await db.query(
    `INSERT INTO approval_items (approval_id, position, document_id, version_id, version_number, name, sha256)
     SELECT $1, i.ord, i.document_id, i.version_id, i.version_number, i.name, i.sha256
       FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[])
            WITH ORDINALITY AS i(document_id, version_id, version_number, name, sha256, ord)`,
    [
      a.id,
      a.items.map((item) => item.document_id),
      a.items.map((item) => item.version_id),
      a.items.map((item) => item.version_number),
      a.items.map((item) => item.name),
      a.items.map((item) => item.sha256),
    ],
  );
  await db.query(
    `INSERT INTO approval_approvers (approval_id, user_id, position, side)
     SELECT $1, r.user_id, r.ord, r.side FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS r(user_id, side, ord)`,
    [a.id, a.approvers.map((approver) => approver.userId), a.approvers.map((approver) => approver.side)],
  );
}

/** Writes one approver's decision; false when they had already decided (a replay or a race lost). */
export async function recordDecision(
  db: Queryable,
  approvalId: string,
  userId: string,
  d: {
    decision: ApprovalDecisionKind;
    comment: string;
    ip: string | null;
    userAgent: string | null;
    sha256: string;
    now: Date;
  },
) {
  const { rowCount } = await db.query(
    `UPDATE approval_approvers SET decision = $3, comment = $4, decided_at = $5, decided_ip = $6,
       decided_user_agent = $7, decided_sha256 = $8
     WHERE approval_id = $1 AND user_id = $2 AND decision IS NULL`,
    [approvalId, userId, d.decision, d.comment || null, d.now, d.ip, d.userAgent, d.sha256],
  );
  return rowCount === 1;
}

export async function setStatus(
  db: Queryable,
  id: string,
  status: ApprovalStatus,
  now: Date,
  cancelReason: string | null = null,
) {
  await db.query(
    `UPDATE approvals SET status = $2, cancel_reason = $3, version = version + 1,
       closed_at = CASE WHEN $2 = 'pending' THEN NULL ELSE $4::timestamptz END
     WHERE id = $1`,
    [id, status, cancelReason, now],
  );
}

/**
 * Cancels the pending approvals that name another version of this document (a new version was added). No scope:
 * called by the documents module inside the transaction that adds the version, after its own access checks.
 */
export async function cancelPendingForDocument(db: Queryable, documentId: string, currentVersionId: string, now: Date) {
  const { rows } = await db.query<{ id: string; account_id: string; internal: boolean; title: string }>(
    `UPDATE approvals p SET status = 'cancelled', cancel_reason = 'new_version', closed_at = $3, version = version + 1
      WHERE p.status = 'pending' AND EXISTS (SELECT 1 FROM approval_items i
        WHERE i.approval_id = p.id AND i.document_id = $1 AND i.version_id <> $2)
      RETURNING p.id, p.account_id, p.internal, p.title`,
    [documentId, currentVersionId, now],
  );
  return rows;
}
