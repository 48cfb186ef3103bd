// Endpoints integrators and other systems call, against the bare route, on PostgreSQL (issues 11, 14, 15, 16):
// - an authenticated request with a bearer token: GET /api/v1/me ÷ bare (issue 15);
// - the same request on a segment's custom domain ÷ on the main host: what resolving the segment from the Host
//   header costs (issue 14: "no measurable cost");
// - order upserts through the API, a new order per request (PUT by external id) ÷ bare (issue 16), and the same
//   one request at a time with what each costs the database (write-path.ts);
// - Stripe's webhook: a signed event checked (signature over the raw body) and acknowledged ÷ bare (issue 11). The
//   event is one the portal does not act on, so the figure is the check itself; settling a payment adds its
//   transaction (billing tests cover that path).
// The compiled server in its own process as in production (demo data + 10,000 accounts), wrk with 32 connections,
// each pair interleaved REPEATS times (min/median/max of the ratio). Run alone:
// `TEST_DATABASE_URL=postgres://... node --import tsx bench/endpoints.ts`.
import Stripe from 'stripe';
import type { Database } from '../src/server/platform/db/index.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';
import { emitSpread, interleaved, log, type FigureContext } from './lib.ts';
import { postgresUrl, signIn, startBenchServer, expectOk } from './server.ts';
import { loadClientName, runLoad, type HttpLoad, type LoadFigures } from './wrk.ts';
import { writePathFigures } from './write-path.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? '3');
const BENCH = 'endpoints-postgres';
const DOMAIN = 'portal.bench.example';
const WEBHOOK_SECRET = 'whsec_bench_bench_bench_bench';

/** The demo's self-service segment gets a custom domain and orders; returns an account of it. */
async function prepare(db: Database): Promise<string> {
  const { rows } = await db.query<{ segment_id: string; account_id: string }>(
    `SELECT s.id AS segment_id, a.id AS account_id FROM segments s JOIN accounts a ON a.segment_id = s.id
     WHERE s.name = 'Customers' ORDER BY a.created_at LIMIT 1`,
  );
  const target = rows[0];
  if (!target) throw new Error('demo segment "Customers" has no account');
  await db.query(
    `UPDATE segments SET modules = (SELECT array_agg(DISTINCT m) FROM unnest(modules || '{orders}'::text[]) m) WHERE id = $1`,
    [target.segment_id],
  );
  await db.query("INSERT INTO segment_domains (domain, segment_id, purpose) VALUES ($1, $2, 'portal')", [
    DOMAIN,
    target.segment_id,
  ]);
  return target.account_id;
}

async function createToken(base: string): Promise<string> {
  const owner = await signIn(base, 'owner@northwind.example', DEMO_PASSWORD);
  const response = await fetch(`${base}/api/v1/me/api-tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `${owner.cookie}; ${owner.csrfCookie}`,
      'x-csrf-token': owner.csrfToken,
    },
    body: JSON.stringify({ name: 'bench', scopes: ['read', 'write'] }),
  });
  if (response.status !== 201) throw new Error(`token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** An order as a store sends it; the Lua side swaps in its external id and number. */
const orderBody = (externalId: string) =>
  JSON.stringify({
    number: externalId,
    placedAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:05:00Z',
    status: 'paid',
    currency: 'EUR',
    lines: [
      { sku: 'SKU-00001', name: 'Desk lamp', quantity: 1, unitPrice: 4999, tax: 1000 },
      { sku: 'SKU-00002', name: 'Bulb', quantity: 2, unitPrice: 499, tax: 200 },
    ],
    shippingAddress: null,
    billingAddress: null,
    shipments: [],
  });

async function ratio(name: string, baseline: HttpLoad, target: HttpLoad, context: FigureContext) {
  const runs = await interleaved(
    REPEATS,
    () => runLoad(baseline),
    () => runLoad(target),
    (figures: LoadFigures) => {
      if (figures.errors) throw new Error(`${name}: ${figures.errors} of ${figures.requests} requests failed`);
      return figures.rps;
    },
  );
  emitSpread(BENCH, `${name}_vs_baseline`, runs.ratios, 'ratio', context);
  emitSpread(
    BENCH,
    `${name}_rps`,
    runs.targets.map((r) => r.rps),
    'req/s',
    context,
  );
  emitSpread(
    BENCH,
    `${name}_p95`,
    runs.targets.map((r) => r.p95Ms),
    'ms',
    context,
  );
  emitSpread(
    BENCH,
    `${name}_baseline_rps`,
    runs.baselines.map((r) => r.rps),
    'req/s',
    context,
  );
}

export async function endpointsBench() {
  log('\n== endpoints-postgres: bearer token, segment domain, order upserts, Stripe webhook (wrk, 32 connections)');
  if (!postgresUrl()) {
    log('  skipped: needs DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)');
    return;
  }
  if ((await loadClientName()) !== 'wrk') {
    log('  wrk is not installed (apt-get install wrk): skipped');
    return;
  }
  let accountId = '';
  const bench = await startBenchServer('postgres', {
    prepare: async (db) => {
      accountId = await prepare(db);
    },
    // The token's budget (600 a minute by default) would answer 429 within a second of load: raised, still counted.
    env: {
      STRIPE_SECRET_KEY: 'sk_test_bench',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      API_TOKEN_REQUESTS_PER_MINUTE: '100000000',
    },
  });
  try {
    const context: FigureContext = { dataset: { accounts: bench.accounts }, client: 'wrk -c32' };
    const token = await createToken(bench.url);
    const bearer = { authorization: `Bearer ${token}` };
    const me = `${bench.url}/api/v1/me`;
    await expectOk(me, bearer, (body) => typeof (body as { user?: { email?: unknown } }).user?.email === 'string');
    await expectOk(
      me,
      { ...bearer, host: DOMAIN },
      (body) => typeof (body as { user?: { email?: unknown } }).user?.email === 'string',
    );
    const bare: HttpLoad = { url: bench.bareUrl };

    await ratio('bearer_me', bare, { url: me, headers: bearer }, context);
    await ratio(
      'segment_domain_me',
      { url: me, headers: bearer },
      { url: me, headers: { ...bearer, host: DOMAIN } },
      context,
    );

    const upsert = await fetch(`${bench.url}/api/v1/accounts/${accountId}/orders/by-external-id/check-1`, {
      method: 'PUT',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: orderBody('check-1'),
    });
    if (upsert.status !== 201) throw new Error(`order upsert: ${upsert.status} ${await upsert.text()}`);
    const template = orderBody('__ID__');
    let round = 0;
    await ratio(
      'order_upsert',
      bare,
      {
        url: bench.url,
        method: 'PUT',
        headers: { ...bearer, 'content-type': 'application/json' },
        // Every request a new order: a run prefix (warm-up and runs never collide), the wrk thread and a counter.
        get requestScript() {
          round += 1;
          return (
            `local id = "r${round}-" .. thread_id .. "-" .. n; ` +
            `return "/api/v1/accounts/${accountId}/orders/by-external-id/" .. id, (${JSON.stringify(template)}):gsub("__ID__", id)`
          );
        },
      } as HttpLoad,
      context,
    );

    // The same write one request at a time: what it costs the database, without queueing.
    await writePathFigures(
      BENCH,
      'order_upsert',
      bench.database.env.DATABASE_URL!,
      async (i) => {
        const response = await fetch(`${bench.url}/api/v1/accounts/${accountId}/orders/by-external-id/seq-${i}`, {
          method: 'PUT',
          headers: { ...bearer, 'content-type': 'application/json' },
          body: orderBody(`seq-${i}`),
        });
        if (response.status !== 201) throw new Error(`order upsert: ${response.status} ${await response.text()}`);
      },
      context,
    );

    const stripe = new Stripe('sk_test_bench');
    const payload = JSON.stringify({
      id: 'evt_bench',
      object: 'event',
      type: 'payment_intent.created',
      data: { object: { id: 'pi_bench', object: 'payment_intent', metadata: {} } },
    });
    // Signed now: Stripe's tolerance is 5 minutes, and the runs take about one.
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const webhook: HttpLoad = {
      url: `${bench.url}/api/v1/billing/stripe-webhook`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: payload,
    };
    const check = await fetch(webhook.url, { method: 'POST', headers: webhook.headers, body: payload });
    if (check.status !== 200) throw new Error(`stripe webhook: ${check.status} ${await check.text()}`);
    await ratio('stripe_webhook', bare, webhook, context);
  } finally {
    await bench.close();
  }
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  await endpointsBench();
  printTable();
  process.exit(0);
}
