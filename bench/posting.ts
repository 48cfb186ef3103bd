// Posting a message (issue 10 item 4) on PostgreSQL: the compiled server in its own process at production settings,
// wrk from outside posting into 16 threads of one account (one thread per connection at most, as people post), 1
// and 16 connections interleaved BENCH_REPEATS times (default 3). Besides messages per second, the CPU per post of
// the server process and of every `postgres` process on the machine (from /proc): the issue's goal of 10 × 126
// msg/s on 2 cores needs the two together under 1.6 ms per post, which this figure shows directly.
// PostgreSQL's CPU counts every backend of the server, so other sessions' work inflates it on a shared machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSecondsOf, emitSpread, log, type FigureContext } from './lib.ts';
import { postgresUrl, startBenchServer } from './server.ts';

const THREADS = 16;
const SECONDS = 8;
const CSRF = 'bench-posting-csrf';

/** CPU seconds of every process named `postgres` (the server and its backends, here on the same machine). */
function postgresCpuSeconds() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuSecondsOf(Number(pid));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/** wrk's Lua: each request posts into the next thread, a distinct body each time; non-201 answers are counted. */
function wrkScript(paths: string[], cookie: string) {
  return `
local paths = {${paths.map((path) => `"${path}"`).join(',')}}
local i = 0
wrk.method = "POST"
wrk.headers["cookie"] = "${cookie}"
wrk.headers["x-csrf-token"] = "${CSRF}"
wrk.headers["content-type"] = "application/json"
request = function()
  i = i + 1
  return wrk.format(nil, paths[(i % #paths) + 1], nil, '{"body":"Bench message ' .. i .. '"}')
end
`;
}

export async function postingBench() {
  const bench = 'posting-postgres';
  if (!postgresUrl()) return log('\n(no DATABASE_URL / TEST_DATABASE_URL: posting skipped)');
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  log(`\n== ${bench}: 1 and ${THREADS} connections posting, wrk, ${repeats} interleaved runs of ${SECONDS} s`);
  const server = await startBenchServer('postgres', { accounts: 0, env: { MESSAGES_PER_MINUTE: '1000000000' } });
  try {
    const sql = (text: string) =>
      execFileSync('psql', [server.database.env.DATABASE_URL!, '-Atc', text], { encoding: 'utf8' }).trim();
    const cookie = `${server.ownerCookie}; portico_csrf=${CSRF}`;
    const acme = sql("SELECT id FROM accounts WHERE name = 'Acme Manufacturing'");
    const paths: string[] = [];
    for (let n = 0; n < THREADS; n += 1) {
      const response = await fetch(`${server.url}/api/v1/accounts/${acme}/threads`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': CSRF, 'content-type': 'application/json' },
        body: JSON.stringify({ subject: `Posting bench ${n}`, body: 'start' }),
      });
      if (response.status !== 201) throw new Error(`thread: ${response.status} ${await response.text()}`);
      paths.push(`/api/v1/threads/${((await response.json()) as { id: string }).id}/messages`);
    }
    const script = join(mkdtempSync(join(tmpdir(), 'portico-posting-')), 'post.lua');
    writeFileSync(script, wrkScript(paths, cookie));
    const figures = { 1: [] as number[], [THREADS]: [] as number[] } as Record<number, number[]>;
    const nodeMs: number[] = [];
    const postgresMs: number[] = [];
    const count = () => Number(sql('SELECT count(*) FROM messages'));
    for (let run = 0; run < repeats; run += 1)
      for (const connections of [1, THREADS]) {
        const before = { node: cpuSecondsOf(server.server.pid), pg: postgresCpuSeconds(), posts: count() };
        const output = execFileSync(
          'wrk',
          ['-t', '1', '-c', String(connections), '-d', `${SECONDS}s`, '-s', script, server.url],
          { encoding: 'utf8' },
        );
        const after = { node: cpuSecondsOf(server.server.pid), pg: postgresCpuSeconds(), posts: count() };
        if (/Non-2xx/.test(output)) throw new Error(`posting answered other than 201:\n${output}`);
        const posts = after.posts - before.posts;
        figures[connections]!.push(posts / SECONDS);
        if (connections === THREADS) {
          nodeMs.push(((after.node - before.node) * 1000) / posts);
          postgresMs.push(((after.pg - before.pg) * 1000) / posts);
        }
        log(`  ${String(connections).padStart(2)} connections: ${(posts / SECONDS).toFixed(0)} msg/s`);
      }
    const context: FigureContext = { dataset: { demo: 1, threads: THREADS }, client: 'wrk' };
    emitSpread(bench, 'posts_per_s_1_connection', figures[1]!, 'msg/s', context);
    const many = emitSpread(bench, `posts_per_s_${THREADS}_connections`, figures[THREADS]!, 'msg/s', context);
    const scaling = figures[THREADS]!.map((value, index) => value / figures[1]![index]!);
    emitSpread(bench, `scaling_${THREADS}_vs_1`, scaling, 'ratio', context);
    const node = emitSpread(bench, 'node_cpu_ms_per_post', nodeMs, 'ms', context);
    const postgres = emitSpread(bench, 'postgres_cpu_ms_per_post', postgresMs, 'ms', context);
    log(
      `  ${THREADS} connections: ${many.toFixed(0)} msg/s (target 1,260); CPU per post ${node.toFixed(2)} ms Node + ` +
        `${postgres.toFixed(2)} ms PostgreSQL: 2 cores allow at most ~${(2000 / (node + postgres)).toFixed(0)} msg/s`,
    );
  } finally {
    await server.close();
  }
}
