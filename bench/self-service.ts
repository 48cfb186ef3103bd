// Self-service at scale: knowledge-base search (a two-word query, top 10; relevance of customers' questions, recall@3) and the agent queue (first page with
// filters, page 1 vs a deep page by cursor) and creating a ticket, all through the whole HTTP stack (app.inject)
// against the large seed (src/server/seed/large). Targets: search p95 < 30 ms, queue page p95 < 50 ms, the deep
// page ≤ 1.2 × page 1. A bare Fastify route, injected the same way, is the floor for the ratios.
//
// Dataset: BENCH_LARGE_DATABASE_URL (PostgreSQL) / BENCH_LARGE_DATA_DIR (embedded) name a database seeded with
// `npm run seed:large` (the bench adds a hundred tickets to it); otherwise a temporary one is seeded at
// BENCH_SELF_SERVICE_SCALE (default 0.1: 100,000 tickets, 100,000 articles, so a deep page is deep) and dropped
// afterwards. Full size (1,000,000 of each): seed once with `npm run seed:large` and point the variables above at it.
import Fastify from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { migrate, openDatabase, type Database } from '../src/server/platform/db/index.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { createContext } from '../src/server/platform/start.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';
import { LARGE_OWNER_EMAIL, seedLarge } from '../src/server/seed/large/index.ts';
import { NOUNS, VERBS } from '../src/server/seed/large/sql.ts';
import { openTestDatabase } from '../test/support/harness.ts';
import { HttpClient } from '../test/support/http-client.ts';
import { largeDatasetQuestions, measureRelevance } from './kb-relevance.ts';
import { emit, log, percentile } from './lib.ts';
import { postgresUrl, type Engine } from './server.ts';

const WARMUP = 20;
const SAMPLES = 200;
const CREATE_SAMPLES = 100;
const DEEP_PAGE = 1000;
const PAGE_SIZE = 50;
const TARGETS = { searchP95: 30, queueP95: 50, deepVsFirst: 1.2 };
const BENCH_SUBJECT = 'Bench: ';
const REMOVE_BENCH_TICKETS = `DELETE FROM threads WHERE kind = 'ticket' AND subject LIKE '${BENCH_SUBJECT}%'`;

interface Dataset {
  db: Database;
  label: string;
  close(): Promise<void>;
}

async function openDataset(engine: Engine, workDir: string): Promise<Dataset> {
  const url = process.env.BENCH_LARGE_DATABASE_URL;
  const dir = process.env.BENCH_LARGE_DATA_DIR;
  if (engine === 'postgres' && url) {
    const db = await openDatabase({ engine: 'postgres', url });
    return { db, label: 'large seed at BENCH_LARGE_DATABASE_URL', close: () => db.close() };
  }
  if (engine === 'embedded' && dir) {
    const db = await openDatabase({ engine: 'embedded', dataDir: dir });
    return { db, label: `large seed in ${dir}`, close: () => db.close() };
  }
  const scale = Number(process.env.BENCH_SELF_SERVICE_SCALE ?? '0.1');
  const { db, drop } = await openTestDatabase(
    engine,
    engine === 'embedded' ? { dataDir: join(workDir, 'db') } : { schemaPrefix: 'portico_bench' },
  );
  try {
    await migrate(db);
    const seeded = await seedLarge(db, { scale, log: (message) => log(`  ${message.trim()}`) });
    return { db, label: `temporary seed at scale ${scale} (seeded in ${seeded.seconds.toFixed(1)} s)`, close: drop };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

/** A slow figure (seconds per request) stops after this long, with at least MIN_SAMPLES, rather than run for an hour. */
const BUDGET_MS = 60_000;
const MIN_SAMPLES = 20;

async function timed(samples: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const warmup = Math.min(WARMUP, 5);
  for (let i = 0; i < WARMUP; i += 1) {
    const started = performance.now();
    await run(i);
    if (i + 1 >= warmup && performance.now() - started > BUDGET_MS / (samples + WARMUP)) break;
  }
  const times: number[] = [];
  const budgetEnds = performance.now() + BUDGET_MS;
  for (let i = 0; i < samples && (i < MIN_SAMPLES || performance.now() < budgetEnds); i += 1) {
    const started = performance.now();
    await run(WARMUP + i);
    times.push(performance.now() - started);
  }
  return times;
}

function report(bench: string, metric: string, times: number[]) {
  emit(bench, `${metric}_samples`, times.length, 'requests');
  return {
    p50: emit(bench, `${metric}_p50`, percentile(times, 50), 'ms'),
    p95: emit(bench, `${metric}_p95`, percentile(times, 95), 'ms'),
  };
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

function expectStatus(response: { statusCode: number; body: string }, status: number, what: string) {
  if (response.statusCode !== status)
    throw new Error(`${what} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
}

export async function selfServiceBench(engine: Engine) {
  const bench = `self-service-${engine}`;
  log(`\n== ${bench}: knowledge-base search, agent queue, creating tickets`);
  const workDir = mkdtempSync(join(tmpdir(), 'portico-bench-ss-'));
  const dataset = await openDataset(engine, workDir);
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ ok: true }));
  try {
    const { db } = dataset;
    const config = loadConfig({
      NODE_ENV: 'production',
      SECRET: 'bench-secret-bench-secret-bench-secret',
      DATA_DIR: workDir,
      LOG_LEVEL: 'silent',
      BASE_URL: 'http://127.0.0.1',
    });
    // BENCH_LOG_LEVEL=error shows what a failing request hit.
    const ctx = await createContext(
      config,
      db,
      createLogger(process.env.BENCH_LOG_LEVEL === 'error' ? 'error' : 'silent'),
    );
    // The flood limit protects people from a runaway client, not benchmarks from themselves.
    ctx.config.conversations.messagesPerMinute = 1_000_000_000;
    const { app } = await buildApp(ctx, { webRoot: null });
    try {
      // Tickets a previous run filed sit on top of "latest activity first" and would make page 1 a different
      // (hotter, smaller) page than the seed's: remove them before measuring, and this run's afterwards.
      await db.query(REMOVE_BENCH_TICKETS);
      const sizes = (
        await db.query<{ tickets: number; articles: number; accounts: number; messages: number }>(
          `SELECT (SELECT count(*) FROM tickets)::int AS tickets, (SELECT count(*) FROM kb_articles)::int AS articles,
           (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM messages)::int AS messages`,
        )
      ).rows[0]!;
      log(
        `  dataset: ${dataset.label}: ${sizes.tickets.toLocaleString('en')} tickets, ${sizes.messages.toLocaleString('en')} messages, ` +
          `${sizes.articles.toLocaleString('en')} articles, ${sizes.accounts.toLocaleString('en')} accounts`,
      );
      emit(bench, 'dataset_tickets', sizes.tickets, 'rows');
      emit(bench, 'dataset_messages', sizes.messages, 'rows');
      emit(bench, 'dataset_articles', sizes.articles, 'rows');
      emit(bench, 'dataset_accounts', sizes.accounts, 'rows');

      await bare.ready();
      const bareTimes = await timed(SAMPLES, async () =>
        expectStatus(await bare.inject({ method: 'GET', url: '/bare' }), 200, 'bare route'),
      );
      const floor = report(bench, 'bare_route', bareTimes);

      // Search as a help-center visitor: each request from its own address, so every search is logged as in life.
      const queries = Array.from(
        { length: 25 },
        (_, i) => `${VERBS[(i * 3) % VERBS.length]} ${NOUNS[(i * 7) % NOUNS.length]}`,
      );
      let hits = 0;
      let searches = 0;
      const searchTimes = await timed(SAMPLES, async (i) => {
        const response = await app.inject({
          method: 'GET',
          url: `/api/v1/knowledge-base/search?q=${encodeURIComponent(queries[i % queries.length]!)}&limit=10`,
          remoteAddress: `10.1.${(i >> 8) & 255}.${i & 255}`,
        });
        expectStatus(response, 200, 'search');
        hits += (response.json() as { items: unknown[] }).items.length;
        searches += 1;
      });
      const search = report(bench, 'kb_search', searchTimes);
      emit(bench, 'kb_search_p95_vs_bare', search.p95 / floor.p95, 'ratio');
      emit(bench, 'kb_search_mean_hits', hits / searches, 'articles');
      log(
        `  search p50 ${search.p50} ms, p95 ${search.p95} ms (target < ${TARGETS.searchP95}: ${verdict(search.p95 < TARGETS.searchP95)})`,
      );

      // A misspelt noun ("reset pasword"): full text finds nothing, so the typo pass (close titles) fills the page.
      const misspelt = queries.map((query) => query.replace(/ (\w)\w/, ' $1'));
      let typoHits = 0;
      let typoSearches = 0;
      const typo = report(
        bench,
        'kb_search_typo',
        await timed(SAMPLES, async (i) => {
          const response = await app.inject({
            method: 'GET',
            url: `/api/v1/knowledge-base/search?q=${encodeURIComponent(misspelt[i % misspelt.length]!)}&limit=10`,
            remoteAddress: `10.2.${(i >> 8) & 255}.${i & 255}`,
          });
          expectStatus(response, 200, 'search with a typo');
          typoHits += (response.json() as { items: unknown[] }).items.length;
          typoSearches += 1;
        }),
      );
      emit(bench, 'kb_search_typo_mean_hits', typoHits / typoSearches, 'articles');
      log(
        `  search with a typo ("${misspelt[0]}") p50 ${typo.p50} ms, p95 ${typo.p95} ms, ${(typoHits / typoSearches).toFixed(1)} hits per query`,
      );

      // Relevance at scale: customers' questions phrased from public titles, against every other article.
      await measureRelevance(app, bench, await largeDatasetQuestions(db, 60), 'title');

      const agent = new HttpClient(app);
      expectStatus(
        await agent.post('/api/v1/auth/sign-in', { email: LARGE_OWNER_EMAIL, password: DEMO_PASSWORD }),
        200,
        'sign-in of the large seed owner',
      );
      const queueUrl = (query: string, cursor?: string | null) =>
        `/api/v1/tickets?limit=${PAGE_SIZE}&sort=updated_desc${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = async (url: string) => {
        const response = await agent.get(url);
        expectStatus(response, 200, `GET ${url}`);
        return response.json() as { items: { id: string }[]; nextCursor: string | null };
      };
      if ((await agent.get(queueUrl(''))).statusCode === 404) {
        log('  GET /api/v1/tickets is not served yet: queue and create figures not measured');
        return;
      }

      // Subject search over the whole queue: a phrase ("export the invoice") matches about one ticket in a
      // thousand, so the trigram index on subjects does the finding rather than a walk in activity order.
      const phrases = queries.map((query) => query.replace(' ', ' the '));
      const subjectSearch = report(
        bench,
        'queue_subject_search',
        await timed(
          SAMPLES,
          async (i) => void (await page(queueUrl(`&q=${encodeURIComponent(phrases[i % phrases.length]!)}`))),
        ),
      );
      log(`  queue subject search ("${phrases[0]}") p50 ${subjectSearch.p50} ms, p95 ${subjectSearch.p95} ms`);

      const filtered = '&status=open,new&priority=high&assignee=none';
      const filteredItems = (await page(queueUrl(filtered))).items.length;
      const queue = report(
        bench,
        'queue_filtered_page1',
        await timed(SAMPLES, async () => void (await page(queueUrl(filtered)))),
      );
      log(
        `  queue (open+new, high, unassigned; ${filteredItems} on page 1) p50 ${queue.p50} ms, p95 ${queue.p95} ms (target < ${TARGETS.queueP95}: ${verdict(queue.p95 < TARGETS.queueP95)})`,
      );

      // Page 1 and a deep page of the whole queue, newest activity first: keyset pagination should cost the same.
      // Walk there once, then time both alternately, so a noisy neighbour weighs on both alike.
      let cursor: string | null = null;
      let pageNumber = 1;
      const walkStarted = performance.now();
      for (; pageNumber < DEEP_PAGE; pageNumber += 1) {
        const next: string | null = (await page(queueUrl('', cursor))).nextCursor;
        if (!next) break;
        cursor = next;
      }
      log(`  followed nextCursor to page ${pageNumber} in ${((performance.now() - walkStarted) / 1000).toFixed(1)} s`);
      const deepCursor = cursor;
      emit(bench, 'queue_deep_page_number', pageNumber, 'page');
      const firstTimes: number[] = [];
      const deepTimes: number[] = [];
      await timed(SAMPLES, async (i) => {
        const started = performance.now();
        await page(queueUrl(''));
        const between = performance.now();
        await page(queueUrl('', deepCursor));
        if (i >= WARMUP) {
          firstTimes.push(between - started);
          deepTimes.push(performance.now() - between);
        }
      });
      const first = report(bench, 'queue_page1', firstTimes);
      const deep = report(bench, 'queue_deep_page', deepTimes);
      const ratio = emit(bench, 'queue_deep_page_vs_page1_p95', deep.p95 / first.p95, 'ratio');
      emit(bench, 'queue_deep_page_vs_page1_p50', deep.p50 / first.p50, 'ratio');
      emit(bench, 'queue_page1_p95_vs_bare', first.p95 / floor.p95, 'ratio');
      log(
        `  queue page 1 p95 ${first.p95} ms, page ${pageNumber} p95 ${deep.p95} ms: ${ratio}× (target ≤ ${TARGETS.deepVsFirst}: ${verdict(ratio <= TARGETS.deepVsFirst)})`,
      );

      // Filing a ticket for a customer, as an agent does from the phone: thread, ticket, first message, SLA, events.
      const customers = (
        await db.query<{ account_id: string; user_id: string }>(
          'SELECT account_id, user_id FROM memberships ORDER BY account_id LIMIT 50',
        )
      ).rows;
      const create = report(
        bench,
        'create_ticket',
        await timed(CREATE_SAMPLES, async (i) => {
          const customer = customers[i % customers.length]!;
          const response = await agent.post(
            '/api/v1/tickets',
            {
              subject: `${BENCH_SUBJECT}cannot ${queries[i % queries.length]}`,
              body: 'Hello, the **export** fails since this morning. Could you have a look?',
              accountId: customer.account_id,
              requesterId: customer.user_id,
              priority: 'normal',
            },
            { 'idempotency-key': `bench-${Date.now()}-${i}` },
          );
          expectStatus(response, 201, 'POST /api/v1/tickets');
        }),
      );
      emit(bench, 'create_ticket_p95_vs_bare', create.p95 / floor.p95, 'ratio');
      log(`  create ticket p50 ${create.p50} ms, p95 ${create.p95} ms`);
    } finally {
      await app.close();
      await ctx.background.idle();
      await db.query(REMOVE_BENCH_TICKETS);
    }
  } finally {
    await bare.close();
    await dataset.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

// Run alone: `node --import tsx bench/self-service.ts [embedded|postgres ...]` (default: both when PostgreSQL is configured).
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { postgresUrl } = await import('./server.ts');
  const { printTable } = await import('./lib.ts');
  const engines = process.argv.slice(2).filter((arg): arg is Engine => arg === 'embedded' || arg === 'postgres');
  const wanted = engines.length
    ? engines
    : postgresUrl() || process.env.BENCH_LARGE_DATABASE_URL
      ? (['embedded', 'postgres'] as const)
      : (['embedded'] as const);
  for (const engine of wanted) await selfServiceBench(engine);
  printTable();
  process.exit(0);
}

export async function selfServiceBenches() {
  await selfServiceBench('embedded');
  if (postgresUrl() || process.env.BENCH_LARGE_DATABASE_URL) await selfServiceBench('postgres');
}
