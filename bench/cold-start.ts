// First start (fresh data dir: create the database, migrate, seed the demo) and later start (same dir again) of
// what `npm start` runs, the compiled and bundled `node dist/bundle/main.js`: time to /readyz 200, RSS, clean stop; repeated.
// Beside it, PGlite alone (bench/pglite-alone.mjs) on a fresh and on an existing data dir, in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { emit, emitSpread, freePort, loadAverage, log, memoryOf, sleep } from './lib.ts';
import { buildServer } from './server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// A first start creates the database (PGlite initdb): minutes on a machine loaded far beyond its cores.
const READY_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 20_000;

async function waitReady(child: ChildProcess, url: string, started: number): Promise<number> {
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (performance.now() - started < READY_TIMEOUT_MS) {
    if (exited !== null) throw new Error(`server exited with code ${exited} before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`no 200 from ${url} within ${READY_TIMEOUT_MS} ms`);
}

function stop(child: ChildProcess): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM`));
    }, STOP_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started });
    });
    child.kill('SIGTERM');
  });
}

async function startOnce(bench: string, phase: 'cold' | 'warm', dataDir: string) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // Production loads the demo only when told to (DEMO_SEED=auto seeds outside production only), and `on` lets a
    // later start run on it: the quick start's database, measured with production's settings.
    DEMO_SEED: 'on',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  // The embedded engine is what a first run uses: never point this at a PostgreSQL server.
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'SECRET', 'BASE_URL', 'SMTP_URL']) delete env[name];
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/bundle/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const readyMs = await waitReady(child, `http://127.0.0.1:${port}/readyz`, started);
    const memory = memoryOf(child.pid!);
    emit(bench, `${phase}_start_to_ready`, readyMs, 'ms');
    emit(bench, `${phase}_rss`, memory.rssMb, 'MB');
    emit(bench, `${phase}_peak_rss`, memory.peakMb, 'MB');
    const reported = /started in (\d+) ms, (\d+) MB RSS/.exec(output);
    if (reported) emit(bench, `${phase}_self_reported_start`, Number(reported[1]), 'ms');
    // main.ts's banner (stdout, printed once listening, whatever LOG_LEVEL says); it may reach the pipe after /readyz.
    for (let waited = 0; !output.includes('Portico is running at') && waited < 5000; waited += 10) await sleep(10);
    const demoSeeded = output.includes('the Northwind demo was loaded into this database');
    if (demoSeeded !== (phase === 'cold'))
      throw new Error(`${phase} start: demo seeded = ${demoSeeded}, expected ${phase === 'cold'}`);
    log(
      `  ${phase}: ready in ${readyMs.toFixed(0)} ms, RSS ${memory.rssMb.toFixed(0)} MB (peak ${memory.peakMb.toFixed(0)} MB, ${memory.threads} threads), demo seeded: ${demoSeeded}`,
    );
    const stopped = await stop(child);
    emit(bench, `${phase}_stop`, stopped.ms, 'ms');
    emit(bench, `${phase}_exit_code`, stopped.code ?? -1, 'code');
    if (stopped.code !== 0) throw new Error(`SIGTERM: exit code ${stopped.code} signal ${stopped.signal}\n${output}`);
    return { readyMs, rssMb: memory.rssMb };
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL');
    log(output);
    throw error;
  }
}

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

function pgliteAlone(dataDir: string): { openMs: number; rssMb: number } {
  const out = execFileSync(process.execPath, ['bench/pglite-alone.mjs', dataDir, 'shared_buffers=32MB'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { openMs: number; rssMb: number };
}

export async function coldStartBench() {
  const bench = 'start-embedded';
  buildServer();
  log(`\n== ${bench}: node dist/bundle/main.js on a fresh data dir, then again on the same one (${REPEATS} times)`);
  const runs = { cold: [] as { readyMs: number; rssMb: number }[], warm: [] as { readyMs: number; rssMb: number }[] };
  const pglite = { cold: [] as { openMs: number; rssMb: number }[], warm: [] as { openMs: number; rssMb: number }[] };
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-start-'));
    try {
      runs.cold.push(await startOnce(bench, 'cold', dataDir));
      runs.warm.push(await startOnce(bench, 'warm', dataDir));
      pglite.cold.push(pgliteAlone(join(dataDir, 'pglite-alone')));
      pglite.warm.push(pgliteAlone(join(dataDir, 'pglite-alone')));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    log(`  repeat ${repeat + 1}: load average ${loadAverage()}`);
  }
  const context = { dataset: { demo: 1 }, engine: 'embedded' };
  for (const phase of ['cold', 'warm'] as const) {
    const label = phase === 'cold' ? 'first' : 'later';
    emitSpread(
      bench,
      `${label}_start_to_ready`,
      runs[phase].map((r) => r.readyMs),
      'ms',
      context,
    );
    emitSpread(
      bench,
      `${label}_start_rss`,
      runs[phase].map((r) => r.rssMb),
      'MB',
      context,
    );
    emitSpread(
      bench,
      `pglite_alone_${label}_open`,
      pglite[phase].map((r) => r.openMs),
      'ms',
      context,
    );
    emitSpread(
      bench,
      `pglite_alone_${label}_rss`,
      pglite[phase].map((r) => r.rssMb),
      'MB',
      context,
    );
  }
}
