// Several processes on one PostgreSQL (T7): n = 1, 2 and 4 compiled servers on one database, the load (wrk, one
// instance per process, 32 connections split between them) on a database-bound endpoint, the agent queue's first
// page (GET /api/v1/tickets?limit=50, large seed). Interleaved n = 1, 2, 4 repeatedly; reports requests per second
// and its scaling over n = 1 (min/median/max), p50/p95/p99, and the CPU of PostgreSQL (the backends of the bench's
// database, from /proc) and of the Node processes, per request and in cores busy, beside the load average.
import pg from 'pg';
import { loadConfig } from '../src/server/config.ts';
import { migrate } from '../src/server/platform/db/index.ts';
import { openConfiguredDatabase } from '../src/server/platform/start.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';
import { LARGE_OWNER_EMAIL, seedLarge } from '../src/server/seed/large/index.ts';
import { cpuSecondsOf, emitSpread, loadAverage, log, spreadOf } from './lib.ts';
import {
  buildServer,
  createBenchDatabase,
  postgresUrl,
  signIn,
  startServerProcess,
  type ServerProcess,
} from './server.ts';
import { loadClientName, runLoad, type LoadFigures } from './wrk.ts';

const COUNTS = [1, 2, 4];
const CONNECTIONS = 32;
const SCALE = Number(process.env.BENCH_PROCESSES_SCALE ?? 0.01);

export async function processesBench() {
  const bench = 'processes-postgres';
  if (!postgresUrl()) return log('\n(no DATABASE_URL / TEST_DATABASE_URL: processes bench skipped)');
  log(`\n== ${bench}: n = ${COUNTS.join(', ')} compiled servers on one PostgreSQL, queue page, large seed ${SCALE}`);
  buildServer();
  const database = await createBenchDatabase('postgres');
  const servers: ServerProcess[] = [];
  const monitor = new pg.Client({ connectionString: database.env.DATABASE_URL });
  try {
    const db = await openConfiguredDatabase(loadConfig({ ...database.env, LOG_LEVEL: 'silent' }));
    let tickets = 0;
    try {
      await migrate(db);
      tickets = (await seedLarge(db, { scale: SCALE, log: (message) => log(`  ${message.trim()}`) })).tickets;
    } finally {
      await db.close();
    }
    // A pool of 8 per process: 4 processes stay well inside PostgreSQL's max_connections on a shared server.
    const env = { DATABASE_POOL_SIZE: '8' };
    for (let i = 0; i < Math.max(...COUNTS); i += 1) {
      servers.push(await startServerProcess(database, { env }));
    }
    const { cookie } = await signIn(servers[0]!.url, LARGE_OWNER_EMAIL, DEMO_PASSWORD);
    const path = '/api/v1/tickets?limit=50&sort=updated_desc';
    for (const server of servers) {
      const response = await fetch(server.url + path, { headers: { cookie } });
      const page = (await response.json()) as { items?: unknown[] };
      if (response.status !== 200 || page.items?.length !== 50)
        throw new Error(`${server.url}${path} answered ${response.status}: ${JSON.stringify(page).slice(0, 200)}`);
    }
    await monitor.connect();
    const backendCpu = async () => {
      const { rows } = await monitor.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      return new Map(rows.map((row) => [row.pid, cpuSecondsOf(row.pid)]));
    };

    const client = await loadClientName();
    const results = new Map<
      number,
      {
        rps: number;
        p50: number;
        p95: number;
        p99: number;
        pgMs: number;
        nodeMs: number;
        pgCores: number;
        nodeCores: number;
      }[]
    >(COUNTS.map((n) => [n, []]));
    const repeats = Number(process.env.BENCH_REPEATS ?? 3);
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      for (const n of COUNTS) {
        const loaded = servers.slice(0, n);
        const load = (seconds: number) =>
          Promise.all(
            loaded.map((server) =>
              runLoad({
                url: server.url + path,
                headers: { cookie },
                connections: CONNECTIONS / n,
                threads: 1,
                durationSeconds: seconds,
                warmupSeconds: 0,
              }),
            ),
          );
        await load(1); // warm-up: pools filled, plans cached
        const pgBefore = await backendCpu();
        const nodeBefore = servers.map((server) => cpuSecondsOf(server.pid));
        const started = performance.now();
        const runs: LoadFigures[] = await load(5);
        const seconds = (performance.now() - started) / 1000;
        const pgAfter = await backendCpu();
        let pgSeconds = 0;
        for (const [pid, after] of pgAfter) pgSeconds += after - (pgBefore.get(pid) ?? after);
        const nodeSeconds = servers.reduce((sum, server, i) => sum + cpuSecondsOf(server.pid) - nodeBefore[i]!, 0);
        const errors = runs.reduce((sum, r) => sum + r.errors, 0);
        if (errors) throw new Error(`n=${n}: ${errors} errors under load`);
        const requests = runs.reduce((sum, r) => sum + r.requests, 0);
        const rps = runs.reduce((sum, r) => sum + r.rps, 0);
        results.get(n)!.push({
          rps,
          // Latency over the n load clients: the median of their p50s, the worst of their p95s and p99s.
          p50: spreadOf(runs.map((r) => r.p50Ms)).median,
          p95: Math.max(...runs.map((r) => r.p95Ms)),
          p99: Math.max(...runs.map((r) => r.p99Ms)),
          pgMs: (pgSeconds * 1000) / requests,
          nodeMs: (nodeSeconds * 1000) / requests,
          pgCores: pgSeconds / seconds,
          nodeCores: nodeSeconds / seconds,
        });
        log(
          `  n=${n}: ${rps.toFixed(0)} pages/s, PostgreSQL ${((pgSeconds * 1000) / requests).toFixed(2)} ms CPU/page ` +
            `(${(pgSeconds / seconds).toFixed(2)} cores), Node ${((nodeSeconds * 1000) / requests).toFixed(2)} ms CPU/page ` +
            `(${(nodeSeconds / seconds).toFixed(2)} cores), load average ${loadAverage()}`,
        );
      }
    }
    const context = { client, dataset: { tickets }, engine: 'postgres' };
    const one = results.get(1)!;
    for (const n of COUNTS) {
      const runs = results.get(n)!;
      const figure = (metric: string, unit: string, pick: (r: (typeof runs)[number]) => number) =>
        emitSpread(bench, `n${n}_${metric}`, runs.map(pick), unit, { ...context, processes: n });
      figure('queue_rps', 'req/s', (r) => r.rps);
      if (n > 1)
        emitSpread(
          bench,
          `n${n}_scaling_vs_n1`,
          runs.map((r, i) => r.rps / one[i]!.rps),
          'ratio',
          { ...context, processes: n },
        );
      figure('p50', 'ms', (r) => r.p50);
      figure('p95', 'ms', (r) => r.p95);
      figure('p99', 'ms', (r) => r.p99);
      figure('postgres_cpu_per_request', 'ms', (r) => r.pgMs);
      figure('node_cpu_per_request', 'ms', (r) => r.nodeMs);
      figure('postgres_cpu_busy', 'cores', (r) => r.pgCores);
      figure('node_cpu_busy', 'cores', (r) => r.nodeCores);
    }
  } finally {
    await monitor.end().catch(() => undefined);
    for (const server of servers) await server.stop();
    await database.drop();
  }
}
