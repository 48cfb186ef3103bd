// Requests per second of a bare Fastify route, GET /api/v1/me and GET /api/v1/accounts?limit=50 (owner,
// 10,000 accounts), in one run on one engine, each reported as a ratio to the bare route; plus a bare route
// doing one `SELECT 1` (bare_db) as the floor of any route that touches the database.
import { emit, log } from './lib.ts';
import type { LoadClient, LoadResult, Target } from './load-client.ts';
import { expectOk, startBenchServer, type Engine } from './server.ts';

export const LOAD = { concurrency: 32, warmupMs: 1000, durationMs: 5000 };
const ME_TARGET_RATIO = 0.5;

export async function throughputBench(engine: Engine, client: LoadClient) {
  const bench = `throughput-${engine}`;
  log(`\n== ${bench}: seeding demo + 10,000 accounts`);
  const seedStarted = performance.now();
  const server = await startBenchServer(engine, { accounts: 10_000 });
  emit(bench, 'seed_accounts', server.accounts, 'rows');
  emit(bench, 'seed_time', performance.now() - seedStarted, 'ms');
  try {
    const cookie = { cookie: server.ownerCookie };
    const targets: Record<string, Target> = {
      bare: { url: server.bareUrl },
      bare_db: { url: server.bareDbUrl },
      me: { url: `${server.url}/api/v1/me`, headers: cookie },
      accounts: { url: `${server.url}/api/v1/accounts?limit=50`, headers: cookie },
    };
    await expectOk(targets.bare!.url, {}, (body) => (body as { ok?: boolean }).ok === true);
    await expectOk(targets.bare_db!.url, {}, (body) => (body as { ok?: boolean }).ok === true);
    await expectOk(
      targets.me!.url,
      cookie,
      (body) => typeof body === 'object' && body !== null && JSON.stringify(body).includes('owner@northwind.example'),
    );
    await expectOk(targets.accounts!.url, cookie, (body) => {
      const page = body as { items?: unknown[]; nextCursor?: string | null };
      return page.items?.length === 50 && typeof page.nextCursor === 'string';
    });

    const results: Record<string, LoadResult> = {};
    const cpuPerRequest: Record<string, number> = {};
    // The bare route runs first and last: their spread shows how much the shared machine drifted during the run.
    for (const name of ['bare', 'me', 'accounts', 'bare_db', 'bare_again']) {
      const target = targets[name === 'bare_again' ? 'bare' : name]!;
      const cpuBefore = process.cpuUsage();
      const result = await client.load(target, LOAD);
      const cpu = process.cpuUsage(cpuBefore);
      // CPU of this whole process (all threads: the embedded engine's worker too) per request served.
      cpuPerRequest[name] = (cpu.user + cpu.system) / result.totalRequests;
      results[name] = result;
      log(
        `  ${name.padEnd(10)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  ` +
          `server CPU ${cpuPerRequest[name]!.toFixed(0)} µs/req  errors ${result.errors}`,
      );
      if (result.errors > 0) throw new Error(`${name}: ${result.errors} non-200 answers under load`);
    }
    const bareRps = (results.bare!.rps + results.bare_again!.rps) / 2;
    emit(bench, 'bare_rps', bareRps, 'req/s');
    emit(bench, 'bare_drift', Math.abs(results.bare!.rps - results.bare_again!.rps) / bareRps, 'ratio');
    for (const name of ['bare_db', 'me', 'accounts']) {
      const result = results[name]!;
      emit(bench, `${name}_rps`, result.rps, 'req/s');
      emit(bench, `${name}_p50`, result.p50Ms, 'ms');
      emit(bench, `${name}_p99`, result.p99Ms, 'ms');
      emit(bench, `${name}_vs_bare`, result.rps / bareRps, 'ratio');
      emit(bench, `${name}_server_cpu_per_request`, cpuPerRequest[name]!, 'µs');
    }
    emit(bench, 'bare_server_cpu_per_request', cpuPerRequest.bare!, 'µs');
    emit(bench, 'bare_p50', results.bare!.p50Ms, 'ms');
    // How far the routes are from one database round trip: the part the app's own code could still win.
    emit(bench, 'me_vs_bare_db', results.me!.rps / results.bare_db!.rps, 'ratio');
    emit(bench, 'accounts_vs_bare_db', results.accounts!.rps / results.bare_db!.rps, 'ratio');
    const meRatio = results.me!.rps / bareRps;
    log(
      `  /me is ${meRatio.toFixed(2)} of bare (target ≥ ${ME_TARGET_RATIO}): ${meRatio >= ME_TARGET_RATIO ? 'met' : 'NOT MET'}`,
    );
  } finally {
    await server.close();
  }
}
