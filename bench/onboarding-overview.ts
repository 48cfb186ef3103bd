// The staff onboarding overview (issue 13: "the onboarding overview for 500 accounts in progress (p95)") over HTTP
// on PostgreSQL. A fresh bench database: the demo, then 800 accounts of the "Customers" segment, one onboarding
// template of six steps (welcome, intake form, file request, engagement letter, first invoice, task) and, made in
// set-based statements, 500 onboardings in progress (each stuck at a different step: done before it, open at it on
// the client's or the firm's side, waiting after), 200 completed and 100 cancelled: the filters the console offers
// (in progress, completed, cancelled). The compiled server in its own process as in production; wrk loads the first
// page (50, as the console asks) of each filter, interleaved with the bare route, BENCH_REPEATS (default 3) times:
// p50/p95/p99 with one connection (a request's own time), req/s and p95 with 32 (under load). The plan of the first
// page's query is printed; the database is dropped at the end.
// Run alone: `TEST_DATABASE_URL=postgres://... node --import tsx bench/onboarding-overview.ts`.
import pg from 'pg';
import { emitSpread, interleaved, log } from './lib.ts';
import { expectOk, postgresUrl, startBenchServer } from './server.ts';
import { loadClientName, runLoad, type LoadFigures } from './wrk.ts';

const BENCH = 'onboarding-overview-postgres';
const REPEATS = Number(process.env.BENCH_REPEATS ?? '3');
const [IN_PROGRESS, COMPLETED, CANCELLED] = [500, 200, 100];
const STEPS = 6;
const KINDS = ['welcome', 'form', 'file_request', 'signature', 'invoice', 'task'];

/** Template, onboardings and steps for the bench accounts ("… Customer n"), in four statements. */
async function seedOnboardings(db: { query: (sql: string, params?: unknown[]) => Promise<unknown> }) {
  await db.query(
    `INSERT INTO onboarding_templates (id, segment_id, name, steps, created_at, updated_at)
     SELECT gen_random_uuid(), id, 'New client', $1::jsonb, now(), now() FROM segments WHERE name = 'Customers'`,
    [JSON.stringify(KINDS.map((kind, i) => ({ kind, title: `Step ${i + 1}: ${kind}` })))],
  );
  // The n-th bench account (by creation order): in progress for n <= 500, then completed, then cancelled; started
  // over the last 60 days.
  await db.query(
    `INSERT INTO onboardings (id, account_id, template_id, template_name, status, started_at, completed_at, cancelled_at)
     SELECT gen_random_uuid(), a.id, t.id, t.name,
       CASE WHEN a.n <= $1 THEN 'active' WHEN a.n <= $1 + $2 THEN 'completed' ELSE 'cancelled' END,
       now() - (a.n % 60) * interval '1 day' - a.n * interval '1 minute',
       CASE WHEN a.n > $1 AND a.n <= $1 + $2 THEN now() - (a.n % 20) * interval '1 day' END,
       CASE WHEN a.n > $1 + $2 THEN now() - (a.n % 10) * interval '1 day' END
     FROM (SELECT id, row_number() OVER (ORDER BY created_at DESC, id) AS n FROM accounts WHERE name LIKE '% Customer %') a,
       onboarding_templates t
     WHERE t.name = 'New client' AND a.n <= $1 + $2 + $3`,
    [IN_PROGRESS, COMPLETED, CANCELLED],
  );
  // Steps: an onboarding in progress is at step k = (its rank mod 6): done before, open at k (the firm's side for the
  // letter and the task, else the client's), waiting after; completed ones all done; cancelled ones cancelled.
  await db.query(
    `INSERT INTO onboarding_steps (id, onboarding_id, account_id, position, kind, title, status, side, opened_at, completed_at)
     SELECT gen_random_uuid(), o.id, o.account_id, p.position, ($1::text[])[p.position + 1],
       'Step ' || (p.position + 1) || ': ' || ($1::text[])[p.position + 1],
       CASE WHEN o.status = 'completed' THEN 'done' WHEN o.status = 'cancelled' THEN 'cancelled'
            WHEN p.position < o.n % $2 THEN 'done' WHEN p.position = o.n % $2 THEN 'open' ELSE 'waiting' END,
       CASE WHEN ($1::text[])[p.position + 1] IN ('signature', 'task') AND o.n % 2 = 0 THEN 'firm' ELSE 'client' END,
       CASE WHEN o.status <> 'active' OR p.position <= o.n % $2 THEN o.started_at + p.position * interval '1 day' END,
       CASE WHEN o.status = 'completed' OR (o.status = 'active' AND p.position < o.n % $2)
            THEN o.started_at + (p.position + 1) * interval '1 day' END
     FROM (SELECT id, account_id, status, started_at, row_number() OVER (ORDER BY started_at, id) AS n FROM onboardings) o,
       generate_series(0, $2 - 1) AS p(position)`,
    [KINDS, STEPS],
  );
  await db.query('ANALYZE onboardings');
  await db.query('ANALYZE onboarding_steps');
}

export async function onboardingOverviewBench() {
  log(`\n== ${BENCH}: the staff onboarding overview, ${IN_PROGRESS} accounts in progress (wrk, 1 and 32 connections)`);
  if (!postgresUrl()) return log('  skipped: needs DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)');
  if ((await loadClientName()) !== 'wrk') return log('  wrk is not installed (apt-get install wrk): skipped');
  const bench = await startBenchServer('postgres', {
    accounts: IN_PROGRESS + COMPLETED + CANCELLED,
    prepare: async (db) => {
      // Onboarding on for the bench accounts' segment (the demo leaves it off there).
      await db.query(
        `UPDATE segments SET modules = modules || '{onboarding}'::text[]
         WHERE name = 'Customers' AND NOT 'onboarding' = ANY(modules)`,
      );
      await seedOnboardings(db);
    },
  });
  try {
    const headers = { cookie: bench.ownerCookie };
    const db = new pg.Client({ connectionString: bench.database.env.DATABASE_URL });
    await db.connect();
    let dataset: Record<string, number>;
    try {
      const { rows } = await db.query<{ status: string; n: number; steps: number }>(
        `SELECT o.status, count(DISTINCT o.id)::int AS n, count(s.id)::int AS steps
         FROM onboardings o LEFT JOIN onboarding_steps s ON s.onboarding_id = o.id GROUP BY o.status`,
      );
      dataset = Object.fromEntries(rows.map((row) => [`onboardings_${row.status}`, row.n]));
      dataset.steps = rows.reduce((sum, row) => sum + row.steps, 0);
      dataset.accounts = bench.accounts;
      log(`  dataset: ${JSON.stringify(dataset)}`);
      // The first page's query as the overview runs it (staff: the whole scope), with its plan.
      const plan = await db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS)
         SELECT o.id, (SELECT count(*)::int FROM onboarding_steps s WHERE s.onboarding_id = o.id AND s.status IN ('done', 'skipped')) AS steps_done,
           (SELECT count(*)::int FROM onboarding_steps s WHERE s.onboarding_id = o.id) AS steps_total, c.title
         FROM onboardings o JOIN accounts a ON a.id = o.account_id JOIN segments sg ON sg.id = a.segment_id
         LEFT JOIN LATERAL (SELECT s.title FROM onboarding_steps s WHERE s.onboarding_id = o.id AND s.status = 'open'
           ORDER BY s.opened_at, s.position LIMIT 1) c ON true
         WHERE (true OR o.account_id = ANY('{}'::uuid[])) AND o.status = 'active'
         ORDER BY o.started_at, o.id LIMIT 51`,
      );
      log(`  plan of the first page:\n    ${plan.rows.map((row) => row['QUERY PLAN']).join('\n    ')}`);
    } finally {
      await db.end();
    }
    const pages = {
      first_page: '/api/v1/onboardings',
      completed: '/api/v1/onboardings?status=completed',
      cancelled: '/api/v1/onboardings?status=cancelled',
    };
    for (const [name, path] of Object.entries(pages)) {
      await expectOk(`${bench.url}${path}`, headers, (body) => (body as { items?: unknown[] }).items?.length === 50);
      const check = (figures: LoadFigures) => {
        if (figures.errors) throw new Error(`${figures.errors} of ${figures.requests} requests failed`);
        return figures.rps;
      };
      // Latency with one connection (requests back to back: the time of one request, not a queue's), throughput with
      // 32; each interleaved with the bare route.
      const latency = await interleaved(
        REPEATS,
        () => runLoad({ url: bench.bareUrl, connections: 1, threads: 1 }),
        () => runLoad({ url: `${bench.url}${path}`, headers, connections: 1, threads: 1 }),
        check,
      );
      const throughput = await interleaved(
        REPEATS,
        () => runLoad({ url: bench.bareUrl }),
        () => runLoad({ url: `${bench.url}${path}`, headers }),
        check,
      );
      const context = { dataset, path, client: 'wrk -c1' };
      for (const [metric, key] of [
        ['p50', 'p50Ms'],
        ['p95', 'p95Ms'],
        ['p99', 'p99Ms'],
      ] as const)
        emitSpread(
          BENCH,
          `${name}_${metric}`,
          latency.targets.map((run) => run[key]),
          'ms',
          context,
        );
      const loaded = { ...context, client: 'wrk -c32' };
      emitSpread(
        BENCH,
        `${name}_rps`,
        throughput.targets.map((run) => run.rps),
        'req/s',
        loaded,
      );
      emitSpread(BENCH, `${name}_vs_bare`, throughput.ratios, 'ratio', loaded);
      emitSpread(
        BENCH,
        `${name}_p95_at_c32`,
        throughput.targets.map((run) => run.p95Ms),
        'ms',
        loaded,
      );
    }
  } finally {
    await bench.close();
  }
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  await onboardingOverviewBench();
  printTable();
  process.exit(0);
}
