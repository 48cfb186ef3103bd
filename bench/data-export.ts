// The data export of a heavy user (issue 16, GDPR Art. 15/20): time to build the zip and the process's memory
// growth while it is built, for two people of the same database, one with 4× the other's activity (messages,
// tickets, audit events, uploaded documents), exports interleaved small/large, ≥ 3 runs each. A streamed export
// keeps the memory growth flat as the data grows. Runs in a child process started with --expose-gc, so each reading
// starts from a collected heap; RSS is sampled every 5 ms during the build. Embedded by default, PostgreSQL with
// BENCH_EXPORT_ENGINE=postgres and TEST_DATABASE_URL. Orders and invoices belong to accounts, not to the person,
// and are not in a person's export (see docs/DATA-RIGHTS.md), so they are not in the dataset.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, emitSpread, log } from './lib.ts';

type Engine = 'embedded' | 'postgres';
interface Dataset {
  messages: number;
  tickets: number;
  auditEvents: number;
  files: number;
  fileBytes: number;
}
interface Run {
  size: 'small' | 'large';
  seconds: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
  zipMb: number;
}

const datasetOf = (scale: number): Dataset => ({
  messages: 20_000 * scale,
  tickets: 100 * scale,
  auditEvents: 5_000 * scale,
  files: 20 * scale,
  fileBytes: 64 * 1024,
});

export async function dataExportBench(engine: Engine = 'embedded', repeats = 3) {
  const bench = `data-export-${engine}`;
  log(`\n== ${bench}: a heavy user's export at two sizes (1× and 4×), ${repeats} interleaved runs each`);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/data-export.ts', '--child', engine, String(repeats)],
      { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
    );
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`child exited with ${code}`))));
  });
  const line = output.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result from the child: ${output.slice(-500)}`);
  const { runs, datasets } = JSON.parse(line.slice(7)) as { runs: Run[]; datasets: Record<string, Dataset> };
  for (const size of ['small', 'large'] as const) {
    const mine = runs.filter((run) => run.size === size);
    const context = { size, ...datasets[size]! };
    emitSpread(
      bench,
      `export_seconds_${size}`,
      mine.map((run) => run.seconds),
      's',
      context,
    );
    emitSpread(
      bench,
      `rss_growth_${size}`,
      mine.map((run) => run.rssGrowthMb),
      'MiB',
      context,
    );
    emitSpread(
      bench,
      `heap_growth_${size}`,
      mine.map((run) => run.heapGrowthMb),
      'MiB',
      context,
    );
    emit(bench, `zip_size_${size}`, mine[0]!.zipMb, 'MiB', context);
  }
}

/** In the child: seeds the demo and two heavy users, then builds their exports alternately. */
async function child(engine: Engine, repeats: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const { buildApp } = await import('../src/server/app.ts');
  const { loadConfig } = await import('../src/server/config.ts');
  const { migrate } = await import('../src/server/platform/db/index.ts');
  const { createLogger } = await import('../src/server/platform/logger.ts');
  const { createContext } = await import('../src/server/platform/start.ts');
  const { newId } = await import('../src/server/platform/ids.ts');
  const { buildDataExport } = await import('../src/server/modules/identity/index.ts');
  const { seedDemo } = await import('../src/server/seed/demo.ts');
  const { insertTicketThread } = await import('../src/server/modules/tickets/engine.ts');
  const { insertTicket } = await import('../src/server/modules/tickets/repository.ts');
  const { openTestDatabase } = await import('../test/support/harness.ts');
  const { HttpClient } = await import('../test/support/http-client.ts');

  const workDir = mkdtempSync(join(tmpdir(), 'portico-bench-export-'));
  const { db, drop } = await openTestDatabase(
    engine,
    engine === 'embedded' ? { dataDir: join(workDir, 'db') } : { schemaPrefix: 'portico_bench_export' },
  );
  try {
    await migrate(db);
    const config = loadConfig({
      NODE_ENV: 'production',
      SECRET: 'bench-secret-bench-secret-bench-secret',
      DATA_DIR: workDir,
      LOG_LEVEL: 'silent',
      BASE_URL: 'http://127.0.0.1',
      UPLOADS_PER_MINUTE_PER_USER: '100000',
      UPLOADS_PER_MINUTE_PER_ACCOUNT: '100000',
    });
    const ctx = await createContext(config, db, createLogger('silent'));
    const demo = await seedDemo(ctx);
    await db.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
    const { app } = await buildApp(ctx, { webRoot: null });
    const acme = (await db.query<{ id: string }>("SELECT id FROM accounts WHERE name = 'Acme Manufacturing'")).rows[0]!
      .id;
    const datasets = { small: datasetOf(1), large: datasetOf(4) };
    const people = { small: 'alice@acme.example', large: 'adam@acme.example' } as const;
    const userIds: Record<string, string> = {};
    for (const size of ['small', 'large'] as const) {
      const data = datasets[size];
      const client = new HttpClient(app);
      const signIn = await client.post('/api/v1/auth/sign-in', { email: people[size], password: demo.password });
      if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
      const userId = (await db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [people[size]])).rows[0]!
        .id;
      userIds[size] = userId;
      const thread = await client.post(`/api/v1/accounts/${acme}/threads`, { subject: `Heavy ${size}`, body: 'Hi' });
      if (thread.statusCode !== 201) throw new Error(`thread: ${thread.body}`);
      const threadId = thread.json().id as string;
      // Messages and audit events in bulk (their shape is all the export reads); tickets and files through the API.
      await db.query(
        `INSERT INTO messages (id, thread_id, account_id, author_id, body, created_at)
         SELECT gen_random_uuid(), $1, $2, $3, repeat('A message of some length about the quarterly figures. ', 6),
                now() - (n || ' seconds')::interval
           FROM generate_series(1, $4::int) AS n`,
        [threadId, acme, userId, data.messages],
      );
      await db.query(
        `INSERT INTO audit_events (id, occurred_at, action, actor_user_id, actor_label, target_type, target_id, details)
         SELECT gen_random_uuid(), now() - (n || ' seconds')::interval, 'document.downloaded', $1, $2, 'document',
                gen_random_uuid()::text, '{"bench": true}'::jsonb
           FROM generate_series(1, $3::int) AS n`,
        [userId, people[size], data.auditEvents],
      );
      // Tickets as the demo seed writes them (the API's per-person message rate limit would stop a bulk load).
      const segmentId = (await db.query<{ id: string }>("SELECT id FROM segments WHERE name = 'Clients'")).rows[0]!.id;
      for (let n = 0; n < data.tickets; n += 1) {
        const id = newId();
        const at = new Date(Date.now() - n * 60_000);
        await insertTicketThread(db, { id, accountId: acme, subject: `Question ${n}`, createdBy: userId, now: at });
        await insertTicket(db, {
          id,
          accountId: acme,
          segmentId,
          requesterId: userId,
          status: 'new',
          priority: 'normal',
          assigneeId: null,
          groupId: null,
          tags: [],
          customFields: {},
          channel: 'web',
          now: at,
        });
      }
      const bytes = Buffer.alloc(data.fileBytes, 7);
      for (let n = 0; n < data.files; n += 1) {
        const url = `/api/v1/accounts/${acme}/documents?name=${encodeURIComponent(`${size}-file-${n}.bin`)}`;
        const uploaded = await client.request('POST', url, bytes, { 'content-type': 'application/octet-stream' });
        if (uploaded.statusCode !== 201) throw new Error(`upload: ${uploaded.body}`);
      }
      process.stderr.write(`  ${size}: ${JSON.stringify(data)} seeded\n`);
    }
    await ctx.background.idle();

    const runs: Run[] = [];
    for (let run = 0; run < repeats + 1; run += 1) {
      for (const size of ['small', 'large'] as const) {
        const exportId = newId();
        await db.query(
          "INSERT INTO data_exports (id, user_id, status, requested_at) VALUES ($1, $2, 'pending', now())",
          [exportId, userIds[size]],
        );
        gc();
        gc();
        const base = process.memoryUsage();
        let peakRss = base.rss;
        let peakHeap = base.heapUsed;
        const sampler = setInterval(() => {
          const now = process.memoryUsage();
          peakRss = Math.max(peakRss, now.rss);
          peakHeap = Math.max(peakHeap, now.heapUsed);
        }, 5);
        const started = performance.now();
        // The job's row is not read by this handler; the bench calls it as the job runner would.
        await buildDataExport(ctx, { exportId, userId: userIds[size] }, {} as never, new AbortController().signal);
        const seconds = (performance.now() - started) / 1000;
        clearInterval(sampler);
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed);
        const size_bytes = (
          await db.query<{ size_bytes: string }>(
            "SELECT size_bytes FROM data_exports WHERE id = $1 AND status = 'ready'",
            [exportId],
          )
        ).rows[0]?.size_bytes;
        if (!size_bytes) throw new Error('the export did not finish');
        const MB = 1024 * 1024;
        // The first round warms the code paths and the database's caches: not counted.
        if (run > 0)
          runs.push({
            size,
            seconds,
            rssGrowthMb: (peakRss - base.rss) / MB,
            heapGrowthMb: (peakHeap - base.heapUsed) / MB,
            zipMb: Number(size_bytes) / MB,
          });
        process.stderr.write(
          `  run ${run} ${size}: ${seconds.toFixed(2)} s, rss +${((peakRss - base.rss) / MB).toFixed(1)} MiB\n`,
        );
      }
    }
    process.stdout.write(`RESULT ${JSON.stringify({ runs, datasets })}\n`);
    await app.close();
    await ctx.background.idle();
  } finally {
    await drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3] === 'postgres' ? 'postgres' : 'embedded', Number(process.argv[4] ?? 3));
  process.exit(0);
} else if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  // Run alone: `node --import tsx bench/data-export.ts [embedded|postgres] [repeats]`.
  const { printTable } = await import('./lib.ts');
  await dataExportBench(process.argv[2] === 'postgres' ? 'postgres' : 'embedded', Number(process.argv[3] ?? 3));
  printTable();
  process.exit(0);
}
