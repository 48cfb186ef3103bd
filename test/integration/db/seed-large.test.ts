import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '../../../src/server/platform/db/index.ts';
import { verifyPassword } from '../../../src/server/platform/security/passwords.ts';
import { DEMO_PASSWORD } from '../../../src/server/seed/demo.ts';
import { LARGE_OWNER_EMAIL, largeSeedCounts, seedLarge } from '../../../src/server/seed/large/index.ts';
import { openTestDatabase } from '../../support/harness.ts';

// The large seed at a tiny scale (the benchmark dataset is 2,000 times this): counts, references, determinism.
const SCALE = 0.0005;

/** One digest per table over every column of every row, in key order: equal digests, equal tables. */
async function checksums(db: Database) {
  const tables = {
    accounts: 'id',
    users: 'id',
    memberships: 'account_id, user_id',
    kb_articles: 'id',
    kb_sections: 'id',
    threads: 'id',
    tickets: 'thread_id',
    thread_participants: 'thread_id, user_id',
    messages: 'seq',
    ticket_groups: 'id',
    sla_policies: 'id',
    support_report_facts: 'ticket_id, kind, part, at',
    billing_profiles: 'account_id',
    billing_documents: 'id',
    billing_document_lines: 'id',
    orders: 'id',
    order_status_history: 'id',
    projects: 'id',
    tasks: 'id',
    approvals: 'id',
    approval_approvers: 'approval_id, user_id',
  };
  const digests: Record<string, string> = {};
  for (const [table, key] of Object.entries(tables)) {
    const { rows } = await db.query<{ digest: string }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY ${key})) AS digest FROM ${table} t`,
    );
    digests[table] = rows[0]!.digest;
  }
  return digests;
}

/** The seed loads with foreign-key triggers off: every single-column reference must still resolve. */
async function danglingReferences(db: Database) {
  const { rows: keys } = await db.query<{ child: string; column: string; parent: string; target: string }>(
    `SELECT c.conrelid::regclass::text AS child, a.attname AS column, c.confrelid::regclass::text AS parent, af.attname AS target
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND c.connamespace = current_schema()::regnamespace`,
  );
  const dangling: string[] = [];
  for (const key of keys) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${key.child} x WHERE x.${key.column} IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE p.${key.target} = x.${key.column})`,
    );
    if (rows[0]!.n > 0) dangling.push(`${key.child}.${key.column} -> ${key.parent}: ${rows[0]!.n}`);
  }
  return { checked: keys.length, dangling };
}

describe('npm run seed:large (tiny scale)', () => {
  const opened: { db: Database; drop(): Promise<void> }[] = [];
  let first: Database;
  let second: Database;

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1) {
      const database = await openTestDatabase(undefined, { schemaPrefix: 'portico_seed_large' });
      opened.push(database);
      await migrate(database.db);
      await seedLarge(database.db, { scale: SCALE });
    }
    [first, second] = opened.map((database) => database.db) as [Database, Database];
  }, 180_000); // ~10 s on a quiet machine; opening PGlite twice is most of it
  afterAll(async () => {
    for (const database of opened) await database.drop();
  });

  it('builds the counts the scale asks for, with consistent references', async () => {
    const expected = largeSeedCounts(SCALE);
    const { rows } = await first.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM users WHERE staff_role IS NULL)::int AS customers,
         (SELECT count(*) FROM users WHERE staff_role = 'agent')::int AS agents, (SELECT count(*) FROM kb_articles)::int AS articles,
         (SELECT count(*) FROM tickets)::int AS tickets, (SELECT count(*) FROM threads WHERE kind = 'ticket')::int AS threads,
         (SELECT count(*) FROM thread_participants WHERE role = 'requester')::int AS requesters, (SELECT count(*) FROM messages)::int AS messages,
         (SELECT count(*) FROM billing_documents WHERE kind = 'invoice')::int AS invoices, (SELECT count(*) FROM orders)::int AS orders,
         (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM tasks)::int AS tasks,
         (SELECT count(*) FROM approvals WHERE task_id IS NOT NULL)::int AS approvals`,
    );
    expect(rows[0]).toEqual({ ...expected, threads: expected.tickets, requesters: expected.tickets });
    const references = await danglingReferences(first);
    expect(references.checked).toBeGreaterThan(20);
    expect(references.dangling).toEqual([]);
    // Whose turn each pending approval waits on (0092's trigger is off during the seed, which sets it itself).
    const turns = await first.query<{ pending: number; wrong: number }>(
      `SELECT count(*)::int AS pending, count(*) FILTER (WHERE turn_firm <> approval_turn(id, 'firm')
         OR turn_client <> approval_turn(id, 'client'))::int AS wrong FROM approvals WHERE status = 'pending'`,
    );
    expect(turns.rows[0]!.pending).toBeGreaterThan(0);
    expect(turns.rows[0]!.wrong).toBe(0);
  });

  it('gives the same rows on every run', async () => {
    expect(await checksums(second)).toEqual(await checksums(first));
  });

  it('is usable by the app: searchable articles, a worked queue, an owner who can sign in', async () => {
    const searchable = await first.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM kb_articles WHERE status = 'published' AND search_vector @@ websearch_to_tsquery('english', 'open settings')",
    );
    expect(searchable.rows[0]!.n).toBeGreaterThan(0);
    // The typo dictionary is filled too, so a misspelt search finds what the correct one does.
    const corrected = await first.query<{ words: string[] }>(
      "SELECT kb_corrected_words('reset pasword', false) AS words",
    );
    expect(corrected.rows[0]!.words).toEqual(['reset', 'password']);
    const statuses = await first.query<{ status: string }>('SELECT DISTINCT status FROM tickets ORDER BY status');
    expect(statuses.rows.map((row) => row.status)).toEqual(expect.arrayContaining(['closed', 'new', 'open']));
    const owner = await first.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [
      LARGE_OWNER_EMAIL,
    ]);
    expect(await verifyPassword(owner.rows[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    // The support report's rollups were rebuilt after the bulk load: one creation fact per ticket, counted in the all-accounts day rows.
    const created = await first.query<{ facts: number; days: number }>(
      `SELECT (SELECT count(*) FROM support_report_facts WHERE kind = 'created')::int AS facts,
         (SELECT coalesce(sum(facts), 0) FROM support_report_days WHERE kind = 'created' AND account_id IS NULL)::int AS days`,
    );
    expect(created.rows[0]).toEqual({ facts: largeSeedCounts(SCALE).tickets, days: largeSeedCounts(SCALE).tickets });
    const next = await first.query<{ n: number }>("SELECT nextval('ticket_number_seq')::int AS n");
    expect(next.rows[0]!.n).toBe(999 + largeSeedCounts(SCALE).tickets + 1);
  });

  it('refuses a database that is not empty', async () => {
    await expect(seedLarge(first, { scale: SCALE })).rejects.toThrow(/empty database/);
  });
});
