// Per-request overhead (issue 10, T1): authenticated GET /api/v1/me against a bare Fastify route, both served by
// one server process built as in production (me-overhead-server.ts), loaded by wrk from outside, interleaved
// bare/me/bare/me... BENCH_REPEATS times (default 3). One JSON line per figure: the ratio's min/median/max, and
// /me's and the bare route's rps and p50/p95/p99, each with the load average. BENCH_CPU_PROF=dir runs the server
// under `node --cpu-prof` and leaves the profile there. Alone: `node --import tsx bench/me-overhead.ts [engine]`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emitSpread, interleaved, log } from './lib.ts';
import { loadClientName, runLoad, type LoadFigures } from './wrk.ts';

type Engine = 'embedded' | 'postgres';
const TARGET = 0.6;

interface Served {
  url: string;
  bareUrl: string;
  cookie: string;
  stop(): Promise<void>;
}

async function startServer(engine: Engine): Promise<Served> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const args = [
    // One profile per thread (the embedded engine's worker has its own), Node's default names.
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    '--import',
    'tsx',
    fileURLToPath(new URL('./me-overhead-server.ts', import.meta.url)),
    engine,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const info = await new Promise<{ url: string; bareUrl: string; cookie: string }>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += String(chunk);
      const line = buffered.split('\n').find((l) => l.startsWith('PORTICO_BENCH '));
      // Production logs (info) keep flowing on stdout; they are read and dropped so the pipe never fills.
      if (line) resolve(JSON.parse(line.slice('PORTICO_BENCH '.length)));
      if (buffered.length > 1 << 20) buffered = '';
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before serving`)));
  });
  return {
    ...info,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function meOverheadBench(engine: Engine) {
  const bench = `me-overhead-${engine}`;
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  const client = await loadClientName();
  log(`\n== ${bench}: GET /api/v1/me vs a bare route, ${client}, ${repeats} interleaved runs`);
  const server = await startServer(engine);
  try {
    const me = { url: `${server.url}/api/v1/me`, headers: { cookie: server.cookie } };
    const check = await fetch(me.url, { headers: me.headers });
    const body = await check.text();
    if (check.status !== 200 || !body.includes('owner@northwind.example'))
      throw new Error(`/api/v1/me answered ${check.status}: ${body.slice(0, 300)}`);
    const measure = async (name: string, load: Parameters<typeof runLoad>[0]) => {
      const result = await runLoad(load);
      log(
        `  ${name.padEnd(5)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  errors ${result.errors}`,
      );
      if (result.errors > 0) throw new Error(`${name}: ${result.errors} errors under load`);
      return result;
    };
    const runs = await interleaved(
      repeats,
      () => measure('bare', { url: server.bareUrl }),
      () => measure('me', me),
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
    log(`  /me is ${ratio.toFixed(2)} × bare (median; target ≥ ${TARGET}): ${ratio >= TARGET ? 'met' : 'NOT MET'}`);
  } finally {
    await server.stop();
  }
}

/** Both engines when a PostgreSQL URL is set (DATABASE_URL / TEST_DATABASE_URL), else the embedded one. */
export async function meOverheadBenches(only?: Engine) {
  const withPostgres = Boolean(process.env.DATABASE_URL || process.env.TEST_DATABASE_URL);
  const engines: Engine[] = only ? [only] : withPostgres ? ['embedded', 'postgres'] : ['embedded'];
  for (const engine of engines) await meOverheadBench(engine);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await meOverheadBenches(process.argv[2] as Engine | undefined);
