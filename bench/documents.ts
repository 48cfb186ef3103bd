// Uploads (T4): the same bytes written by `dd ... conv=fsync` and uploaded through the API to local disk (the
// server's DATA_DIR, so the same disk), interleaved, repeated: throughput ratio min/median/max, and the server's RSS
// growth while uploading. Streamed from a separate process over loopback. Then listing a folder of 10,000
// documents (page of 50), p50/p95/p99.
import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { emitSpread, interleaved, loadAverage, log, memoryOf, percentile } from './lib.ts';
import { signIn, startBenchServer } from './server.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';

const UPLOAD_MIB = Number(process.env.BENCH_UPLOAD_MIB ?? 512);
const UPLOAD_TARGET_RATIO = 0.7;
const run = promisify(execFile);

// The load process: streams `bytes` of generated data (1 MiB writes) as the request body and prints the status.
// It starts, connects and prints READY before the clock runs, and sends when it reads a line: the measured time
// is the upload's, not Node's start-up (a fresh node process costs 50-300 ms here, a fifth of a 512 MiB upload,
// where dd starts in a millisecond).
const UPLOADER = `
const http = require('node:http');
const [url, cookie, csrf, bytes] = process.argv.slice(1);
const chunk = Buffer.alloc(1024 * 1024, 7);
const request = http.request(url, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/octet-stream', 'content-length': bytes } }, (response) => {
  let body = '';
  response.on('data', (d) => { body += d; });
  response.on('end', () => { process.stdout.write(JSON.stringify({ status: response.statusCode, body: body.slice(0, 300) })); });
});
let sent = 0;
function write() {
  while (sent < Number(bytes)) { sent += chunk.length; if (!request.write(chunk)) return request.once('drain', write); }
  request.end();
}
request.flushHeaders();
process.stdout.write('READY\\n');
process.stdin.once('data', write);`;

/** Spawns the uploader and waits until it is connected; `start()` sends the body and resolves with the answer. */
async function prepareUploader(url: string, cookie: string, csrf: string, bytes: number) {
  const child = spawn(process.execPath, ['-e', UPLOADER, url, cookie, csrf, String(bytes)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  const finished = new Promise<{ status: number; body: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out.replace('READY\n', '')) as { status: number; body: string });
      } catch {
        reject(new Error(`uploader said: ${out}`));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => {
      out += data.toString();
      if (out.startsWith('READY\n')) resolve();
    });
    finished.then(() => reject(new Error(`uploader ended before it was ready: ${out}`)), reject);
  });
  return {
    start() {
      child.stdin.end('go\n');
      return finished;
    },
  };
}

export async function documentsBench() {
  const bench = 'uploads-embedded';
  log(`\n== ${bench}: ${UPLOAD_MIB} MiB upload vs dd conv=fsync on the same disk; listing 10,000 documents`);
  let acme = '';
  let folderId = '';
  const server = await startBenchServer('embedded', {
    accounts: 0,
    // 10,000 documents in one folder, inserted in SQL (their bytes do not matter to a listing).
    prepare: async (db) => {
      acme = (await db.query<{ id: string }>("SELECT id FROM accounts WHERE name = 'Acme Manufacturing'")).rows[0]!.id;
      folderId = (
        await db.query<{ id: string }>("SELECT id FROM document_folders WHERE account_id = $1 AND name = 'Payroll'", [
          acme,
        ])
      ).rows[0]!.id;
      await db.query(
        `WITH docs AS (SELECT gen_random_uuid() AS id, gen_random_uuid() AS version_id, g FROM generate_series(1, 10000) g),
         d AS (INSERT INTO documents (id, account_id, folder_id, area, name, current_version_id) SELECT id, $1, $2, 'shared', 'Payslip ' || g || '.pdf', version_id FROM docs)
         INSERT INTO document_versions (id, document_id, account_id, number, name, storage_key, size_bytes, sha256, content_type, preview_kind)
         SELECT version_id, id, $1, 1, 'Payslip ' || g || '.pdf', 'documents/bench/' || id, 1000, repeat('0', 64), 'application/pdf', 'pdf' FROM docs`,
        [acme, folderId],
      );
      await db.query('ANALYZE documents');
      await db.query('ANALYZE document_versions');
    },
  });
  try {
    const owner = await signIn(server.url, 'owner@northwind.example', DEMO_PASSWORD);
    const cookie = `${owner.cookie}; ${owner.csrfCookie}`;
    const bytes = UPLOAD_MIB * 1024 * 1024;
    const plainPath = join(server.database.dataDir, 'dd-write.bin');
    const pid = server.server.pid;
    const growth: number[] = [];
    let upload = 0;
    // Each side starts with no dirty pages of the other's in the page cache (`sync`, not timed): otherwise the
    // writeback of the last file lands in the next measurement, which made dd swing from 213 to 1,348 MiB/s.
    const settle = () => run('sync');
    const dd = async () => {
      await settle();
      const started = performance.now();
      await run('dd', ['if=/dev/zero', `of=${plainPath}`, 'bs=1M', `count=${UPLOAD_MIB}`, 'conv=fsync']);
      const seconds = (performance.now() - started) / 1000;
      rmSync(plainPath);
      return UPLOAD_MIB / seconds;
    };
    const api = async () => {
      await settle();
      upload += 1;
      const uploader = await prepareUploader(
        `${server.url}/api/v1/accounts/${acme}/documents?name=big-${upload}.bin`,
        cookie,
        owner.csrfToken,
        bytes,
      );
      const rssBefore = memoryOf(pid).rssMb;
      let rssPeak = rssBefore;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, memoryOf(pid).rssMb)), 20);
      const started = performance.now();
      const result = await uploader.start();
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      if (result.status !== 201) throw new Error(`upload answered ${result.status}: ${result.body}`);
      growth.push(rssPeak - rssBefore);
      return UPLOAD_MIB / seconds;
    };
    const repeats = Number(process.env.BENCH_REPEATS ?? 3);
    const { ratios, baselines, targets } = await interleaved(repeats, dd, api, (mibPerSecond) => mibPerSecond);
    const context = { dataset: { upload_mib: UPLOAD_MIB }, engine: 'embedded' };
    const ratio = emitSpread(bench, 'upload_vs_dd_fsync', ratios, 'ratio', context);
    emitSpread(bench, 'upload_throughput', targets, 'MiB/s', context);
    emitSpread(bench, 'dd_fsync_throughput', baselines, 'MiB/s', context);
    emitSpread(bench, 'upload_rss_growth', growth, 'MB', context);
    log(
      `  upload ${ratios.map((r) => r.toFixed(2)).join(' ')} × dd (target ≥ ${UPLOAD_TARGET_RATIO}: ${ratio >= UPLOAD_TARGET_RATIO ? 'met' : 'NOT MET'}), ` +
        `RSS +${growth.map((g) => g.toFixed(0)).join(' ')} MB, load average ${loadAverage()}`,
    );

    const timings: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 200; i += 1) {
      const url = `${server.url}/api/v1/accounts/${acme}/documents?folderId=${folderId}&limit=50${cursor ? `&cursor=${cursor}` : ''}`;
      const t0 = performance.now();
      const response = await fetch(url, { headers: { cookie: owner.cookie } });
      const page = (await response.json()) as { items: unknown[]; nextCursor: string | null };
      timings.push(performance.now() - t0);
      if (response.status !== 200 || page.items.length === 0) throw new Error(`listing answered ${response.status}`);
      cursor = page.nextCursor;
    }
    const listing = { dataset: { documents_in_folder: 10_000 }, engine: 'embedded' };
    // One sequential client: each percentile over 200 pages, a single run.
    for (const p of [50, 95, 99]) emitSpread(bench, `list_10k_folder_p${p}`, [percentile(timings, p)], 'ms', listing);
  } finally {
    await server.close();
  }
}
