import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Waits for `check` to return a value (not undefined), retrying every 100 ms until the deadline. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, deadlineMs = 30_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Whether this machine lets us give a process its own pid namespace (root on Linux), like a container. */
export const canIsolatePids = (() => {
  const probe = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true'], { stdio: 'ignore' });
  return probe.status === 0;
})();

export interface PorticoProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

/**
 * Starts the real server (`src/server/main.ts`) as its own OS process and waits until it listens. With
 * `ownPidNamespace` it runs as pid 1 of a new pid namespace, as in a container (so two of them share a pid).
 */
export async function spawnPortico(
  env: Record<string, string>,
  options: { ownPidNamespace?: boolean } = {},
): Promise<PorticoProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const command = [process.execPath, '--import', 'tsx', 'src/server/main.ts'];
  const [file, ...args] = options.ownPidNamespace
    ? ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child', ...command]
    : command;
  const child = spawn(file!, args, {
    // A clean environment: vitest puts Vite's BASE_URL=/ into process.env.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      BASE_URL: baseUrl,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (output.includes('Portico is running')) resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Portico exited with ${code}:\n${output}`)));
  });
  return { baseUrl, child, output: () => output, exited, kill: (signal = 'SIGTERM') => void child.kill(signal) };
}

/** A browser-like client over fetch for a real server: keeps cookies and sends the CSRF token on writes. */
export class FetchClient {
  private readonly cookies = new Map<string, string>();
  constructor(private baseUrl: string) {}

  /** The same cookies (the same signed-in session) against another server. */
  at(baseUrl: string): FetchClient {
    const other = new FetchClient(baseUrl);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  /** The Cookie header this client sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    if (method !== 'GET') {
      if (!this.cookies.has('portico_csrf')) await this.request('GET', '/api/v1/session');
      headers['x-csrf-token'] = this.cookies.get('portico_csrf') ?? '';
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (value) this.cookies.set(name!.trim(), value);
      else this.cookies.delete(name!.trim());
    }
    return response;
  }
}
