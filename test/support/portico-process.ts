import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

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

export interface PorticoProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGKILL: no drain, no cleanup, as a crash or an OOM kill. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<number | null>;
}

/**
 * A real Portico server process (`node --import tsx src/server/main.ts`) with its own environment, ready when it
 * prints its banner. Unlike the end-to-end helper, the data stays where `env` puts it, so a test can kill the
 * process and start another on the same data.
 */
export async function spawnPortico(env: Record<string, string>): Promise<PorticoProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      BASE_URL: baseUrl,
      LOG_LEVEL: 'warn',
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
  return {
    baseUrl,
    child,
    output: () => output,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export interface FetchResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

/** A browser-like client over real HTTP: keeps cookies and sends the CSRF token on writes. */
export class ProcessClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(public baseUrl: string) {}

  private remember(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<FetchResponse> {
    const all: Record<string, string> = { ...headers };
    if (method !== 'GET' && !('x-csrf-token' in all)) {
      // The token is the CSRF cookie's value, renewed at sign-in: fetch it again whenever the cookie changed.
      if (!this.csrf || this.cookies.get('portico_csrf') !== this.csrf)
        this.csrf = (await this.request('GET', '/api/v1/session')).json<{ csrfToken: string }>().csrfToken;
      all['x-csrf-token'] = this.csrf;
    }
    if (this.cookies.size) all.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    let payload: Buffer | string | undefined;
    if (body !== undefined) {
      payload = Buffer.isBuffer(body) ? body : JSON.stringify(body);
      all['content-type'] ??= Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json';
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers: all, body: payload });
    this.remember(response.headers);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
  }

  async download(path: string): Promise<{ status: number; bytes: Buffer }> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.baseUrl), { headers: { cookie } });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** Points the client at a restarted server; the session lives in the database and survives. */
  moveTo(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  static async signedIn(baseUrl: string, email: string, password: string): Promise<ProcessClient> {
    const client = new ProcessClient(baseUrl);
    const response = await client.request('POST', '/api/v1/auth/sign-in', { email, password });
    if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${response.text}`);
    return client;
  }
}
