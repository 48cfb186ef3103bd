import type { Queryable } from '../../platform/db/index.ts';

/*
 * What an approval can be about, read from the owning modules' tables. Every query takes the account the caller
 * found through their scope (approvals are made in one account), so an id of another account reads as missing.
 */

export interface AccountRow {
  id: string;
  name: string;
}

export async function accountInScope(db: Queryable, accountId: string, scope: [boolean, string[]]) {
  const { rows } = await db.query<AccountRow>(
    'SELECT id, name FROM accounts WHERE id = $1 AND ($2::boolean OR id = ANY($3::uuid[]))',
    [accountId, ...scope],
  );
  return rows[0] ?? null;
}

export interface DocumentVersionRow {
  document_id: string;
  version_id: string;
  version_number: number;
  name: string;
  sha256: string;
  internal: boolean;
}

/** The current version of each live document of the account (documents in the trash are left out). */
export async function currentVersions(db: Queryable, accountId: string, documentIds: string[]) {
  const { rows } = await db.query<DocumentVersionRow>(
    `SELECT d.id AS document_id, v.id AS version_id, v.number AS version_number, d.name, v.sha256,
            (d.area = 'internal') AS internal
       FROM documents d JOIN document_versions v ON v.id = d.current_version_id
      WHERE d.account_id = $1 AND d.id = ANY($2::uuid[]) AND d.deleted_at IS NULL`,
    [accountId, documentIds],
  );
  return rows;
}

/** A quote of the account that its people can see (sent, so never a draft), with its PDF's SHA-256. */
export async function sentQuote(db: Queryable, accountId: string, quoteId: string) {
  const { rows } = await db.query<{ id: string; number: string | null; pdf_sha256: string | null }>(
    `SELECT id, number, pdf_sha256 FROM billing_documents
      WHERE account_id = $1 AND id = $2 AND kind = 'quote' AND status <> 'draft'`,
    [accountId, quoteId],
  );
  return rows[0] ?? null;
}

/** A task of the account, with its project's internal flag and what its content is (title, description, version). */
export async function taskOfAccount(db: Queryable, accountId: string, taskId: string) {
  const { rows } = await db.query<{
    id: string;
    title: string;
    description: string;
    version: number;
    internal: boolean;
  }>(
    `SELECT t.id, t.title, t.description, t.version, p.internal
       FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.account_id = $1 AND t.id = $2`,
    [accountId, taskId],
  );
  return rows[0] ?? null;
}

export interface ApproverCandidate {
  id: string;
  name: string;
  email: string;
  staff: boolean;
}

/** Active staff, and (unless `staffOnly`) the account's people, among `userIds`. */
export async function eligibleApprovers(db: Queryable, accountId: string, userIds: string[], staffOnly: boolean) {
  const { rows } = await db.query<ApproverCandidate>(
    `SELECT u.id, u.name, u.email, (u.staff_role IS NOT NULL) AS staff FROM users u
      WHERE u.id = ANY($2::uuid[]) AND u.deactivated_at IS NULL
        AND (u.staff_role IS NOT NULL OR (NOT $3::boolean AND EXISTS
          (SELECT 1 FROM memberships m WHERE m.account_id = $1 AND m.user_id = u.id)))`,
    [accountId, userIds, staffOnly],
  );
  return rows;
}
