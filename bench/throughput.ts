// Requests per second of GET /api/v1/me and GET /api/v1/accounts?limit=50 (owner, 10,000 accounts) against a bare
// Fastify route, each in its own process, the load from wrk: interleaved bare/target runs, repeated, the ratio's
// min/median/max, with p50/p95/p99 of the target, server CPU per request, the dataset and the load average.
import { cpuSecondsOf, emitSpread, interleaved, log, loadAverage } from './lib.ts';
import { postgresUrl, expectOk, startBenchServer, type Engine } from './server.ts';
import { loadClientName, runLoad, type HttpLoad, type LoadFigures } from './wrk.ts';

export const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const ACCOUNTS = 10_000;

export async function throughputBenches() {
  await throughputBench('embedded');
  if (postgresUrl()) await throughputBench('postgres');
  else log('\n(no DATABASE_URL / TEST_DATABASE_URL: PostgreSQL throughput skipped)');
}

/** Measures `target` against `baseline`, interleaved REPEATS times; emits the ratio and the target's latencies. */
export async function compareToBaseline(
  bench: string,
  name: string,
  baseline: HttpLoad,
  target: HttpLoad,
  serverPid: number,
  dataset: Record<string, number>,
) {
  const client = await loadClientName();
  const cpuPerRequest: number[] = [];
  const measuredTarget = async () => {
    if (!serverPid) return runLoad(target);
    await runLoad({ ...target, durationSeconds: target.warmupSeconds ?? 1, warmupSeconds: 0 });
    // CPU of the server process (all threads, the embedded engine's worker too) over the measured run only.
    const cpuBefore = cpuSecondsOf(serverPid);
    const result = await runLoad({ ...target, warmupSeconds: 0 });
    cpuPerRequest.push(((cpuSecondsOf(serverPid) - cpuBefore) * 1e6) / result.requests);
    return result;
  };
  const { ratios, baselines, targets } = await interleaved(
    REPEATS,
    () => runLoad(baseline),
    measuredTarget,
    (r) => {
      if (r.errors > 0) throw new Error(`${bench} ${name}: ${r.errors} errors under load`);
      return r.rps;
    },
  );
  const context = { client, dataset, engine: bench.split('-').at(-1) };
  const pick = (runs: LoadFigures[], key: keyof LoadFigures) => runs.map((r) => r[key] as number);
  emitSpread(bench, `${name}_vs_bare`, ratios, 'ratio', context);
  emitSpread(bench, `${name}_rps`, pick(targets, 'rps'), 'req/s', context);
  emitSpread(bench, 'bare_rps', pick(baselines, 'rps'), 'req/s', context);
  for (const p of ['p50Ms', 'p95Ms', 'p99Ms'] as const)
    emitSpread(bench, `${name}_${p.slice(0, 3)}`, pick(targets, p), 'ms', context);
  if (cpuPerRequest.length) emitSpread(bench, `${name}_server_cpu_per_request`, cpuPerRequest, 'µs', context);
  log(
    `  ${name}: ${ratios.map((r) => r.toFixed(2)).join(' ')} × bare (${targets.map((r) => r.rps.toFixed(0)).join(' ')} vs ` +
      `${baselines.map((r) => r.rps.toFixed(0)).join(' ')} req/s), load average ${loadAverage()}`,
  );
  return ratios;
}

export async function throughputBench(engine: Engine) {
  const bench = `throughput-${engine}`;
  log(`\n== ${bench}: compiled server in its own process, demo + ${ACCOUNTS.toLocaleString('en')} accounts, wrk`);
  const server = await startBenchServer(engine, { accounts: ACCOUNTS });
  try {
    const cookie = { cookie: server.ownerCookie };
    const me = { url: `${server.url}/api/v1/me`, headers: cookie };
    const accounts = { url: `${server.url}/api/v1/accounts?limit=50`, headers: cookie };
    await expectOk(server.bareUrl, {}, (body) => (body as { ok?: boolean }).ok === true);
    await expectOk(me.url, cookie, (body) => JSON.stringify(body).includes('owner@northwind.example'));
    await expectOk(accounts.url, cookie, (body) => (body as { items?: unknown[] }).items?.length === 50);
    const dataset = { accounts: ACCOUNTS };
    const bare = { url: server.bareUrl };
    await compareToBaseline(bench, 'me', bare, me, server.server.pid, dataset);
    await compareToBaseline(bench, 'accounts', bare, accounts, server.server.pid, dataset);
    if (server.bareDbUrl) await compareToBaseline(bench, 'bare_db', bare, { url: server.bareDbUrl }, 0, dataset);
  } finally {
    await server.close();
  }
}
