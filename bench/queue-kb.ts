// The ticket queue (T3) and knowledge-base search (T2) on the large seed, over real HTTP from wrk (issue 10,
// items 5 and 6). Latency is measured with ONE connection (requests back to back, no queueing in the figures), so
// p50/p95/p99 are what one agent or reader waits; each figure runs `REPEATS` times, interleaved with its partner
// (page 1 / deep page, search / misspelt search), and prints min/median/max with the dataset and load average.
// Targets: queue page 1 p95 ≤ 20 ms at 1,000,000 tickets, deep page ≤ 1.1 × page 1; search p95 ≤ 15 ms at 100,000
// articles (≤ 30 ms at 1,000,000). Recall of misspelt queries (transposition, deletion, insertion, two misspelt
// words) is reported beside the latency, with the relevance set of customers' questions (kb-relevance.ts).
//
// Searches run as the large seed's signed-in agent: anonymous search has a per-IP budget (429) that a load client
// on one address exhausts at once. Dataset: BENCH_LARGE_DATABASE_URL (PostgreSQL) / BENCH_LARGE_DATA_DIR
// (embedded), seeded with `npm run seed:large -- --scale 0.1` (migrated here to this version first); otherwise a
// temporary seed at BENCH_QUEUE_KB_SCALE (default 0.01). Run alone: `node --import tsx bench/queue-kb.ts [engine]`.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { migrate, openDatabase, type Database } from '../src/server/platform/db/index.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { createContext } from '../src/server/platform/start.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';
import { LARGE_AGENT_EMAIL, seedLarge } from '../src/server/seed/large/index.ts';
import { openTestDatabase } from '../test/support/harness.ts';
import { largeDatasetQuestions } from './kb-relevance.ts';
import { emitSpread, log, type FigureContext } from './lib.ts';
import type { Engine } from './server.ts';
import { loadClientName } from './wrk.ts';

const run = promisify(execFile);
const REPEATS = Number(process.env.BENCH_REPEATS ?? '3');
const SECONDS = Number(process.env.BENCH_QUEUE_KB_SECONDS ?? '5');
const DEEP_PAGE = 1000;

async function openDataset(engine: Engine, workDir: string): Promise<{ db: Database; close(): Promise<void> }> {
  const url = process.env.BENCH_LARGE_DATABASE_URL;
  const dir = process.env.BENCH_LARGE_DATA_DIR;
  if (engine === 'postgres' && url) {
    const db = await openDatabase({ engine: 'postgres', url });
    return { db, close: () => db.close() };
  }
  if (engine === 'embedded' && dir) {
    const db = await openDatabase({ engine: 'embedded', dataDir: dir });
    return { db, close: () => db.close() };
  }
  const scale = Number(process.env.BENCH_QUEUE_KB_SCALE ?? '0.01');
  const { db, drop } = await openTestDatabase(
    engine,
    engine === 'embedded' ? { dataDir: join(workDir, 'db') } : { schemaPrefix: 'portico_bench' },
  );
  await migrate(db);
  await seedLarge(db, { scale, log: (message) => log(`  ${message.trim()}`) });
  return { db, close: drop };
}

/** wrk with one connection cycling through `paths` (Lua `request`), p50/p95/p99 of the measured seconds. */
export async function wrkLatency(base: string, paths: string[], cookie: string, seconds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'portico-wrk-qk-'));
  try {
    const script = join(dir, 'paths.lua');
    writeFileSync(
      script,
      [
        `wrk.headers["cookie"] = ${JSON.stringify(cookie)}`,
        `local paths = {${paths.map((p) => JSON.stringify(p)).join(', ')}}`,
        'local i = 0',
        'request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end',
        'done = function(summary, latency, requests)',
        '  local e = summary.errors',
        '  io.write(string.format("PORTICO_WRK {\\"requests\\":%d,\\"errors\\":%d,\\"p50\\":%d,\\"p95\\":%d,\\"p99\\":%d}\\n",',
        '    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99)))',
        'end',
      ].join('\n'),
    );
    const { stdout } = await run('wrk', ['-t1', '-c1', `-d${seconds}s`, '--timeout', '30s', '-s', script, base], {
      maxBuffer: 1 << 20,
    });
    const line = stdout.split('\n').find((l) => l.startsWith('PORTICO_WRK '));
    if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
    const s = JSON.parse(line.slice('PORTICO_WRK '.length)) as Record<string, number>;
    if (s.errors) throw new Error(`${s.errors} of ${s.requests} requests failed (e.g. ${paths[0]})`);
    return { p50: s.p50! / 1000, p95: s.p95! / 1000, p99: s.p99! / 1000, requests: s.requests! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function signIn(base: string, email: string): Promise<string> {
  const session = await fetch(`${base}/api/v1/session`);
  const csrf = /portico_csrf=([^;]+)/.exec(session.headers.get('set-cookie') ?? '')?.[1];
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `portico_csrf=${csrf}`, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const token = /portico_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (response.status !== 200 || !token) throw new Error(`sign-in failed: ${response.status}`);
  return `portico_session=${token}`;
}

/** Misspellings of one word of a title, as people type them. */
const MISSPELL = {
  transposition: (w: string) => (w.length < 4 ? w : w.slice(0, 2) + w[3] + w[2] + w.slice(4)),
  deletion: (w: string) => (w.length < 4 ? w : w.slice(0, 2) + w.slice(3)),
  insertion: (w: string) => (w.length < 3 ? w : `${w.slice(0, 2)}${w[1]}${w.slice(2)}`),
} as const;

/**
 * Queries from titles ("How to export the invoice on mobile" -> "export invoice on mobile", then the noun, or the
 * verb and the noun, misspelt): titles repeat their words, so the whole rest of the title names one article.
 */
function misspeltSets(titles: string[]) {
  const parts = titles.map((title) => {
    const [, verb, noun, rest] = /^How to (\w+) the (\w+)(.*)$/.exec(title)!;
    return { title, verb: verb!, noun: noun!, rest: rest! };
  });
  const query = (verb: string, noun: string, rest: string) => `${verb} ${noun}${rest}`;
  return {
    exact: parts.map((p) => ({ q: query(p.verb, p.noun, p.rest), title: p.title })),
    transposition: parts.map((p) => ({ q: query(p.verb, MISSPELL.transposition(p.noun), p.rest), title: p.title })),
    deletion: parts.map((p) => ({ q: query(p.verb, MISSPELL.deletion(p.noun), p.rest), title: p.title })),
    insertion: parts.map((p) => ({ q: query(p.verb, MISSPELL.insertion(p.noun), p.rest), title: p.title })),
    two_words: parts.map((p) => ({
      q: query(MISSPELL.transposition(p.verb), MISSPELL.deletion(p.noun), p.rest),
      title: p.title,
    })),
  };
}

const searchPath = (q: string) => `/api/v1/knowledge-base/search?q=${encodeURIComponent(q)}&limit=10`;

/** Share of queries whose article (by title) is among the first `k` results. */
async function recall(base: string, cookie: string, queries: { q: string; title: string }[], k: number) {
  let found = 0;
  for (const query of queries) {
    const response = await fetch(`${base}${searchPath(query.q)}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`search answered ${response.status}`);
    const items = ((await response.json()) as { items: { title: string }[] }).items;
    if (items.slice(0, k).some((hit) => hit.title === query.title)) found += 1;
  }
  return found / queries.length;
}

export async function queueKbBench(engine: Engine) {
  const bench = `queue-kb-${engine}`;
  log(`\n== ${bench}: ticket queue and knowledge-base search over HTTP (wrk, one connection)`);
  if ((await loadClientName()) !== 'wrk') {
    log('  wrk is not installed (apt-get install wrk): skipped');
    return;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'portico-bench-qk-'));
  const dataset = await openDataset(engine, workDir);
  try {
    const { db } = dataset;
    await migrate(db);
    const sizes = (
      await db.query<{ tickets: number; articles: number }>(
        'SELECT (SELECT count(*) FROM tickets)::int AS tickets, (SELECT count(*) FROM kb_articles)::int AS articles',
      )
    ).rows[0]!;
    const context: FigureContext = { dataset: sizes, client: 'wrk -c1' };
    log(`  dataset: ${sizes.tickets.toLocaleString('en')} tickets, ${sizes.articles.toLocaleString('en')} articles`);
    const config = loadConfig({
      NODE_ENV: 'production',
      SECRET: 'bench-secret-bench-secret-bench-secret',
      DATA_DIR: workDir,
      LOG_LEVEL: 'warn',
      BASE_URL: 'http://127.0.0.1',
    });
    const ctx = await createContext(config, db, createLogger('silent'));
    const { app } = await buildApp(ctx, { webRoot: null });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const cookie = await signIn(base, LARGE_AGENT_EMAIL);
      const queue = (query: string, cursor?: string | null) =>
        `/api/v1/tickets?limit=50&sort=updated_desc${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      let cursor: string | null = null;
      let pageNumber = 1;
      for (; pageNumber < DEEP_PAGE; pageNumber += 1) {
        const response = await fetch(`${base}${queue('', cursor)}`, { headers: { cookie } });
        const next = ((await response.json()) as { nextCursor: string | null }).nextCursor;
        if (!next) break;
        cursor = next;
      }
      log(`  deep page: ${pageNumber}`);
      const filtered = queue('&status=open,new&priority=high&assignee=none');
      const titles = (await largeDatasetQuestions(db, 60)).map((question) => question.expected);
      const words = titles.map((title) => /^How to (\w+) the (\w+)/.exec(title)!.slice(1).join(' '));
      const misspelt = misspeltSets(titles);

      const pairs: [string, string[], string, string[]][] = [
        ['queue_page1', [queue('')], 'queue_deep_page', [queue('', cursor)]],
        ['queue_filtered_page1', [filtered], 'queue_counts', [filtered.replace('/tickets?', '/tickets/counts?')]],
        [
          'queue_subject_search',
          words.slice(0, 25).map((w) => queue(`&q=${encodeURIComponent(w)}`)),
          'kb_search',
          words.map(searchPath),
        ],
        [
          'kb_search_typo',
          misspelt.transposition.map((m) => searchPath(m.q)),
          'kb_search_two_typos',
          misspelt.two_words.map((m) => searchPath(m.q)),
        ],
      ];
      for (const [nameA, pathsA, nameB, pathsB] of pairs) {
        const a: { p50: number; p95: number; p99: number }[] = [];
        const b: typeof a = [];
        await wrkLatency(base, [...pathsA, ...pathsB], cookie, 1); // warm-up, not counted
        for (let i = 0; i < REPEATS; i += 1) {
          a.push(await wrkLatency(base, pathsA, cookie, SECONDS));
          b.push(await wrkLatency(base, pathsB, cookie, SECONDS));
        }
        for (const [name, runs] of [
          [nameA, a],
          [nameB, b],
        ] as const)
          for (const p of ['p50', 'p95', 'p99'] as const)
            emitSpread(
              bench,
              `${name}_${p}`,
              runs.map((r) => r[p]),
              'ms',
              context,
            );
        if (nameB === 'queue_deep_page')
          emitSpread(
            bench,
            'queue_deep_vs_page1_p95',
            a.map((r, i) => b[i]!.p95 / r.p95),
            'ratio',
            context,
          );
      }
      for (const [kind, queries] of Object.entries(misspelt))
        emitSpread(bench, `kb_recall_at_3_${kind}`, [await recall(base, cookie, queries, 3)], 'ratio', context);
      const questions = await largeDatasetQuestions(db, 60);
      emitSpread(
        bench,
        'kb_relevance_recall_at_3',
        [
          await recall(
            base,
            cookie,
            questions.map((q) => ({ q: q.q, title: q.expected })),
            3,
          ),
        ],
        'ratio',
        context,
      );
    } finally {
      await app.close();
      await ctx.background.idle();
    }
  } finally {
    await dataset.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  const engines = process.argv.slice(2).filter((arg): arg is Engine => arg === 'embedded' || arg === 'postgres');
  for (const engine of engines.length ? engines : (['embedded'] as const)) await queueKbBench(engine);
  printTable();
  process.exit(0);
}
