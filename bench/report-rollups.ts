// The staff support report on the large seed (issue 10, item 2: "reports read from rollups ... no report statement
// runs longer than 100 ms at the demo and --scale 0.1 sizes"). Two parts:
//
// 1. Statements, in this process with the database open: every ticket/SLA/CSAT statement of one report, over the
//    base tables (the queries before migration 0034, kept in test/integration/support-reports/base-figures.ts) and
//    over the rollups, interleaved (base, rollups, base, rollups...) `REPEATS` times, for the dataset's last 30 days
//    (by day) and its last 365 (by week), unrestricted scope: the sum per report and the slowest single statement.
// 2. The endpoint, over HTTP: the compiled server in a process of its own (production settings), wrk with one
//    connection from outside (requests back to back: p50/p95/p99 are what one person waits), interleaved with the
//    bare Fastify route in another process: bare, 30 days, 365 days, 30 days as an agent limited to 100 accounts,
//    `REPEATS` times; min/median/max of each percentile, with the dataset and the load average.
// 3. What the rollups cost a write: moving the solve time of 1,000 tickets, triggers live vs deferred (rolled back).
//
// The large seed has no SLA results or ratings; the bench adds them before measuring (an SLA result per first
// response and per solve, a rating for a third of the solved tickets) and rebuilds the rollups, so every part of the
// report has rows to read. Dataset: BENCH_LARGE_DATA_DIR (embedded) / BENCH_LARGE_DATABASE_URL (PostgreSQL), seeded
// with `npm run seed:large -- --scale 0.1` (migrated here first); otherwise a temporary seed at BENCH_REPORT_SCALE
// (default 0.1: 100,000 tickets) with BENCH_REPORT_MESSAGES messages per ticket (default 0: the report reads none).
// Run alone: `node --import tsx bench/report-rollups.ts [embedded|postgres]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/server/config.ts';
import * as rollups from '../src/server/modules/support-reports/repository.ts';
import { migrate, type Database } from '../src/server/platform/db/index.ts';
import { openConfiguredDatabase } from '../src/server/platform/start.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';
import { DATASET_END, LARGE_OWNER_EMAIL, hasLargeSeed, seedLarge } from '../src/server/seed/large/index.ts';
import * as base from '../test/integration/support-reports/base-figures.ts';
import { emitSpread, log, type FigureContext } from './lib.ts';
import { wrkLatency } from './queue-kb.ts';
import {
  buildServer,
  createBenchDatabase,
  expectOk,
  postgresUrl,
  signIn,
  startBareProcess,
  startServerProcess,
  type BenchDatabase,
  type Engine,
} from './server.ts';
import { loadClientName } from './wrk.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? '3');
const SECONDS = Number(process.env.BENCH_REPORT_SECONDS ?? '5');
const LIMITED_EMAIL = 'limited@large.example';
const LIMITED_ACCOUNTS = 100;
const DAY_MS = 86_400_000;

/** The bench's database: a large seed named by the environment, or a temporary one seeded here. */
async function benchDatabase(engine: Engine): Promise<{ database: BenchDatabase; fresh: boolean }> {
  const dir = process.env.BENCH_LARGE_DATA_DIR;
  const url = process.env.BENCH_LARGE_DATABASE_URL;
  // DEMO_SEED=on: the large seed's staff use the published demo password, which production refuses otherwise.
  const env = { NODE_ENV: 'production', SECRET: 'bench-secret-bench-secret-bench-secret', DEMO_SEED: 'on' };
  if (engine === 'embedded' && dir)
    return { database: { engine, dataDir: dir, env: { ...env, DATA_DIR: dir }, drop: async () => {} }, fresh: false };
  if (engine === 'postgres' && url) {
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-bench-report-')); // the server's files, none here
    const drop = async () => rmSync(dataDir, { recursive: true, force: true });
    return { database: { engine, dataDir, env: { ...env, DATA_DIR: dataDir, DATABASE_URL: url }, drop }, fresh: false };
  }
  return { database: await createBenchDatabase(engine), fresh: true };
}

/**
 * What the seed lacks for a report: SLA results (first response and resolution, breached when late), ratings for a
 * third of the solved tickets, and an agent limited to 100 accounts. Written with the rollup triggers deferred,
 * then one rebuild. Skipped when a previous run added them.
 */
async function prepare(db: Database) {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ticket_sla_results');
  if (rows[0]!.n === 0) {
    const started = performance.now();
    await db.transaction(async (tx) => {
      await tx.query("SET LOCAL portico.support_report_rollups = 'deferred'");
      await tx.query(
        `INSERT INTO ticket_sla_results (ticket_id, metric, due_at, met_at, breached, segment_id)
         SELECT thread_id, 'first_response', created_at + first_response_target_minutes * interval '1 minute', first_response_at,
           first_response_at > created_at + first_response_target_minutes * interval '1 minute', segment_id
         FROM tickets WHERE first_response_at IS NOT NULL AND first_response_target_minutes IS NOT NULL
         UNION ALL
         SELECT thread_id, 'resolution', created_at + resolution_target_minutes * interval '1 minute', solved_at,
           solved_at > created_at + resolution_target_minutes * interval '1 minute', segment_id
         FROM tickets WHERE solved_at IS NOT NULL AND resolution_target_minutes IS NOT NULL`,
      );
      await tx.query(
        `INSERT INTO ticket_ratings (id, ticket_id, requester_id, token_hash, segment_id, assignee_id, group_id, requested_at, rating, rated_at)
         SELECT gen_random_uuid(), thread_id, requester_id, md5('rating:' || thread_id), segment_id, assignee_id, group_id, solved_at,
           CASE WHEN number % 5 = 0 THEN 'bad' ELSE 'good' END, solved_at + interval '1 hour'
         FROM tickets WHERE solved_at IS NOT NULL AND number % 3 = 0`,
      );
      await tx.query('SELECT support_report_rollups_rebuild()');
    });
    await db.query('VACUUM (ANALYZE)');
    log(`  added SLA results and ratings, rebuilt the rollups: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, staff_role, limited_to_assigned_accounts)
     SELECT gen_random_uuid(), $1, 'Limited Agent', password_hash, 'agent', true FROM users WHERE email = $2
     ON CONFLICT DO NOTHING`,
    [LIMITED_EMAIL, LARGE_OWNER_EMAIL],
  );
  await db.query(
    `INSERT INTO staff_assignments (user_id, account_id)
     SELECT u.id, a.id FROM users u, (SELECT id FROM accounts ORDER BY id LIMIT $2) a WHERE u.email = $1
     ON CONFLICT DO NOTHING`,
    [LIMITED_EMAIL, LIMITED_ACCOUNTS],
  );
}

/** The dataset's last 30 days by day and last 365 by week (the seed's tickets end at DATASET_END). */
function periods() {
  const last = new Date(Date.parse(DATASET_END) - DAY_MS);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const back = (days: number) => new Date(last.getTime() - (days - 1) * DAY_MS);
  return {
    month: { from: iso(back(30)), to: iso(last), interval: 'day' as const, days: 30 },
    year: { from: iso(back(365)), to: iso(last), interval: 'week' as const, days: 365 },
  };
}

/** Every rollup-backed statement of one report (form and help sessions read the same tables either way). */
function reportStatements(source: typeof base | typeof rollups, db: Database, w: rollups.ReportWindow, now: Date) {
  return [
    () => source.createdTickets(db, w),
    () => source.solvedTickets(db, w),
    () => source.slaTargets(db, w, now),
    () => source.ratings(db, w),
    () => source.ratingsBy(db, w, 'agent'),
    () => source.ratingsBy(db, w, 'group'),
  ];
}

async function timeStatements(statements: (() => Promise<unknown>)[]) {
  let total = 0;
  let slowest = 0;
  for (const statement of statements) {
    const started = performance.now();
    await statement();
    const ms = performance.now() - started;
    total += ms;
    slowest = Math.max(slowest, ms);
  }
  return { total, slowest };
}

const WRITE_ROWS = 1000;
class RolledBack extends Error {}

/**
 * What keeping the rollups costs a write: one UPDATE moving the solve time of WRITE_ROWS solved tickets by a second
 * (each row re-syncs its ticket's facts and day rows), with the triggers live and deferred, interleaved, each in a
 * transaction that is rolled back. Reported per ticket.
 */
async function writeCostPart(bench: string, db: Database, context: FigureContext) {
  const timeUpdate = async (live: boolean) => {
    let ms = 0;
    await db
      .transaction(async (tx) => {
        if (!live) await tx.query("SET LOCAL portico.support_report_rollups = 'deferred'");
        const started = performance.now();
        await tx.query(
          `UPDATE tickets SET solved_at = solved_at + interval '1 second'
           WHERE thread_id IN (SELECT thread_id FROM tickets WHERE solved_at IS NOT NULL ORDER BY number DESC LIMIT $1)`,
          [WRITE_ROWS],
        );
        ms = performance.now() - started;
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    return ms;
  };
  await timeUpdate(true); // warm-up
  const extra: number[] = [];
  const deferred: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const without = await timeUpdate(false);
    const withTriggers = await timeUpdate(true);
    deferred.push(without / WRITE_ROWS);
    extra.push((withTriggers - without) / WRITE_ROWS);
  }
  emitSpread(bench, 'solve_update_per_ticket_without_rollups', deferred, 'ms', context);
  emitSpread(bench, 'rollups_cost_per_changed_ticket', extra, 'ms', context);
}

async function statementsPart(bench: string, db: Database, context: FigureContext) {
  const now = new Date();
  for (const [name, period] of Object.entries(periods())) {
    const w: rollups.ReportWindow = {
      scope: { kind: 'all' },
      from: new Date(`${period.from}T00:00:00Z`),
      to: new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS),
      segmentId: null,
      stepSeconds: period.interval === 'week' ? 7 * 86_400 : 86_400,
    };
    const runs = {
      base: [] as { total: number; slowest: number }[],
      rollups: [] as { total: number; slowest: number }[],
    };
    await timeStatements(reportStatements(base, db, w, now)); // warm-up, not counted
    await timeStatements(reportStatements(rollups, db, w, now));
    for (let i = 0; i < REPEATS; i += 1) {
      runs.base.push(await timeStatements(reportStatements(base, db, w, now)));
      runs.rollups.push(await timeStatements(reportStatements(rollups, db, w, now)));
    }
    for (const [source, results] of Object.entries(runs)) {
      emitSpread(
        bench,
        `statements_${source}_${name}_total`,
        results.map((r) => r.total),
        'ms',
        context,
      );
      emitSpread(
        bench,
        `statements_${source}_${name}_slowest`,
        results.map((r) => r.slowest),
        'ms',
        context,
      );
    }
  }
}

export async function reportRollupsBench(engine: Engine) {
  const bench = `report-rollups-${engine}`;
  log(
    `\n== ${bench}: the support report on the large seed, base tables vs rollups, and over HTTP (wrk, one connection)`,
  );
  if ((await loadClientName()) !== 'wrk') return log('  wrk is not installed (apt-get install wrk): skipped');
  buildServer();
  const { database, fresh } = await benchDatabase(engine);
  const stops: (() => Promise<unknown>)[] = [() => database.drop()];
  try {
    let context: FigureContext;
    const db = await openConfiguredDatabase(loadConfig({ ...database.env, LOG_LEVEL: 'silent' }));
    try {
      await migrate(db);
      if (fresh || !(await hasLargeSeed(db))) {
        const scale = Number(process.env.BENCH_REPORT_SCALE ?? '0.1');
        const messagesPerTicket = Number(process.env.BENCH_REPORT_MESSAGES ?? '0');
        await seedLarge(db, { scale, messagesPerTicket, log: (message) => log(`  ${message.trim()}`) });
      }
      await prepare(db);
      const sizes = (
        await db.query<Record<string, number>>(
          `SELECT (SELECT count(*) FROM tickets)::int AS tickets, (SELECT count(*) FROM messages)::int AS messages,
             (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM ticket_sla_results)::int AS ticket_sla_results,
             (SELECT count(*) FROM ticket_ratings)::int AS ticket_ratings, (SELECT count(*) FROM support_report_facts)::int AS report_facts,
             (SELECT count(*) FROM support_report_days)::int AS report_day_rows`,
        )
      ).rows[0]!;
      log(`  dataset: ${JSON.stringify(sizes)}`);
      context = { dataset: sizes, engine };
      await statementsPart(bench, db, context);
      await writeCostPart(bench, db, context);
    } finally {
      await db.close();
    }

    const server = await startServerProcess(database);
    stops.push(server.stop);
    const bare = await startBareProcess();
    stops.push(bare.stop);
    const owner = (await signIn(server.url, LARGE_OWNER_EMAIL, DEMO_PASSWORD)).cookie;
    const limited = (await signIn(server.url, LIMITED_EMAIL, DEMO_PASSWORD)).cookie;
    const { month, year } = periods();
    const path = (p: { from: string; to: string; interval: string }) =>
      `/api/v1/support-reports?from=${p.from}&to=${p.to}&interval=${p.interval}`;
    const targets: { name: string; base: string; path: string; cookie: string }[] = [
      { name: 'bare_route', base: bare.url.replace(/\/bare$/, ''), path: '/bare', cookie: '' },
      { name: 'report_30d', base: server.url, path: path(month), cookie: owner },
      { name: 'report_365d_weekly', base: server.url, path: path(year), cookie: owner },
      { name: 'report_30d_limited_agent', base: server.url, path: path(month), cookie: limited },
    ];
    for (const target of targets.slice(1))
      await expectOk(`${target.base}${target.path}`, { cookie: target.cookie }, (body) => {
        const report = body as { totals?: { tickets?: number } };
        return (report.totals?.tickets ?? 0) > 0;
      });
    const results = new Map(targets.map((t) => [t.name, [] as { p50: number; p95: number; p99: number }[]]));
    for (const target of targets) await wrkLatency(target.base, [target.path], target.cookie, 1); // warm-up
    for (let i = 0; i < REPEATS; i += 1)
      for (const target of targets)
        results.get(target.name)!.push(await wrkLatency(target.base, [target.path], target.cookie, SECONDS));
    for (const [name, runs] of results)
      for (const p of ['p50', 'p95', 'p99'] as const)
        emitSpread(
          bench,
          `${name}_${p}`,
          runs.map((r) => r[p]),
          'ms',
          { ...context, client: 'wrk -c1' },
        );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

export async function reportRollupsBenches() {
  await reportRollupsBench('embedded');
  if (postgresUrl() || process.env.BENCH_LARGE_DATABASE_URL) await reportRollupsBench('postgres');
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  const engines = process.argv.slice(2).filter((arg): arg is Engine => arg === 'embedded' || arg === 'postgres');
  for (const engine of engines.length ? engines : (['embedded'] as const)) await reportRollupsBench(engine);
  printTable();
  process.exit(0);
}
