import type { FileRequestStatus } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

export interface FileRequestRow {
  id: string;
  account_id: string;
  account_name: string;
  title: string;
  note: string | null;
  due_date: string | null;
  status: FileRequestStatus;
  return_reason: string | null;
  template_document_id: string | null;
  template_name: string | null;
  folder_id: string | null;
  requested_by: string | null;
  requested_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  accepted_at: Date | null;
  version: number;
  created_at_key: string;
  documents: { id: string; name: string; size_bytes: number; created_at: string }[] | null;
}

// A template is shown only while it is a live shared document of the same account.
const SELECT_REQUEST = `SELECT r.id, r.account_id, a.name AS account_name, r.title, r.note, to_char(r.due_date, 'YYYY-MM-DD') AS due_date, r.status,
  r.return_reason, t.id AS template_document_id, t.name AS template_name, r.folder_id, r.requested_by, u.name AS requested_by_name,
  r.created_at, r.updated_at, r.accepted_at, r.version, ${timestampKey('r.created_at')} AS created_at_key,
  (SELECT json_agg(json_build_object('id', d.id, 'name', d.name, 'size_bytes', v.size_bytes, 'created_at', d.created_at) ORDER BY d.created_at)
     FROM documents d JOIN document_versions v ON v.id = d.current_version_id
     WHERE d.file_request_id = r.id AND d.deleted_at IS NULL AND d.area = 'shared') AS documents
  FROM file_requests r JOIN accounts a ON a.id = r.account_id JOIN segments s ON s.id = a.segment_id AND 'documents' = ANY(s.modules)
  LEFT JOIN users u ON u.id = r.requested_by
  LEFT JOIN documents t ON t.id = r.template_document_id AND t.account_id = r.account_id AND t.deleted_at IS NULL AND t.area = 'shared'`;
const IN_SCOPE = '($1::boolean OR r.account_id = ANY($2::uuid[]))';

export async function findFileRequest(
  db: Queryable,
  scope: AccountScope,
  id: string,
  lock = false,
): Promise<FileRequestRow | null> {
  const { rows } = await db.query<FileRequestRow>(
    `${SELECT_REQUEST} WHERE ${IN_SCOPE} AND r.id = $3${lock ? ' FOR UPDATE OF r' : ''}`,
    [...scopeParams(scope), id],
  );
  return rows[0] ?? null;
}

const STATUS_FILTER: Record<string, FileRequestStatus[] | null> = {
  all: null,
  pending: ['open', 'returned'],
  open: ['open'],
  submitted: ['submitted'],
  returned: ['returned'],
  accepted: ['accepted'],
  cancelled: ['cancelled'],
};

/** Newest first. */
export async function listFileRequests(
  db: Queryable,
  scope: AccountScope,
  filter: { accountId: string; status: string; after: [string, string] | null; limit: number },
) {
  const { rows } = await db.query<FileRequestRow>(
    `${SELECT_REQUEST} WHERE ${IN_SCOPE} AND r.account_id = $3 AND ($4::text[] IS NULL OR r.status = ANY($4::text[]))
       AND ($5::timestamptz IS NULL OR (r.created_at, r.id) < ($5::timestamptz, $6::uuid))
     ORDER BY r.created_at DESC, r.id DESC LIMIT $7`,
    [
      ...scopeParams(scope),
      filter.accountId,
      STATUS_FILTER[filter.status] ?? null,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

export async function insertFileRequest(
  db: Queryable,
  request: {
    id: string;
    accountId: string;
    title: string;
    note: string | null;
    dueDate: string | null;
    templateDocumentId: string | null;
    folderId: string | null;
    requestedBy: string;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO file_requests (id, account_id, title, note, due_date, template_document_id, folder_id, requested_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [
      request.id,
      request.accountId,
      request.title,
      request.note,
      request.dueDate,
      request.templateDocumentId,
      request.folderId,
      request.requestedBy,
      request.now,
    ],
  );
}

/**
 * Moves a request from `from` statuses to `to`; false when it was not in one of them (someone else acted first).
 * No scope: the request was found through the caller's scope.
 */
export async function transitionFileRequest(
  db: Queryable,
  id: string,
  from: FileRequestStatus[],
  to: FileRequestStatus,
  change: { now: Date; returnReason?: string | null },
) {
  const { rowCount } = await db.query(
    `UPDATE file_requests SET status = $3, updated_at = $4, version = version + 1,
       return_reason = CASE WHEN $3 = 'returned' THEN $5 ELSE return_reason END,
       accepted_at = CASE WHEN $3 = 'accepted' THEN $4 ELSE accepted_at END
     WHERE id = $1 AND status = ANY($2::text[])`,
    [id, from, to, change.now, change.returnReason ?? null],
  );
  return rowCount === 1;
}

/**
 * The request's folder, with the request's row locked until the transaction ends (so two first uploads make one
 * folder). No scope: the request was found through the caller's scope.
 */
export async function lockRequestFolder(db: Queryable, id: string) {
  const { rows } = await db.query<{ folder_id: string | null }>(
    'SELECT folder_id FROM file_requests WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0]?.folder_id ?? null;
}

/** No scope: the request was found through the caller's scope, the folder made in its account. */
export async function setRequestFolder(db: Queryable, id: string, folderId: string) {
  await db.query('UPDATE file_requests SET folder_id = $2 WHERE id = $1', [id, folderId]);
}

/** No scope: the request was found through the caller's scope (upload use case). */
export async function markRequestSubmitted(db: Queryable, id: string, now: Date) {
  return transitionFileRequest(db, id, ['open', 'returned'], 'submitted', { now });
}

/** People of the account, who receive its file-request mail. No scope: mail for a request already found by scope. */
export async function accountPeople(db: Queryable, accountId: string) {
  const { rows } = await db.query<{ email: string; name: string; locale: string | null }>(
    'SELECT u.email, u.name, u.locale FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.account_id = $1 AND u.deactivated_at IS NULL ORDER BY u.email',
    [accountId],
  );
  return rows;
}

/**
 * No scope: the reminder job serves every account.
 * Requests owing a reminder of `kind` as of `today` (YYYY-MM-DD), claimed in the same statement: the insert
 * into file_request_reminders succeeds for one process only, so reminders go out once however many run.
 */
export async function claimDueReminders(
  db: Queryable,
  kind: 'due_soon' | 'overdue',
  today: string,
  dueSoonDays: number,
  now: Date,
) {
  const dueSoon = kind === 'due_soon';
  const { rows } = await db.query<{ file_request_id: string }>(
    `INSERT INTO file_request_reminders (file_request_id, kind, sent_at)
     SELECT r.id, $2, $3 FROM file_requests r WHERE r.status IN ('open', 'returned') AND r.due_date IS NOT NULL
       AND ${dueSoon ? 'r.due_date >= $1::date AND r.due_date <= $1::date + $4::int' : 'r.due_date < $1::date'}
     ON CONFLICT DO NOTHING RETURNING file_request_id`,
    dueSoon ? [today, kind, now, dueSoonDays] : [today, kind, now],
  );
  return rows.map((row) => row.file_request_id);
}

/** File requests in a status group (`STATUS_FILTER`), per account in the scope: the home pages' counts. */
export async function countFileRequestsByAccount(db: Queryable, scope: AccountScope, status: 'submitted' | 'pending') {
  const { rows } = await db.query<{ account_id: string; count: number }>(
    `SELECT r.account_id, count(*)::int AS count FROM file_requests r
     WHERE ${IN_SCOPE} AND r.status = ANY($3::text[]) GROUP BY r.account_id`,
    [...scopeParams(scope), STATUS_FILTER[status]],
  );
  return rows;
}
