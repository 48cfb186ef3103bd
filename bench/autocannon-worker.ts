// The fallback load client when wrk is missing: autocannon, in a child process of its own so it never shares an
// event loop with the bench (or the server). Prints which client ran with every figure.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { HttpLoad, LoadFigures } from './wrk.ts';

const run = promisify(execFile);

export async function runAutocannon(load: HttpLoad, seconds: number): Promise<LoadFigures> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify({ load, seconds })],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadFigures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { load, seconds } = JSON.parse(process.argv[2]!) as { load: HttpLoad; seconds: number };
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({
    url: load.url,
    method: load.method ?? 'GET',
    headers: load.headers,
    body: load.body,
    connections: load.connections ?? 32,
    duration: seconds,
  });
  const figures: LoadFigures = {
    client: 'autocannon',
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    // autocannon has no p95: its p97.5 stands in, an upper bound of it.
    p95Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
