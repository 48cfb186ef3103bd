// Per-request overhead (issue 10, T1): authenticated GET /api/v1/me against a bare Fastify route. Portico runs as in
// production (bench/server.ts: the compiled server, NODE_ENV=production, production's log level and headers) and
// the bare route in a process of its own (bench/bare-server.mjs), so neither pays for the other: in one process
// the bare route paid Portico's AsyncLocalStorage hooks on every promise, which flattered the ratio. wrk loads
// them from outside, interleaved bare/me/bare/me... BENCH_REPEATS times (default 3). One JSON line per figure: the
// ratio's min/median/max, and /me's and the bare route's rps and p50/p95/p99, each with the load average.
// BENCH_CPU_PROF=dir runs Portico under `node --cpu-prof` and leaves the profile there (written when it stops).
// Alone: `node --import tsx bench/me-overhead.ts [embedded|postgres]`.
import { fileURLToPath } from 'node:url';
import { cpuSecondsOf, emitSpread, interleaved, log } from './lib.ts';
import { startBenchServer } from './server.ts';
import { loadClientName, runLoad, type LoadFigures } from './wrk.ts';

type Engine = 'embedded' | 'postgres';
const TARGET = 0.6;

export async function meOverheadBench(engine: Engine) {
  const bench = `me-overhead-${engine}`;
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  const client = await loadClientName();
  log(`\n== ${bench}: GET /api/v1/me vs a bare route, ${client}, ${repeats} interleaved runs`);
  const profileDir = process.env.BENCH_CPU_PROF;
  // One profile per thread (the embedded engine's worker has its own), Node's default names.
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const server = await startBenchServer(engine, { accounts: 0, nodeArgs });
  try {
    const me = { url: `${server.url}/api/v1/me`, headers: { cookie: server.ownerCookie } };
    const check = await fetch(me.url, { headers: me.headers });
    const body = await check.text();
    if (check.status !== 200 || !body.includes('owner@northwind.example'))
      throw new Error(`/api/v1/me answered ${check.status}: ${body.slice(0, 300)}`);
    // Besides req/s, each run's server CPU per request (user + system of the serving process, all threads, over
    // warm-up and measured seconds together): on a machine shared with other work, req/s swings with whatever
    // else runs, while CPU per request moves much less, so its ratio is the steadier reading of the overhead.
    const cpu = { bare: [] as number[], me: [] as number[] };
    const measure = async (name: string, load: Parameters<typeof runLoad>[0], pid?: number, into?: number[]) => {
      const before = pid ? cpuSecondsOf(pid) : 0;
      const result = await runLoad({ ...load, warmupSeconds: 0 });
      const cpuUs = pid ? ((cpuSecondsOf(pid) - before) * 1e6) / result.requests : 0;
      into?.push(cpuUs);
      log(
        `  ${name.padEnd(12)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  errors ${result.errors}` +
          (pid ? `  CPU ${cpuUs.toFixed(1)} µs/request` : ''),
      );
      if (result.errors > 0) throw new Error(`${name}: ${result.errors} errors under load`);
      return result;
    };
    // One unmeasured round first: the server's own work after start (jobs, caches) stays out of the CPU figures.
    await runLoad({ url: server.bareUrl, durationSeconds: 2 });
    await runLoad({ ...me, durationSeconds: 2 });
    const runs = await interleaved(
      repeats,
      () => measure('bare', { url: server.bareUrl }, server.barePid, cpu.bare),
      () => measure('me', me, server.server.pid, cpu.me),
      (result: LoadFigures) => result.rps,
    );
    const context = { dataset: { demo: 1 }, client };
    const ratio = emitSpread(bench, 'me_vs_bare', runs.ratios, 'ratio', context);
    const metrics = [
      ['rps', 'req/s', (r: LoadFigures) => r.rps],
      ['p50', 'ms', (r: LoadFigures) => r.p50Ms],
      ['p95', 'ms', (r: LoadFigures) => r.p95Ms],
      ['p99', 'ms', (r: LoadFigures) => r.p99Ms],
    ] as const;
    for (const [name, results] of [['me', runs.targets] as const, ['bare', runs.baselines] as const])
      for (const [metric, unit, pick] of metrics)
        emitSpread(bench, `${name}_${metric}`, results.map(pick), unit, context);
    emitSpread(bench, 'me_cpu_per_request', cpu.me, 'µs', context);
    emitSpread(bench, 'bare_cpu_per_request', cpu.bare, 'µs', context);
    const cpuRatio = emitSpread(
      bench,
      'bare_cpu_over_me_cpu',
      cpu.me.map((us, i) => cpu.bare[i]! / us),
      'ratio',
      context,
    );
    log(
      `  /me is ${ratio.toFixed(2)} × bare (median; target ≥ ${TARGET}): ${ratio >= TARGET ? 'met' : 'NOT MET'}; ` +
        `by server CPU per request ${cpuRatio.toFixed(2)}`,
    );
    // What Portico's response headers alone cost a bare route (same names and values, bare-server.mjs).
    const headers = await interleaved(
      repeats,
      () => measure('bare', { url: server.bareUrl }),
      () => measure('bare+headers', { url: `${server.bareUrl}-headers` }),
      (result: LoadFigures) => result.rps,
    );
    emitSpread(bench, 'bare_with_portico_headers_vs_bare', headers.ratios, 'ratio', context);
  } finally {
    await server.close();
  }
}

/** Both engines when a PostgreSQL URL is set (DATABASE_URL / TEST_DATABASE_URL), else the embedded one. */
export async function meOverheadBenches(only?: Engine) {
  const withPostgres = Boolean(process.env.DATABASE_URL || process.env.TEST_DATABASE_URL);
  const engines: Engine[] = only ? [only] : withPostgres ? ['embedded', 'postgres'] : ['embedded'];
  for (const engine of engines) await meOverheadBench(engine);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await meOverheadBenches(process.argv[2] as Engine | undefined);
