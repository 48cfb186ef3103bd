// CSV import at scale (issue 15): a file of accounts, each with one person (100,000 rows by default), uploaded and
// run as the console does it (upload, run, follow the job), dry run then import, `BENCH_IMPORT_RUNS` times (3 by
// default), on PostgreSQL (TEST_DATABASE_URL; BENCH_IMPORT_ENGINE=embedded for PGlite). Each run imports a new file
// into the same portal, so run k starts with (k-1) x rows accounts already there (in the figures' dataset).
// Figures, min/median/max over the runs with the load average: rows per second of the dry run and of the import,
// their seconds, and the process's peak RSS (the file is streamed, never held whole).
import { emit, emitSpread, log, loadAverage } from './lib.ts';
import { HttpClient } from '../test/support/http-client.ts';
import { withDemoPortal } from './portal.ts';
import type { Engine } from './server.ts';

function csvOf(rows: number, prefix: string) {
  const lines = ['External ID,Company,Segment,Email,Name,Role,Language'];
  for (let n = 1; n <= rows; n += 1)
    lines.push(`${prefix}-${n},Company ${prefix} ${n},Clients,person${n}@${prefix}.example,Person ${n},member,en`);
  return `${lines.join('\r\n')}\r\n`;
}

const MAPPING = {
  externalId: 'External ID',
  accountName: 'Company',
  segment: 'Segment',
  email: 'Email',
  personName: 'Name',
  role: 'Role',
  language: 'Language',
};

export async function importBench(engine: Engine = 'postgres', rows = 100_000, runs = 3) {
  const bench = `import-${engine}`;
  log(`\n== ${bench}: ${rows} rows (accounts with one person each), dry run then import, ${runs} runs`);
  await withDemoPortal(engine, 'import', async ({ app, ctx, demo }) => {
    const owner = new HttpClient(app);
    const signIn = await owner.post('/api/v1/auth/sign-in', {
      email: 'owner@northwind.example',
      password: demo.password,
    });
    if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
    const seconds = { upload: [] as number[], dry_run: [] as number[], import: [] as number[] };
    const loads: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const uploadStarted = performance.now();
      const upload = await owner.post('/api/v1/imports?fileName=bench.csv', csvOf(rows, `bench${run}`), {
        'content-type': 'text/csv',
      });
      if (upload.statusCode !== 201) throw new Error(`upload failed: ${upload.body}`);
      seconds.upload.push((performance.now() - uploadStarted) / 1000);
      const id = upload.json().id as string;
      for (const dryRun of [true, false]) {
        const started = performance.now();
        const started202 = await owner.post(`/api/v1/imports/${id}/run`, { dryRun, mapping: MAPPING });
        if (started202.statusCode !== 202) throw new Error(`run failed: ${started202.body}`);
        await ctx.background.idle();
        const done = (await owner.get(`/api/v1/imports/${id}`)).json();
        if (done.status !== 'done' || done.counts.accountsCreated !== rows)
          throw new Error(`import did not finish: ${JSON.stringify(done).slice(0, 500)}`);
        const took = (performance.now() - started) / 1000;
        seconds[dryRun ? 'dry_run' : 'import'].push(took);
        log(
          `  run ${run}: ${dryRun ? 'dry run' : 'import'} ${rows} rows in ${took.toFixed(1)} s (load ${loadAverage()})`,
        );
      }
      loads.push(loadAverage());
    }
    const context = { dataset: { rows }, engine, loadavgs: loads };
    for (const what of ['dry_run', 'import'] as const) {
      emitSpread(
        bench,
        `${what}_rows_per_second`,
        seconds[what].map((s) => rows / s),
        'rows/s',
        context,
      );
      emitSpread(bench, `${what}_seconds`, seconds[what], 's', context);
    }
    emitSpread(bench, 'upload_and_check_seconds', seconds.upload, 's', context);
    // maxRSS is the process's peak resident set (KiB), PGlite's worker included when embedded.
    emit(bench, 'peak_rss', process.resourceUsage().maxRSS / 1024, 'MiB', { dataset: { rows }, engine });
  });
}

// Run alone: `node --import tsx bench/import.ts [postgres|embedded] [rows] [runs]`.
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  const engine = process.argv[2] === 'embedded' ? 'embedded' : 'postgres';
  await importBench(engine, Number(process.argv[3] ?? 100_000), Number(process.argv[4] ?? 3));
  printTable();
  process.exit(0);
}
