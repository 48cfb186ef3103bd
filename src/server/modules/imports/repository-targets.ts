import type { AccountRole } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { forgetSessionsAfterCommit } from '../identity/index.ts';

// Reads and writes of accounts, people and memberships for a batch of rows, one statement per kind of work (not
// per row). No account scope: only staff owners/admins run imports, and they see every account (accountScopeOf
// gives them `all`); the policy is checked when the run starts and again by the job.

/** Serialises import batches portal-wide: two imports of one file at once never both create an account. */
export async function lockImportBatches(db: Queryable) {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('csvimport.batches'))`);
}

export interface ExistingAccount {
  id: string;
  name: string;
  external_id: string | null;
  segment_id: string;
}

/** Accounts by external id, or by name (case-insensitive; the oldest first when two share a name). */
export async function findAccountsByKeys(
  db: Queryable,
  by: 'externalId' | 'name',
  keys: string[],
): Promise<Map<string, ExistingAccount>> {
  const found = new Map<string, ExistingAccount>();
  if (!keys.length) return found;
  const { rows } = await db.query<ExistingAccount & { key: string }>(
    by === 'externalId'
      ? 'SELECT id, name, external_id, segment_id, external_id AS key FROM accounts WHERE external_id = ANY($1::text[])'
      : `SELECT DISTINCT ON (lower(name)) id, name, external_id, segment_id, lower(name) AS key
         FROM accounts WHERE lower(name) = ANY($1::text[]) ORDER BY lower(name), created_at, id`,
    [keys],
  );
  for (const row of rows) found.set(row.key, row);
  return found;
}

/** Changed accounts of a batch in one statement: the name, and an external id where the account had none. */
export async function updateImportedAccounts(
  db: Queryable,
  accounts: { id: string; name: string; externalId: string | null }[],
) {
  if (!accounts.length) return;
  await db.query(
    `UPDATE accounts a SET name = c.name, external_id = COALESCE(c.external_id, a.external_id),
       version = a.version + 1, updated_at = now()
     FROM unnest($1::uuid[], $2::text[], $3::text[]) AS c(id, name, external_id) WHERE a.id = c.id`,
    [accounts.map((a) => a.id), accounts.map((a) => a.name), accounts.map((a) => a.externalId)],
  );
  const [first, ...more] = accounts.map((account) => ({ accountId: account.id }));
  forgetSessionsAfterCommit(db, first!, ...more);
}

export interface ExistingPerson {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  staff_role: string | null;
  deactivated: boolean;
}

export async function findPeopleByEmails(db: Queryable, emails: string[]): Promise<Map<string, ExistingPerson>> {
  const found = new Map<string, ExistingPerson>();
  if (!emails.length) return found;
  const { rows } = await db.query<ExistingPerson>(
    `SELECT id, lower(email) AS email, name, locale, staff_role, deactivated_at IS NOT NULL AS deactivated
     FROM users WHERE lower(email) = ANY($1::text[])`,
    [emails],
  );
  for (const row of rows) found.set(row.email, row);
  return found;
}

/** New people in one statement; they have no password yet (an invitation or a sign-in link gives them a way in). */
export async function insertPeople(
  db: Queryable,
  people: { id: string; email: string; name: string; locale: string | null }[],
) {
  if (!people.length) return;
  await db.query(
    `INSERT INTO users (id, email, name, locale)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [people.map((p) => p.id), people.map((p) => p.email), people.map((p) => p.name), people.map((p) => p.locale)],
  );
}

export async function updatePeople(db: Queryable, people: { id: string; name: string; locale: string | null }[]) {
  if (!people.length) return;
  await db.query(
    `UPDATE users u SET name = p.name, locale = COALESCE(p.locale, u.locale), updated_at = now()
     FROM unnest($1::uuid[], $2::text[], $3::text[]) AS p(id, name, locale) WHERE u.id = p.id`,
    [people.map((p) => p.id), people.map((p) => p.name), people.map((p) => p.locale)],
  );
  const [first, ...more] = people.map((person) => ({ userId: person.id }));
  forgetSessionsAfterCommit(db, first!, ...more);
}

/** Existing memberships among (account, person) pairs, keyed `account:user`, with their role. */
export async function findMemberships(
  db: Queryable,
  pairs: { accountId: string; userId: string }[],
): Promise<Map<string, AccountRole>> {
  const found = new Map<string, AccountRole>();
  if (!pairs.length) return found;
  const { rows } = await db.query<{ account_id: string; user_id: string; role: AccountRole }>(
    `SELECT m.account_id, m.user_id, m.role FROM memberships m
     JOIN unnest($1::uuid[], $2::uuid[]) AS p(account_id, user_id) ON p.account_id = m.account_id AND p.user_id = m.user_id`,
    [pairs.map((p) => p.accountId), pairs.map((p) => p.userId)],
  );
  for (const row of rows) found.set(`${row.account_id}:${row.user_id}`, row.role);
  return found;
}

/** Changed roles of a batch in one statement. */
export async function setMembershipRoles(
  db: Queryable,
  changes: { accountId: string; userId: string; role: AccountRole }[],
) {
  if (!changes.length) return;
  await db.query(
    `UPDATE memberships m SET role = c.role
     FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS c(account_id, user_id, role)
     WHERE m.account_id = c.account_id AND m.user_id = c.user_id`,
    [changes.map((c) => c.accountId), changes.map((c) => c.userId), changes.map((c) => c.role)],
  );
  const [first, ...more] = changes.map((change) => ({ userId: change.userId }));
  forgetSessionsAfterCommit(db, first!, ...more);
}
