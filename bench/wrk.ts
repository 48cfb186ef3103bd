// The load generator: Debian's `wrk`, a separate C process that outruns the server (a Node client in the bench's
// own process tops out below what a bare Fastify route serves, which inflated every ratio). When wrk is missing,
// `autocannon` runs in a worker thread instead, and every figure says which client ran.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface HttpLoad {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  /** Sent with every request (JSON text for API routes). */
  body?: string;
  /**
   * Lua run once per request with `n` (a per-thread counter) and `thread_id` set, returning the path and the body:
   * for writes that must differ per request (a new external id). Method and headers stay those above.
   */
  requestScript?: string;
  /** Lua run once per wrk thread before any request (helpers or tables the requestScript uses). */
  scriptPrelude?: string;
  /** Open connections (default 32, as in the measurements). */
  connections?: number;
  /** Load threads of wrk (default 2: one per core of the machines we measure on). */
  threads?: number;
  /** Measured seconds (default 5), after `warmupSeconds` (default 1) of load that is not counted. */
  durationSeconds?: number;
  warmupSeconds?: number;
}

export interface LoadFigures {
  client: 'wrk' | 'autocannon';
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers outside 2xx/3xx plus socket errors and timeouts. */
  errors: number;
}

let wrkPresent: boolean | undefined;
export async function loadClientName(): Promise<LoadFigures['client']> {
  if (wrkPresent === undefined) {
    wrkPresent = await run('wrk', ['--version']).then(
      () => true,
      // wrk --version exits 1 after printing its banner; only a missing binary is ENOENT.
      (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
    );
  }
  return wrkPresent ? 'wrk' : 'autocannon';
}

// wrk's Lua hooks: the method, headers and body of every request, and a JSON summary with the percentiles at the end.
function luaScript(load: HttpLoad): string {
  const lines = [`wrk.method = ${JSON.stringify(load.method ?? 'GET')}`];
  for (const [name, value] of Object.entries(load.headers ?? {}))
    lines.push(`wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`);
  if (load.body !== undefined) lines.push(`wrk.body = ${JSON.stringify(load.body)}`);
  if (load.scriptPrelude !== undefined) lines.push(load.scriptPrelude);
  const requestScript = load.requestScript; // read once: a getter may hand each wrk run its own ids
  if (requestScript !== undefined)
    lines.push(
      'local threads = 0',
      'setup = function(thread) threads = threads + 1; thread:set("thread_id", threads) end',
      `local make_request = function(n, thread_id) ${requestScript} end`,
      'n = 0',
      'request = function() n = n + 1; local path, body = make_request(n, thread_id); return wrk.format(nil, path, nil, body) end',
    );
  lines.push(
    'done = function(summary, latency, requests)',
    '  local e = summary.errors',
    '  local errors = e.connect + e.read + e.write + e.status + e.timeout',
    '  io.write(string.format("PORTICO_WRK {\\"requests\\":%d,\\"durationUs\\":%d,\\"errors\\":%d,\\"p50\\":%d,\\"p95\\":%d,\\"p99\\":%d}\\n",',
    '    summary.requests, summary.duration, errors, latency:percentile(50), latency:percentile(95), latency:percentile(99)))',
    'end',
  );
  return lines.join('\n');
}

async function wrk(load: HttpLoad, seconds: number): Promise<LoadFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'portico-wrk-'));
  try {
    const script = join(dir, 'load.lua');
    await writeFile(script, luaScript(load));
    const { stdout } = await run(
      'wrk',
      [
        `-t${load.threads ?? 2}`,
        `-c${load.connections ?? 32}`,
        `-d${seconds}s`,
        '--timeout',
        '30s',
        '-s',
        script,
        load.url,
      ],
      { maxBuffer: 1 << 20 },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('PORTICO_WRK '));
    if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
    const s = JSON.parse(line.slice('PORTICO_WRK '.length)) as Record<string, number>;
    return {
      client: 'wrk',
      requests: s.requests!,
      rps: s.requests! / (s.durationUs! / 1e6),
      p50Ms: s.p50! / 1000,
      p95Ms: s.p95! / 1000,
      p99Ms: s.p99! / 1000,
      errors: s.errors!,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function autocannon(load: HttpLoad, seconds: number): Promise<LoadFigures> {
  if (load.requestScript !== undefined) throw new Error('a body per request (bodyScript) needs wrk');
  // Loaded only here: wrk is the client of record; autocannon (in a worker thread) is the fallback.
  const { runAutocannon } = await import('./autocannon-worker.ts');
  return runAutocannon(load, seconds);
}

/** Puts `load` on the server for warm-up plus the measured seconds; figures of the measured part only. */
export async function runLoad(load: HttpLoad): Promise<LoadFigures> {
  const measure = (await loadClientName()) === 'wrk' ? wrk : autocannon;
  const warmup = load.warmupSeconds ?? 1;
  if (warmup > 0) await measure(load, warmup);
  return measure(load, load.durationSeconds ?? 5);
}
