// Live connections (issue 10, T5 and the points on session changes and posting): 10,000 SSE streams, each with
// its own session (2,000 people, 5 sessions each, all members of one account), held by a separate client process.
// Figures: heap and RSS per idle stream (forced collection before each reading), time for one message to reach
// every stream (p50/p95/p99 and the last one) while quiet and during a storm of profile changes, how many session
// re-reads that storm caused, and posting throughput of 1 and 16 concurrent posters (each into its own thread).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { conversationRuntimeOf } from '../src/server/modules/conversations/index.ts';
import { emitSpread, log, percentile, type FigureContext } from './lib.ts';
import {
  postgresUrl,
  startInProcessServer as startBenchServer,
  type InProcessServer as BenchServer,
  type Engine,
} from './in-process-server.ts';

const PEOPLE = 2_000;
const SESSIONS_EACH = 5;
const STREAMS = PEOPLE * SESSIONS_EACH;
const WARM_STREAMS = 100;
const REPEATS = 3;
const POSTERS = 16;
const POST_MS = 3_000;
const STORM_PER_SECOND = 100;
const CSRF = 'bench-live-csrf';

/** Node's collector, exposed with --expose-gc (set at run time if the process was not started with it). */
function collector(): () => void {
  if (typeof global.gc === 'function') return global.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

class Client {
  private readonly child: ChildProcess;
  private readonly ready: Promise<unknown>;
  constructor() {
    this.child = fork(fileURLToPath(new URL('./live-client.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.ready = this.next('ready');
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
  async ask<T = Record<string, unknown>>(command: { type: string } & Record<string, unknown>): Promise<T> {
    await this.ready;
    const answer = this.next<T>(command.type);
    this.child.send(command);
    return answer;
  }
  close() {
    this.child.kill();
  }
}

/** After the posting figures (which measure posting into an account of a few people): 2,000 people in Acme with 5 live sessions each; tokens are `pst_live_<person>_<n>`, known to the client. */
async function seedPeople(server: BenchServer, acme: string) {
  const db = server.ctx.db;
  await db.query(
    `INSERT INTO users (id, email, name) SELECT gen_random_uuid(), 'live' || g || '@bench.example', 'Live ' || g
     FROM generate_series(1, $1::int) g`,
    [PEOPLE],
  );
  await db.query(
    `INSERT INTO memberships (account_id, user_id, role) SELECT $1, id, 'member' FROM users WHERE email LIKE 'live%@bench.example'`,
    [acme],
  );
  await db.query(
    `INSERT INTO sessions (id, token_hash, user_id, state, expires_at)
     SELECT gen_random_uuid(), encode(sha256(convert_to('pst_live_' || substr(u.email, 5, strpos(u.email, '@') - 5) || '_' || k, 'UTF8')), 'hex'),
            u.id, 'active', now() + interval '1 day'
     FROM users u, generate_series(1, $1::int) k WHERE u.email LIKE 'live%@bench.example'`,
    [SESSIONS_EACH],
  );
  await db.query('ANALYZE sessions');
}

const cookieOf = (person: number, n: number) => `portico_session=pst_live_${person}_${n}; portico_csrf=${CSRF}`;

async function createThreads(server: BenchServer, acme: string, ownerCookie: string, count: number) {
  const paths: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const response = await fetch(`${server.url}/api/v1/accounts/${acme}/threads`, {
      method: 'POST',
      headers: { cookie: ownerCookie, 'x-csrf-token': CSRF, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: `Live bench ${n}`, body: 'start' }),
    });
    if (response.status !== 201) throw new Error(`thread: ${response.status} ${await response.text()}`);
    paths.push(`/api/v1/threads/${((await response.json()) as { id: string }).id}/messages`);
  }
  return paths;
}

/** Posts one message carrying `marker` and returns, per stream, the ms from just before the POST to its arrival. */
async function fanOut(server: BenchServer, client: Client, cookie: string, path: string, marker: string) {
  await client.ask({ type: 'arm', marker });
  const arrived = client.next<{ times: number[]; missing: number; dropped: number }>('arm-done');
  const started = Date.now();
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': CSRF, 'content-type': 'application/json' },
    body: JSON.stringify({ body: marker }),
  });
  if (response.status !== 201) throw new Error(`post: ${response.status}`);
  const { times, missing, dropped } = await arrived;
  if (missing) throw new Error(`${missing} streams did not get the message within a minute`);
  if (dropped) log(`  ${dropped} streams ended by the server so far (session re-check failed; a browser resumes)`);
  return times.map((at) => at - started);
}

async function deliveries(
  bench: string,
  label: string,
  run: (marker: string) => Promise<number[]>,
  context: FigureContext,
) {
  const all: number[] = [];
  const lasts: number[] = [];
  for (let n = 0; n < REPEATS; n += 1) {
    const latencies = await run(`live-${label}-${n}-${Date.now()}`);
    all.push(...latencies);
    lasts.push(Math.max(...latencies));
  }
  for (const p of [50, 95, 99]) emitSpread(bench, `delivery_${label}_p${p}_ms`, [percentile(all, p)], 'ms', context);
  emitSpread(bench, `delivery_${label}_last_ms`, lasts, 'ms', context);
  log(
    `  ${label}: p50 ${percentile(all, 50)} ms, p95 ${percentile(all, 95)}, p99 ${percentile(all, 99)}, last ${lasts.join(' / ')} ms`,
  );
}

async function liveBenchOn(engine: Engine) {
  const bench = `live-${engine}`;
  log(`\n== ${bench}`);
  // The flood limit protects people, not benchmarks.
  const server = await startBenchServer(engine, { accounts: 0, env: { MESSAGES_PER_MINUTE: '1000000000' } });
  const client = new Client();
  const gc = collector();
  const hub = conversationRuntimeOf(server.ctx)!.hub;
  try {
    const acme = (
      await server.ctx.db.query<{ id: string }>("SELECT id FROM accounts WHERE name = 'Acme Manufacturing'")
    ).rows[0]!.id;
    const owner = `${server.ownerCookie}; portico_csrf=${CSRF}`;
    const paths = await createThreads(server, acme, owner, POSTERS);
    const context: FigureContext = {
      dataset: { people: PEOPLE, sessions: STREAMS, streams: 0 },
      client: 'live-client',
    };

    // Posting: 1 and 16 concurrent posters, interleaved, before any stream is open.
    const one: number[] = [];
    const many: number[] = [];
    for (let run = 0; run < REPEATS; run += 1) {
      for (const [count, into] of [
        [1, one],
        [POSTERS, many],
      ] as const) {
        const result = await client.ask<{ perSecond: number; errors: number; lastError: number }>({
          type: 'posters',
          url: server.url,
          csrf: CSRF,
          cookie: owner,
          paths: paths.slice(0, count),
          durationMs: POST_MS,
        });
        if (result.errors) throw new Error(`${result.errors} posts failed (${result.lastError})`);
        into.push(result.perSecond);
      }
    }
    emitSpread(bench, 'posts_per_s_1_poster', one, 'msg/s', context);
    emitSpread(bench, `posts_per_s_${POSTERS}_posters`, many, 'msg/s', context);
    emitSpread(
      bench,
      `posting_scaling_${POSTERS}_vs_1`,
      many.map((m, i) => m / one[i]!),
      'ratio',
      context,
    );
    log(
      `  posting: 1 poster ${one.map(Math.round).join('/')} msg/s, ${POSTERS} posters ${many.map(Math.round).join('/')}`,
    );
    await server.ctx.db.query('DELETE FROM jobs'); // the posts' email jobs are not what is measured next
    await seedPeople(server, acme);

    // Idle streams: a few first (lazy set-up is not per stream), then the rest, each reading after a collection.
    const cookies = Array.from({ length: STREAMS }, (_, i) => cookieOf((i % PEOPLE) + 1, Math.floor(i / PEOPLE) + 1));
    await client.ask({ type: 'open', url: `${server.url}/api/v1/events`, cookies: cookies.slice(0, WARM_STREAMS) });
    gc();
    const before = process.memoryUsage();
    const opened = await client.ask<{ open: number; error?: string }>({
      type: 'open',
      url: `${server.url}/api/v1/events`,
      cookies: cookies.slice(WARM_STREAMS),
    });
    if (opened.error || hub.connectionCount !== STREAMS)
      throw new Error(`streams: ${opened.error ?? `${hub.connectionCount} of ${STREAMS}`}`);
    gc();
    const after = process.memoryUsage();
    const idle = { ...context, dataset: { ...context.dataset, streams: STREAMS } };
    const added = STREAMS - WARM_STREAMS;
    emitSpread(bench, 'heap_per_idle_stream', [(after.heapUsed - before.heapUsed) / added / 1024], 'KB', idle);
    emitSpread(bench, 'rss_per_idle_stream', [(after.rss - before.rss) / added / 1024], 'KB', idle);
    log(
      `  ${STREAMS} streams: heap ${((after.heapUsed - before.heapUsed) / added / 1024).toFixed(2)} KB, RSS ${((after.rss - before.rss) / added / 1024).toFixed(2)} KB per idle stream`,
    );

    await deliveries(bench, 'quiet', (marker) => fanOut(server, client, owner, paths[0]!, marker), idle);
    const recheckedBefore = hub.sessionRechecks;
    const stormStarted = Date.now();
    await client.ask({
      type: 'storm-start',
      url: server.url,
      csrf: CSRF,
      cookies: Array.from({ length: PEOPLE }, (_, i) => cookieOf(i + 1, 1)),
      perSecond: STORM_PER_SECOND,
    });
    await deliveries(bench, 'storm', (marker) => fanOut(server, client, owner, paths[0]!, marker), idle);
    const { changes } = await client.ask<{ changes: number }>({ type: 'storm-stop' });
    const seconds = (Date.now() - stormStarted) / 1000;
    emitSpread(bench, 'storm_profile_changes_per_s', [changes / seconds], 'req/s', idle);
    emitSpread(
      bench,
      'storm_session_rechecks_per_change',
      [(hub.sessionRechecks - recheckedBefore) / changes],
      'reads',
      idle,
    );
    log(
      `  storm: ${(changes / seconds).toFixed(0)} PATCH /me per s, ${hub.sessionRechecks - recheckedBefore} stream re-checks`,
    );
    await client.ask({ type: 'close' });
  } finally {
    client.close();
    await server.close();
  }
}

/** Both engines (PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set). */
export async function liveBench() {
  await liveBenchOn('embedded');
  if (postgresUrl()) await liveBenchOn('postgres');
  else log('\n(no DATABASE_URL / TEST_DATABASE_URL: PostgreSQL live connections skipped)');
}

// `node --expose-gc --import tsx bench/live.ts` runs this bench alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await liveBench();
  process.exit(0);
}
