// Conversations: send-message throughput as a ratio of the bare route, and one message fanned out to 1,000 and
// 10,000 SSE clients of one process (clients in a separate process over loopback, keep-alive): time until the
// last one has it, and server RSS per idle connection. Targets: 10,000 under 1 s; < 50 KB per idle connection.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emit, log } from './lib.ts';
import { postgresUrl, startInProcessServer, type Engine } from './in-process-server.ts';

class ClientProcess {
  private readonly child: ChildProcess;
  private readonly ready: Promise<void>;
  constructor() {
    this.child = fork(fileURLToPath(new URL('./conversations-client.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.ready = this.next('ready').then(() => undefined);
  }
  next<T = Record<string, unknown>>(type: string): Promise<T> {
    return new Promise((resolve) => {
      const onMessage = (message: { type: string }) => {
        if (message.type !== type) return;
        this.child.off('message', onMessage);
        resolve(message as T);
      };
      this.child.on('message', onMessage);
    });
  }
  async ask<T = Record<string, unknown>>(
    command: { type: string } & Record<string, unknown>,
    reply = command.type,
  ): Promise<T> {
    await this.ready;
    const answer = this.next<T>(reply);
    this.child.send(command);
    return answer;
  }
  close() {
    this.child.kill();
  }
}

async function csrfHeaders(url: string, cookie: string) {
  const response = await fetch(`${url}/api/v1/session`, { headers: { cookie } });
  const csrfCookie = (response.headers.getSetCookie().find((c) => c.startsWith('portico_csrf=')) ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: `${cookie}; ${csrfCookie}`, 'x-csrf-token': csrfToken };
}

export async function conversationsBench(engine: Engine) {
  const bench = `conversations-${engine}`;
  log(`\n== ${bench}`);
  // The flood limit protects people, not benchmarks. Set at start: the limits are built from the config on first use
  // (the owner's sign-in), so changing ctx.config afterwards left the default budget and the load measured 429s.
  const server = await startInProcessServer(engine, { accounts: 0, env: { MESSAGES_PER_MINUTE: '1000000000' } });
  const clients = new ClientProcess();
  try {
    const headers = await csrfHeaders(server.url, server.ownerCookie);
    const acme = (
      await server.ctx.db.query<{ id: string }>("SELECT id FROM accounts WHERE name = 'Acme Manufacturing'")
    ).rows[0]!.id;
    const created = await fetch(`${server.url}/api/v1/accounts/${acme}/threads`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'Bench', body: 'start' }),
    });
    const threadId = ((await created.json()) as { id: string }).id;
    const load = { concurrency: 16, warmupMs: 1000, durationMs: 4000 };
    const bare = await clients.ask<{ rps: number }>({
      type: 'post-load',
      url: server.bareUrl.replace('/bare', '/bare-post'),
      headers: {},
      body: '{}',
      ...load,
    });
    const send = await clients.ask<{ rps: number; errors: number }>({
      type: 'post-load',
      url: `${server.url}/api/v1/threads/${threadId}/messages`,
      headers,
      body: JSON.stringify({ body: 'Bench **message** with a [link](https://example.com)' }),
      ...load,
    });
    log(`  bare POST ${bare.rps.toFixed(0)} req/s, send message ${send.rps.toFixed(0)} req/s (errors ${send.errors})`);
    emit(bench, 'send_message_rps', send.rps, 'req/s');
    emit(bench, 'send_message_vs_bare', send.rps / bare.rps, 'ratio');
    await server.ctx.db.query('DELETE FROM jobs'); // the email jobs of the load above are not what is measured next

    // The SSE clients are Alice (a client of Acme): every event is checked against her scope per connection.
    const alice = await fetch(`${server.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { ...(await csrfHeaders(server.url, '')), 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'alice@acme.example', password: 'northwind-demo-2026' }),
    });
    const aliceCookie = (alice.headers.getSetCookie().find((c) => c.startsWith('portico_session=')) ?? '').split(
      ';',
    )[0]!;
    let open = 0;
    for (const target of [1_000, 10_000]) {
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      await clients.ask({
        type: 'sse-open',
        url: `${server.url}/api/v1/events`,
        cookie: aliceCookie,
        count: target - open,
      });
      open = target;
      global.gc?.();
      const perConnection = (process.memoryUsage().rss - rssBefore) / (target - (target === 1_000 ? 0 : 1_000));
      await clients.ask({ type: 'sse-wait', marker: `fanout-${target}` }, 'sse-armed');
      const received = clients.next<{ lastAt: number }>('sse-wait');
      const started = Date.now();
      const posted = await fetch(`${server.url}/api/v1/threads/${threadId}/messages`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ body: `fanout-${target}` }),
      });
      if (posted.status !== 201) throw new Error(`post failed: ${posted.status}`);
      const { lastAt } = await received;
      log(
        `  ${target} SSE clients: last received after ${lastAt - started} ms; ${(perConnection / 1024).toFixed(1)} KB RSS per idle connection`,
      );
      emit(bench, `fanout_${target}_last_ms`, lastAt - started, 'ms');
      emit(bench, `rss_per_idle_connection_${target}`, perConnection / 1024, 'KB');
    }
    await clients.ask({ type: 'sse-close' });
  } finally {
    clients.close();
    await server.close();
  }
}

export async function conversationsBenches() {
  await conversationsBench('embedded');
  if (postgresUrl()) await conversationsBench('postgres');
  else log('\n(no DATABASE_URL / TEST_DATABASE_URL: PostgreSQL conversations skipped)');
}
