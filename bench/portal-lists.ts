// The lists of billing, client work and orders on the large seed, on PostgreSQL (issues 11, 12 and 16):
// - invoices for staff, first page and a deep page by cursor (issue 11: p95 ≤ 50 ms, deep ≤ 1.2 × page 1), and
//   the open-and-overdue filter;
// - "my tasks" of a staff member with 5,000 open tasks (issue 12: p95 ≤ 20 ms);
// - "my orders" first page of a customer (issue 16: p95 ≤ 20 ms).
// The compiled server runs in its own process as in production; wrk (one connection, requests back to back, so the
// figures are what one person waits) loads it; each pair runs interleaved REPEATS times (min/median/max).
// Dataset: BENCH_LARGE_DATABASE_URL (seeded with `npm run seed:large -- --scale 0.1`, migrated here first), else a
// temporary database seeded at BENCH_PORTAL_SCALE (default 0.1: 100,000 invoices, 1,000,000 orders, 100,000 tasks).
// Run alone: `TEST_DATABASE_URL=postgres://... node --import tsx bench/portal-lists.ts`.
import { migrate, openDatabase, type Database } from '../src/server/platform/db/index.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';
import { LARGE_AGENT_EMAIL, LARGE_OWNER_EMAIL, seedLarge } from '../src/server/seed/large/index.ts';
import { seedPasswordHash } from '../src/server/seed/large/people.ts';
import { emitSpread, log, type FigureContext } from './lib.ts';
import { wrkLatency } from './queue-kb.ts';
import { buildServer, createBenchDatabase, postgresUrl, signIn, startServerProcess } from './server.ts';
import { loadClientName } from './wrk.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? '3');
const SECONDS = Number(process.env.BENCH_PORTAL_SECONDS ?? '5');
const DEEP_PAGE = 1000;
const BENCH = 'portal-lists-postgres';

/** The customer who signs in for "my orders": the person of the account with the most orders, given a password. */
async function prepareCustomer(db: Database): Promise<{ email: string; orders: number }> {
  const { rows } = await db.query<{ email: string; user_id: string; orders: number }>(
    `SELECT u.email, u.id AS user_id, o.orders FROM (SELECT account_id, count(*)::int AS orders FROM orders GROUP BY account_id
       ORDER BY count(*) DESC, account_id LIMIT 1) o JOIN memberships m ON m.account_id = o.account_id JOIN users u ON u.id = m.user_id LIMIT 1`,
  );
  const customer = rows[0];
  if (!customer) throw new Error('the dataset has no orders');
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [customer.user_id, await seedPasswordHash()]);
  return { email: customer.email, orders: customer.orders };
}

type Latency = { p50: number; p95: number; p99: number };
type Side = [name: string, paths: string[], cookie: string];

/** Two lists measured alternately (a, b, a, b...), each with its own session. */
async function measurePair(base: string, a: Side, b: Side): Promise<Record<string, Latency[]>> {
  const runs: Record<string, Latency[]> = { [a[0]]: [], [b[0]]: [] };
  for (const [, paths, cookie] of [a, b]) await wrkLatency(base, paths, cookie, 1); // warm-up, not counted
  for (let i = 0; i < REPEATS; i += 1)
    for (const [name, paths, cookie] of [a, b]) runs[name]!.push(await wrkLatency(base, paths, cookie, SECONDS));
  return runs;
}

export async function portalListsBench() {
  log('\n== portal-lists-postgres: invoices, "my tasks" and "my orders" on the large seed (wrk, one connection)');
  if (!postgresUrl() && !process.env.BENCH_LARGE_DATABASE_URL) {
    log('  skipped: needs BENCH_LARGE_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)');
    return;
  }
  if ((await loadClientName()) !== 'wrk') {
    log('  wrk is not installed (apt-get install wrk): skipped');
    return;
  }
  buildServer();
  const database = await createBenchDatabase('postgres');
  const largeUrl = process.env.BENCH_LARGE_DATABASE_URL;
  if (largeUrl) database.env.DATABASE_URL = largeUrl;
  // DEMO_SEED stays on: the large seed's staff share the published demo password, which production refuses otherwise.
  const db = await openDatabase({ engine: 'postgres', url: database.env.DATABASE_URL! });
  let customer: { email: string; orders: number };
  let sizes: Record<string, number>;
  try {
    await migrate(db);
    if (!largeUrl) {
      const scale = Number(process.env.BENCH_PORTAL_SCALE ?? '0.1');
      await seedLarge(db, { scale, messagesPerTicket: 0, log: (message) => log(`  ${message.trim()}`) });
    }
    customer = await prepareCustomer(db);
    sizes = (
      await db.query<Record<string, number>>(
        `SELECT (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM billing_documents WHERE kind = 'invoice')::int AS invoices,
           (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM tasks)::int AS tasks,
           (SELECT count(*) FROM approvals)::int AS approvals`,
      )
    ).rows[0]!;
  } finally {
    await db.close();
  }
  const server = await startServerProcess(database);
  try {
    const base = server.url;
    const owner = (await signIn(base, LARGE_OWNER_EMAIL, DEMO_PASSWORD)).cookie;
    const agent = (await signIn(base, LARGE_AGENT_EMAIL, DEMO_PASSWORD)).cookie;
    const client = (await signIn(base, customer.email, DEMO_PASSWORD)).cookie;
    const myTasks = await fetch(`${base}/api/v1/tasks?assignee=me&status=todo,in_progress,waiting&limit=200`, {
      headers: { cookie: agent },
    });
    if (myTasks.status !== 200) throw new Error(`my tasks answered ${myTasks.status}`);
    const invoices = (cursor?: string | null) =>
      `/api/v1/billing-documents?kind=invoice&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    let cursor: string | null = null;
    let page = 1;
    for (; page < DEEP_PAGE; page += 1) {
      const response = await fetch(`${base}${invoices(cursor)}`, { headers: { cookie: owner } });
      if (response.status !== 200) throw new Error(`invoices answered ${response.status}`);
      const next = ((await response.json()) as { nextCursor: string | null }).nextCursor;
      if (!next) break;
      cursor = next;
    }
    log(
      `  dataset: ${JSON.stringify(sizes)}; deep invoice page ${page}; the customer's account has ${customer.orders} orders`,
    );
    const context: FigureContext = { dataset: { ...sizes, customerOrders: customer.orders }, client: 'wrk -c1' };
    const all = {
      ...(await measurePair(
        base,
        ['invoices_page1', [invoices()], owner],
        ['invoices_deep_page', [invoices(cursor)], owner],
      )),
      ...(await measurePair(
        base,
        ['invoices_open_overdue', ['/api/v1/billing-documents?kind=invoice&status=sent&overdue=true&limit=50'], owner],
        ['my_tasks', ['/api/v1/tasks?assignee=me&limit=50'], agent],
      )),
      ...(await measurePair(
        base,
        ['my_orders_page1', ['/api/v1/orders?limit=20'], client],
        ['my_orders_search', ['/api/v1/orders?limit=20&q=sku-0'], client],
      )),
    };
    for (const [name, measured] of Object.entries(all))
      for (const p of ['p50', 'p95', 'p99'] as const)
        emitSpread(
          BENCH,
          `${name}_${p}`,
          measured.map((r) => r[p]),
          'ms',
          context,
        );
    const page1 = all.invoices_page1!;
    emitSpread(
      BENCH,
      'invoices_deep_vs_page1_p95',
      all.invoices_deep_page!.map((r, i) => r.p95 / page1[i]!.p95),
      'ratio',
      context,
    );
  } finally {
    await server.stop();
    await database.drop().catch(() => undefined);
  }
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  await portalListsBench();
  printTable();
  process.exit(0);
}
