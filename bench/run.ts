// `npm run bench [-- NAME...]`: the benchmarks named (all of them without a name), in one run on this machine so
// ratios compare like with like. One JSON figure per line on stdout, each also appended to
// docs/bench/<date>.jsonl (BENCH_OUT=path to change, BENCH_OUT= to skip); progress and the closing table on stderr.
// To add a benchmark: one entry in BENCHES (name, what it measures, the function).
import { availableParallelism, loadavg } from 'node:os';
import { allFigures, emit, log, printTable, setFigureFile } from './lib.ts';
import { loadClientName } from './wrk.ts';

type Bench = { about: string; run: () => Promise<void> };

const BENCHES: Record<string, Bench> = {
  throughput: {
    about: 'bare route vs /me and /accounts, both engines (separate production process, wrk)',
    run: async () => (await import('./throughput.ts')).throughputBenches(),
  },
  'slow-query': {
    about: '/livez, /me and /readyz during a slow report (embedded)',
    run: async () => (await import('./slow-query.ts')).slowQueryBench(),
  },
  conversations: {
    about: 'message posting and live delivery, both engines',
    run: async () => (await import('./conversations.ts')).conversationsBenches(),
  },
  start: {
    about: 'first and later start of the compiled server: time to ready, RSS; PGlite alone',
    run: async () => (await import('./cold-start.ts')).coldStartBench(),
  },
  uploads: {
    about: 'upload throughput vs dd with fsync to the same disk, RSS growth; folder listing',
    run: async () => (await import('./documents.ts')).documentsBench(),
  },
  processes: {
    about: 'n = 1, 2, 4 processes on one PostgreSQL, DB-bound endpoint, PostgreSQL and Node CPU',
    run: async () => (await import('./processes.ts')).processesBench(),
  },
  me: {
    about: 'authenticated /me vs the bare route, both engines, with CPU profile (issue 10 item 1)',
    run: async () => (await import('./me-overhead.ts')).meOverheadBenches(),
  },
  posting: {
    about: 'posting messages, 1 vs 16 connections, PostgreSQL (wrk), with Node and PostgreSQL CPU per post',
    run: async () => (await import('./posting.ts')).postingBench(),
  },
  live: {
    about: '10,000 live streams with their own sessions: heap per idle stream, delivery, posting 1 vs 16',
    run: async () => (await import('./live.ts')).liveBench(),
  },
  'queue-kb': {
    about: 'ticket queue pages and knowledge-base search with typo recall over wrk (large seed)',
    run: async () =>
      (await import('./queue-kb.ts')).queueKbBench(process.env.BENCH_LARGE_DATABASE_URL ? 'postgres' : 'embedded'),
  },
  'report-rollups': {
    about: 'support report on the large seed (default scale 0.1): base tables vs rollups, and over wrk',
    run: async () => (await import('./report-rollups.ts')).reportRollupsBenches(),
  },
  obligations: {
    about: 'one account’s obligations timeline (10,000 items) and "waiting on us" across accounts, on PostgreSQL',
    run: async () => (await import('./obligations.ts')).obligationsBench(),
  },
  'portal-lists': {
    about: 'invoices, "my tasks" and "my orders" on the large seed (default scale 0.1), PostgreSQL, wrk',
    run: async () => (await import('./portal-lists.ts')).portalListsBench(),
  },
  endpoints: {
    about: 'bearer token, segment domain, order upserts and Stripe webhook vs the bare route, PostgreSQL, wrk',
    run: async () => (await import('./endpoints.ts')).endpointsBench(),
  },
  'pdf-rate': {
    about: 'invoice PDFs (12 lines, two taxes) rendered per second per core with the real renderer, in-process',
    run: async () => (await import('./billing-scale.ts')).pdfRateBench(),
  },
  'recurring-run': {
    about:
      'recurring run billing BENCH_RECURRING_SUBSCRIPTIONS (default 100,000) subscriptions on PostgreSQL: s per 10,000, no duplicates',
    run: async () => (await import('./billing-scale.ts')).recurringRunBench(),
  },
  'forms-submit': {
    about: 'a 50-field form submitted by a client vs the bare route, PostgreSQL, wrk',
    run: async () => (await import('./forms-submit.ts')).formsSubmitBench(),
  },
  'signature-finalize': {
    about: 'finalizing a 20-page PDF with two signers: stamping, certificate page, seal, SHA-256 (in process)',
    run: async () => (await import('./signature-finalize.ts')).signatureFinalizeBench(),
  },
  'onboarding-overview': {
    about: 'staff onboarding overview of 500 accounts in progress: first page and status filters, PostgreSQL, wrk',
    run: async () => (await import('./onboarding-overview.ts')).onboardingOverviewBench(),
  },
  'kb-relevance': {
    about: 'knowledge-base relevance on the demo data',
    run: async () => (await import('./kb-relevance.ts')).demoRelevanceBench('embedded'),
  },
  import: {
    about: 'CSV import of 100,000 rows (accounts with a person each), 3 runs: rows/s of the dry run and the import',
    run: async () =>
      (await import('./import.ts')).importBench(
        process.env.BENCH_IMPORT_ENGINE === 'embedded' ? 'embedded' : 'postgres',
        Number(process.env.BENCH_IMPORT_ROWS ?? 100_000),
        Number(process.env.BENCH_IMPORT_RUNS ?? 3),
      ),
  },
  webhooks: {
    about:
      'signed webhook deliveries to a receiver process: N events x M endpoints, deliveries/s, event-to-receipt p95',
    run: async () => {
      const { webhooksBench } = await import('./webhooks.ts');
      const [events, endpoints, runs] = [
        Number(process.env.BENCH_WEBHOOK_EVENTS ?? 200),
        Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 5),
        Number(process.env.BENCH_WEBHOOK_RUNS ?? 3),
      ];
      if (process.env.TEST_DATABASE_URL) await webhooksBench('postgres', events, endpoints, runs);
      await webhooksBench('embedded', events, endpoints, runs);
    },
  },
  emails: {
    about: 'templated email: catalogue render, render + queue, an edited template at send (embedded, one core)',
    run: async () => (await import('./emails.ts')).emailsBench(),
  },
  'data-export': {
    about: "a heavy user's data export at 1× and 4× the activity: seconds and memory growth (streamed), --expose-gc",
    run: async () =>
      (await import('./data-export.ts')).dataExportBench(
        process.env.BENCH_EXPORT_ENGINE === 'postgres' ? 'postgres' : 'embedded',
      ),
  },
  'self-service': {
    about: 'knowledge-base search and ticket queue on the large seed (default scale 0.1)',
    run: async () => (await import('./self-service.ts')).selfServiceBenches(),
  },
};

const names = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
if (process.argv.includes('--help') || names.some((name) => !(name in BENCHES))) {
  const unknown = names.filter((name) => !(name in BENCHES));
  if (unknown.length) log(`unknown bench: ${unknown.join(', ')}`);
  log('npm run bench [-- NAME...]\n');
  for (const [name, bench] of Object.entries(BENCHES)) log(`  ${name.padEnd(16)} ${bench.about}`);
  process.exit(unknown.length ? 2 : 0);
}

const date = new Date().toISOString().slice(0, 10);
setFigureFile(process.env.BENCH_OUT ?? `docs/bench/${date}.jsonl`);
const started = performance.now();
log(
  `Portico benchmarks: node ${process.version}, ${availableParallelism()} cores, load client ${await loadClientName()}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (the machine is shared: every figure carries the load average at its time)`,
);
let failed = false;
for (const name of names.length ? names : Object.keys(BENCHES)) {
  try {
    await BENCHES[name]!.run();
  } catch (error) {
    failed = true;
    log(`\nbench ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
emit('run', 'total_time', (performance.now() - started) / 1000, 's');
printTable();
log(`${allFigures().length} figures`);
process.exit(failed ? 1 : 0);
