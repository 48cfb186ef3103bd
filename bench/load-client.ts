// The load generator, in its own process (forked by LoadClient) so it never shares the server's event loop.
// Keep-alive HTTP/1.1 over loopback with node:http; driven by IPC messages from the parent.
import { Agent, request } from 'node:http';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export interface Target {
  url: string;
  headers?: Record<string, string>;
}
export interface LoadResult {
  /** Requests in the measured window (after warm-up). */
  requests: number;
  /** Requests including warm-up: divides the server's CPU time over the whole call. */
  totalRequests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}
export interface ProbeTarget extends Target {
  name: string;
  intervalMs: number;
}

type Command =
  | { type: 'load'; target: Target; concurrency: number; warmupMs: number; durationMs: number }
  | { type: 'probe-start'; targets: ProbeTarget[] }
  | { type: 'probe-stop' };

function get(agent: Agent, target: Target): Promise<{ status: number; ms: number }> {
  const url = new URL(target.url);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: target.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

function sortedPercentile(sorted: number[], p: number) {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
    : Number.NaN;
}

/** `concurrency` closed loops for warm-up then a measured, fixed duration. */
async function load(command: Extract<Command, { type: 'load' }>): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: command.concurrency });
  const warmupEnds = performance.now() + command.warmupMs;
  const ends = warmupEnds + command.durationMs;
  const latencies: number[] = [];
  let errors = 0;
  let total = 0;
  const worker = async () => {
    while (performance.now() < ends) {
      const sentAt = performance.now();
      const { status, ms } = await get(agent, command.target);
      total += 1;
      if (sentAt < warmupEnds) continue;
      latencies.push(ms);
      if (status !== 200) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: command.concurrency }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    totalRequests: total,
    errors,
    rps: latencies.length / (command.durationMs / 1000),
    p50Ms: sortedPercentile(latencies, 50),
    p99Ms: sortedPercentile(latencies, 99),
  };
}

/** Fires one request per interval per target (open loop: a slow answer does not delay the next probe). */
function startProbe(targets: ProbeTarget[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const samples: Record<string, { ms: number; status: number }[]> = Object.fromEntries(
    targets.map((t) => [t.name, []]),
  );
  const inflight = new Set<Promise<void>>();
  const timers = targets.map((target) =>
    setInterval(() => {
      const done = get(agent, target).then((result) => void samples[target.name]!.push(result));
      inflight.add(done);
      void done.finally(() => inflight.delete(done));
    }, target.intervalMs),
  );
  return async () => {
    timers.forEach(clearInterval);
    await Promise.all([...inflight]);
    agent.destroy();
    return samples;
  };
}

if (process.argv[2] === '--child') {
  let stopProbe: (() => Promise<Record<string, { ms: number; status: number }[]>>) | null = null;
  process.on('message', (command: Command) => {
    void (async () => {
      if (command.type === 'load') process.send!({ type: 'result', result: await load(command) });
      if (command.type === 'probe-start') {
        stopProbe = startProbe(command.targets);
        process.send!({ type: 'result', result: null });
      }
      if (command.type === 'probe-stop' && stopProbe) process.send!({ type: 'result', result: await stopProbe() });
    })();
  });
  process.on('disconnect', () => process.exit(0));
}

/** Parent side: one forked load process, used one command at a time. */
export class LoadClient {
  private readonly child: ChildProcess;

  constructor() {
    this.child = fork(fileURLToPath(import.meta.url), ['--child'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  private call<T>(command: Command): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load client exited with code ${code}`));
      this.child.once('exit', onExit);
      this.child.once('message', (message: { result: T }) => {
        this.child.off('exit', onExit);
        resolve(message.result);
      });
      this.child.send(command);
    });
  }

  load(target: Target, options: { concurrency?: number; warmupMs?: number; durationMs?: number } = {}) {
    return this.call<LoadResult>({
      type: 'load',
      target,
      concurrency: options.concurrency ?? 32,
      warmupMs: options.warmupMs ?? 1000,
      durationMs: options.durationMs ?? 5000,
    });
  }

  probeStart(targets: ProbeTarget[]) {
    return this.call<null>({ type: 'probe-start', targets });
  }

  probeStop() {
    return this.call<Record<string, { ms: number; status: number }[]>>({ type: 'probe-stop' });
  }

  close() {
    this.child.disconnect();
  }
}
