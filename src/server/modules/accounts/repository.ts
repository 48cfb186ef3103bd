import type { AccountRole, ModuleName } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import { forgetSessionsAfterCommit } from '../identity/index.ts';

export interface AccountRow {
  id: string;
  name: string;
  segment_id: string;
  segment_name: string;
  segment_kind: 'client_workspaces' | 'self_service';
  segment_modules: ModuleName[];
  member_count: number;
  created_at: Date;
  version: number;
  /** Sort keys exactly as the database orders them, for cursors. */
  name_key: string;
  created_at_key: string;
}

const SELECT_ACCOUNT = `SELECT a.id, a.name, a.segment_id, s.name AS segment_name, s.kind AS segment_kind, s.modules AS segment_modules,
  a.created_at, a.version, lower(a.name) AS name_key, ${timestampKey('a.created_at')} AS created_at_key,
  (SELECT count(*)::int FROM memberships m WHERE m.account_id = a.id) AS member_count
  FROM accounts a JOIN segments s ON s.id = a.segment_id`;
// $1/$2 are always the scope: every read of account data goes through it.
const IN_SCOPE = '($1::boolean OR a.id = ANY($2::uuid[]))';

export type AccountSort = 'name' | '-name' | 'createdAt' | '-createdAt';

export interface AccountListFilter {
  q?: string;
  segmentId?: string;
  sort: AccountSort;
  after: [string, string] | null;
  limit: number;
}

const SORTS: Record<AccountSort, { key: string; dir: 'ASC' | 'DESC' }> = {
  name: { key: 'lower(a.name)', dir: 'ASC' },
  '-name': { key: 'lower(a.name)', dir: 'DESC' },
  createdAt: { key: 'a.created_at', dir: 'ASC' },
  '-createdAt': { key: 'a.created_at', dir: 'DESC' },
};

/** Keyset pagination on (sort key, id): page 1,000 costs what page 1 does. */
export async function listAccounts(
  db: Queryable,
  scope: AccountScope,
  filter: AccountListFilter,
): Promise<AccountRow[]> {
  const sort = SORTS[filter.sort];
  const cmp = sort.dir === 'ASC' ? '>' : '<';
  const { rows } = await db.query<AccountRow>(
    `${SELECT_ACCOUNT}
     WHERE ${IN_SCOPE}
       AND ($3::text IS NULL OR a.name ILIKE '%' || $3 || '%')
       AND ($4::uuid IS NULL OR a.segment_id = $4)
       AND ($5::text IS NULL OR (${sort.key}, a.id) ${cmp} ($6${filter.sort.endsWith('createdAt') ? '::timestamptz' : '::text'}, $7::uuid))
     ORDER BY ${sort.key} ${sort.dir}, a.id ${sort.dir}
     LIMIT $8`,
    [
      ...scopeParams(scope),
      filter.q ? filter.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null,
      filter.segmentId ?? null,
      filter.after ? 'after' : null,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

export async function findAccount(db: Queryable, scope: AccountScope, id: string): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(`${SELECT_ACCOUNT} WHERE ${IN_SCOPE} AND a.id = $3`, [
    ...scopeParams(scope),
    id,
  ]);
  return rows[0] ?? null;
}

export async function insertAccount(
  db: Queryable,
  account: { id: string; name: string; segmentId: string; externalId?: string | null },
) {
  await db.query('INSERT INTO accounts (id, name, segment_id, external_id) VALUES ($1, $2, $3, $4)', [
    account.id,
    account.name,
    account.segmentId,
    account.externalId ?? null,
  ]);
}

/** Several accounts in one statement (a CSV import's batch). */
export async function insertAccounts(
  db: Queryable,
  accounts: { id: string; name: string; segmentId: string; externalId?: string | null }[],
) {
  if (!accounts.length) return;
  await db.query(
    `INSERT INTO accounts (id, name, segment_id, external_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[])`,
    [
      accounts.map((a) => a.id),
      accounts.map((a) => a.name),
      accounts.map((a) => a.segmentId),
      accounts.map((a) => a.externalId ?? null),
    ],
  );
}

export async function renameAccount(
  db: Queryable,
  scope: AccountScope,
  id: string,
  name: string,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE accounts a SET name = $4, version = version + 1, updated_at = now()
     WHERE ${IN_SCOPE} AND a.id = $3 AND ($5::int IS NULL OR a.version = $5)`,
    [...scopeParams(scope), id, name, expectedVersion],
  );
  forgetSessionsAfterCommit(db, { accountId: id });
  return rowCount === 1;
}

export interface MemberRow {
  user_id: string;
  name: string;
  email: string;
  role: AccountRole;
  created_at: Date;
}

export async function listMembers(db: Queryable, scope: AccountScope, accountId: string): Promise<MemberRow[]> {
  const { rows } = await db.query<MemberRow>(
    `SELECT m.user_id, u.name, u.email, m.role, m.created_at
     FROM memberships m JOIN users u ON u.id = m.user_id JOIN accounts a ON a.id = m.account_id
     WHERE ${IN_SCOPE} AND m.account_id = $3
     ORDER BY lower(u.name), u.id`,
    [...scopeParams(scope), accountId],
  );
  return rows;
}

export async function findMember(
  db: Queryable,
  scope: AccountScope,
  accountId: string,
  userId: string,
): Promise<MemberRow | null> {
  const members = await db.query<MemberRow>(
    `SELECT m.user_id, u.name, u.email, m.role, m.created_at
     FROM memberships m JOIN users u ON u.id = m.user_id JOIN accounts a ON a.id = m.account_id
     WHERE ${IN_SCOPE} AND m.account_id = $3 AND m.user_id = $4`,
    [...scopeParams(scope), accountId, userId],
  );
  return members.rows[0] ?? null;
}

/**
 * Serialises membership changes of one account for the rest of the transaction, so two admins demoting or
 * removing each other at the same moment cannot both pass the "last account admin" check.
 */
export async function lockAccount(db: Queryable, accountId: string) {
  await db.query('SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE', [accountId]);
}

export async function countAccountAdmins(db: Queryable, scope: AccountScope, accountId: string) {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM memberships m JOIN accounts a ON a.id = m.account_id
     WHERE ${IN_SCOPE} AND m.account_id = $3 AND m.role = 'account_admin'`,
    [...scopeParams(scope), accountId],
  );
  return rows[0]!.n;
}

export async function setMemberRole(
  db: Queryable,
  scope: AccountScope,
  accountId: string,
  userId: string,
  role: AccountRole,
) {
  await db.query(
    `UPDATE memberships m SET role = $5 FROM accounts a WHERE a.id = m.account_id AND ${IN_SCOPE} AND m.account_id = $3 AND m.user_id = $4`,
    [...scopeParams(scope), accountId, userId, role],
  );
  forgetSessionsAfterCommit(db, { userId });
}

export async function deleteMember(db: Queryable, scope: AccountScope, accountId: string, userId: string) {
  const { rowCount } = await db.query(
    `DELETE FROM memberships m USING accounts a WHERE a.id = m.account_id AND ${IN_SCOPE} AND m.account_id = $3 AND m.user_id = $4`,
    [...scopeParams(scope), accountId, userId],
  );
  if (rowCount === 1) {
    // A removed member's sessions must not keep pointing at the account.
    await db.query('UPDATE sessions SET active_account_id = NULL WHERE user_id = $1 AND active_account_id = $2', [
      userId,
      accountId,
    ]);
  }
  forgetSessionsAfterCommit(db, { userId });
}

export interface MembershipExportRow {
  account_id: string;
  account_name: string;
  segment_name: string;
  user_id: string;
  email: string;
  name: string;
  role: AccountRole;
  created_at: Date;
}

/** Memberships in scope, a keyset batch at a time (account, then person), for the people CSV export. */
export async function exportMembershipsBatch(
  db: Queryable,
  scope: AccountScope,
  filter: { q?: string; segmentId?: string; after: [string, string] | null; limit: number },
): Promise<MembershipExportRow[]> {
  const { rows } = await db.query<MembershipExportRow>(
    `SELECT m.account_id, a.name AS account_name, s.name AS segment_name, m.user_id, u.email, u.name, m.role,
            m.created_at
     FROM memberships m JOIN accounts a ON a.id = m.account_id JOIN segments s ON s.id = a.segment_id
       JOIN users u ON u.id = m.user_id
     WHERE ${IN_SCOPE}
       AND ($3::text IS NULL OR a.name ILIKE '%' || $3 || '%')
       AND ($4::uuid IS NULL OR a.segment_id = $4)
       AND ($5::uuid IS NULL OR (m.account_id, m.user_id) > ($5::uuid, $6::uuid))
     ORDER BY m.account_id, m.user_id
     LIMIT $7`,
    [
      ...scopeParams(scope),
      filter.q ? filter.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null,
      filter.segmentId ?? null,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit,
    ],
  );
  return rows;
}
