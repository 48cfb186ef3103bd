// Cold start (fresh data dir: create the database, migrate, seed the demo) and warm start (same dir again)
// of the real entry point, `node --import tsx src/server/main.ts`: time to /readyz 200, RSS, clean stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emit, freePort, log, sleep } from './lib.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;

/** Resident memory of the whole process (all threads, PGlite's worker included), from /proc. */
function memoryOf(pid: number): { rssMb: number; peakMb: number; threads: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: field('VmRSS') / 1024, peakMb: field('VmHWM') / 1024, threads: field('Threads') };
}

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
    DEMO_SEED: 'auto',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  // The embedded engine is what a first run uses: never point this at a PostgreSQL server.
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'SECRET', 'BASE_URL', 'SMTP_URL']) delete env[name];
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
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
    const demoSeeded = output.includes('Demo data was created');
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

export async function coldStartBench() {
  const bench = 'start-embedded';
  log(`\n== ${bench}: spawn src/server/main.ts on a fresh data dir, then again on the same one`);
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-start-'));
  try {
    const cold = await startOnce(bench, 'cold', dataDir);
    const warm = await startOnce(bench, 'warm', dataDir);
    emit(bench, 'warm_vs_cold_start', warm.readyMs / cold.readyMs, 'ratio');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
