// The obligations timeline on PostgreSQL (issue 12: "one account's obligations timeline: p95 <= 30 ms with 10,000
// items on the account"). Seeds its own dataset in a fresh database (not the large seed, which has no tasks yet):
// BENCH_OBLIGATIONS_ACCOUNTS accounts (default 1,000) of one client-workspace segment, one project each with
// BENCH_OBLIGATIONS_TASKS_PER_ACCOUNT tasks (default 100, a tenth done), and one target account with 10,000 open items
// (9,600 tasks split between staff and the client, 200 file requests, 200 sent invoices), due dates spread over a year
// around today. Then, in this process, the use cases themselves (no HTTP): the first page (50) of each side of the
// target account for staff and for the client, a deep page (the cursor after 5,000 items), and "waiting on us"
// across every account; `BENCH_REPEATS` (default 200) rounds, p50/p95/max. Prints the plan of the largest query.
// Run alone: `TEST_DATABASE_URL=postgres://... node --import tsx bench/obligations.ts`.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/server/config.ts';
import { ticketObligations } from '../src/server/modules/tickets/index.ts';
import { projectObligations } from '../src/server/modules/projects/index.ts';
import { documentObligations } from '../src/server/modules/documents/index.ts';
import { billingObligations } from '../src/server/modules/billing/index.ts';
import { timelineUseCase, waitingItemsUseCase } from '../src/server/modules/obligations/use-cases/timeline.ts';
import type { Actor } from '../src/server/platform/actor.ts';
import type { AppContext } from '../src/server/platform/context.ts';
import { migrate } from '../src/server/platform/db/index.ts';
import { openConfiguredDatabase } from '../src/server/platform/start.ts';
import { emit, log } from './lib.ts';
import { createBenchDatabase, postgresUrl } from './server.ts';

const ACCOUNTS = Number(process.env.BENCH_OBLIGATIONS_ACCOUNTS ?? '1000');
const PER_ACCOUNT = Number(process.env.BENCH_OBLIGATIONS_TASKS_PER_ACCOUNT ?? '100');
const REPEATS = Number(process.env.BENCH_REPEATS ?? '200');
const providers = [ticketObligations, projectObligations, documentObligations, billingObligations];

function actorOf(userId: string, staff: boolean, accountId: string): Actor {
  return {
    userId,
    email: 'bench@example.test',
    name: 'Bench',
    staffRole: staff ? 'owner' : null,
    limitedToAssignedAccounts: false,
    assignedAccountIds: new Set(),
    memberships: new Map(staff ? [] : [[accountId, 'account_admin' as const]]),
    accountModules: new Map(),
    sessionId: randomUUID(),
    sessionState: 'active',
    activeAccountId: staff ? null : accountId,
  };
}

async function timed(run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let round = 0; round < REPEATS; round += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: times.at(-1)! };
}

export async function obligationsBench() {
  // The target is for PostgreSQL; without one to create a database in, there is nothing to measure.
  if (!postgresUrl()) {
    log('obligations: skipped (needs DATABASE_URL or TEST_DATABASE_URL of a PostgreSQL server)');
    return;
  }
  const database = await createBenchDatabase('postgres');
  const config = loadConfig({ ...database.env, NODE_ENV: 'test' });
  const db = await openConfiguredDatabase(config);
  try {
    await migrate(db);
    const segment = randomUUID();
    const target = randomUUID();
    const staffId = randomUUID();
    const clientId = randomUUID();
    log(`obligations: seeding ${ACCOUNTS} accounts × ${PER_ACCOUNT} tasks + 10,000 items on one account`);
    await db.query(
      `INSERT INTO segments (id, name, kind, modules) VALUES ($1, 'Bench', 'client_workspaces',
      '{documents,messages,billing,projects,tickets}')`,
      [segment],
    );
    await db.query(
      `INSERT INTO users (id, email, name, staff_role) VALUES ($1, 'staff@bench.test', 'Staff', 'owner'),
      ($2, 'client@bench.test', 'Client', NULL)`,
      [staffId, clientId],
    );
    await db.query(`INSERT INTO accounts (id, segment_id, name) VALUES ($1, $2, 'Target')`, [target, segment]);
    await db.query(`INSERT INTO memberships (account_id, user_id, role) VALUES ($1, $2, 'account_admin')`, [
      target,
      clientId,
    ]);
    await db.query(
      `INSERT INTO accounts (id, segment_id, name) SELECT gen_random_uuid(), $1, 'Account ' || i FROM generate_series(1, $2) i`,
      [segment, ACCOUNTS - 1],
    );
    await db.query(`INSERT INTO projects (id, account_id, name, due_date, internal)
      SELECT gen_random_uuid(), a.id, 'Project of ' || a.name, CURRENT_DATE + (random() * 300)::int, random() < 0.1 FROM accounts a`);
    // Every account's tasks: half staff, a tenth done, due over a year around today.
    await db.query(
      `INSERT INTO tasks (id, project_id, account_id, title, status, assignee_id, due_date)
       SELECT gen_random_uuid(), p.id, p.account_id, 'Task ' || i, CASE WHEN i % 10 = 0 THEN 'done' ELSE 'todo' END,
         CASE WHEN i % 2 = 0 THEN $1::uuid ELSE NULL END, CURRENT_DATE + (random() * 365)::int - 180
       FROM projects p CROSS JOIN generate_series(1, $2) i WHERE p.account_id <> $3`,
      [staffId, PER_ACCOUNT, target],
    );
    await db.query(
      `INSERT INTO tasks (id, project_id, account_id, title, status, assignee_id, due_date)
       SELECT gen_random_uuid(), p.id, p.account_id, 'Target task ' || i, 'todo',
         CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END,
         CASE WHEN i % 50 = 0 THEN NULL ELSE CURRENT_DATE + (random() * 365)::int - 180 END
       FROM projects p CROSS JOIN generate_series(1, 9600) i WHERE p.account_id = $3`,
      [staffId, clientId, target],
    );
    await db.query(
      `INSERT INTO file_requests (id, account_id, title, due_date)
       SELECT gen_random_uuid(), $1, 'Request ' || i, CURRENT_DATE + (random() * 365)::int - 180 FROM generate_series(1, 200) i`,
      [target],
    );
    await db.query(
      `INSERT INTO billing_documents (id, account_id, kind, status, number, currency, issue_date, due_date, total)
       SELECT gen_random_uuid(), $1, 'invoice', 'sent', 'BENCH-' || i, 'EUR', CURRENT_DATE - 30,
         CURRENT_DATE + (random() * 365)::int - 180, 10000 FROM generate_series(1, 200) i`,
      [target],
    );
    await db.query('ANALYZE');
    const { rows: sizes } = await db.query<{ tasks: number; target: number }>(
      `SELECT (SELECT count(*)::int FROM tasks) AS tasks,
        (SELECT count(*)::int FROM tasks WHERE account_id = $1) + 400 AS target`,
      [target],
    );
    log(`obligations: ${sizes[0]!.tasks} tasks in all; ${sizes[0]!.target} items on the target account`);

    const ctx = { db, clock: { now: () => new Date() } } as unknown as AppContext;
    const staff = actorOf(staffId, true, target);
    const client = actorOf(clientId, false, target);
    // The cursor after 5,000 client-side items: walk there once.
    let cursor: string | undefined;
    for (let walked = 0; walked < 5000; walked += 200) {
      const page = await timelineUseCase(ctx, staff, providers, target, { side: 'client', limit: 200, cursor });
      cursor = page.nextCursor ?? undefined;
    }
    const cases: [string, () => Promise<unknown>][] = [
      [
        'staff, firm side, first page',
        () => timelineUseCase(ctx, staff, providers, target, { side: 'firm', limit: 50 }),
      ],
      [
        'staff, client side, first page',
        () => timelineUseCase(ctx, staff, providers, target, { side: 'client', limit: 50 }),
      ],
      [
        'client, client side, first page',
        () => timelineUseCase(ctx, client, providers, target, { side: 'client', limit: 50 }),
      ],
      [
        'client, firm side, first page',
        () => timelineUseCase(ctx, client, providers, target, { side: 'firm', limit: 50 }),
      ],
      [
        'staff, client side, page after 5,000',
        () => timelineUseCase(ctx, staff, providers, target, { side: 'client', limit: 50, cursor }),
      ],
      ['waiting on us, every account, first page', () => waitingItemsUseCase(ctx, staff, providers, { limit: 50 })],
    ];
    // One round of each case with every statement explained (BENCH_EXPLAIN=1): the plans show the index walks.
    if (process.env.BENCH_EXPLAIN) {
      const explaining = {
        query: async (sql: string, params: unknown[]) => {
          const plan = await db.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
          log(plan.rows.map((row) => Object.values(row)[0]).join('\n'));
          return db.query(sql, params);
        },
      };
      (ctx as { db: unknown }).db = explaining;
      for (const [name, run] of cases) {
        log(`--- ${name}`);
        await run();
      }
      (ctx as { db: unknown }).db = db;
    }
    for (const [name, run] of cases) {
      const figures = await timed(run);
      log(
        `obligations: ${name}: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, max ${figures.max.toFixed(1)} ms`,
      );
      emit('obligations', `${name} p95`, figures.p95, 'ms', { accounts: ACCOUNTS, tasks: sizes[0]!.tasks });
    }
  } finally {
    await db.close();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await obligationsBench();
