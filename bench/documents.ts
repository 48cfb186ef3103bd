// Documents: a 1 GiB upload through the API to local disk, streamed from a separate process over loopback,
// as a ratio of a plain disk write of the same bytes in this run, with the server's peak RSS growth during it;
// and listing a folder of 10,000 documents (page of 50), p50/p95.
import { spawn } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { emit, log, percentile } from './lib.ts';
import { startBenchServer } from './server.ts';

const UPLOAD_BYTES = 1024 ** 3;
const CHUNK = Buffer.alloc(1024 * 1024, 7);
const UPLOAD_TARGET_RATIO = 0.7;
const RSS_TARGET_MB = 64;

function generated(bytes: number) {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) return void this.push(null);
      sent += CHUNK.length;
      this.push(CHUNK);
    },
  });
}

// The load process: streams `bytes` of generated data as the request body and prints the status.
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
write();`;

function runUploader(
  url: string,
  cookie: string,
  csrf: string,
  bytes: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', UPLOADER, url, cookie, csrf, String(bytes)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (data: Buffer) => {
      out += data.toString();
    });
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`uploader said: ${out}`));
      }
    });
  });
}

export async function documentsBench() {
  const bench = 'documents';
  log(`\n== ${bench}: 1 GiB upload to local disk, listing 10,000 documents`);
  const server = await startBenchServer('embedded', { accounts: 0 });
  try {
    const { ctx } = server;
    const acme = (await ctx.db.query<{ id: string }>("SELECT id FROM accounts WHERE name = 'Acme Manufacturing'"))
      .rows[0]!.id;
    const session = await fetch(`${server.url}/api/v1/session`, { headers: { cookie: server.ownerCookie } });
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    const csrfCookie = /portico_csrf=([^;]+)/.exec(session.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const cookie = `${server.ownerCookie}; portico_csrf=${csrfCookie}`;

    // Baseline: the same bytes written (and fsynced, as the local driver does) to the same disk.
    const plainPath = join(ctx.config.dataDir, 'plain-write.bin');
    let started = performance.now();
    await pipeline(generated(UPLOAD_BYTES), createWriteStream(plainPath, { flush: true }));
    const plainSeconds = (performance.now() - started) / 1000;
    rmSync(plainPath);

    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 20);
    started = performance.now();
    const result = await runUploader(
      `${server.url}/api/v1/accounts/${acme}/documents?name=big.bin`,
      cookie,
      csrf,
      UPLOAD_BYTES,
    );
    const uploadSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (result.status !== 201) throw new Error(`upload answered ${result.status}: ${result.body}`);
    const mib = UPLOAD_BYTES / 1024 ** 2;
    emit(bench, 'plain_write_throughput', mib / plainSeconds, 'MiB/s');
    emit(bench, 'upload_throughput', mib / uploadSeconds, 'MiB/s');
    const ratio = emit(bench, 'upload_vs_plain_write', plainSeconds / uploadSeconds, 'ratio');
    const growth = emit(bench, 'upload_rss_growth', (rssPeak - rssBefore) / 1024 ** 2, 'MB');
    log(
      `  upload ${ratio} of a plain write (target ≥ ${UPLOAD_TARGET_RATIO}: ${ratio >= UPLOAD_TARGET_RATIO ? 'met' : 'NOT MET'}), ` +
        `RSS +${growth} MB (target < ${RSS_TARGET_MB}: ${growth < RSS_TARGET_MB ? 'met' : 'NOT MET'})`,
    );

    // 10,000 documents in one folder, inserted in SQL (their bytes do not matter to a listing).
    const folderId = (
      await ctx.db.query<{ id: string }>("SELECT id FROM document_folders WHERE account_id = $1 AND name = 'Payroll'", [
        acme,
      ])
    ).rows[0]!.id;
    await ctx.db.query(
      `WITH docs AS (SELECT gen_random_uuid() AS id, gen_random_uuid() AS version_id, g FROM generate_series(1, 10000) g),
       d AS (INSERT INTO documents (id, account_id, folder_id, area, name, current_version_id) SELECT id, $1, $2, 'shared', 'Payslip ' || g || '.pdf', version_id FROM docs)
       INSERT INTO document_versions (id, document_id, account_id, number, name, storage_key, size_bytes, sha256, content_type, preview_kind)
       SELECT version_id, id, $1, 1, 'Payslip ' || g || '.pdf', 'documents/bench/' || id, 1000, repeat('0', 64), 'application/pdf', 'pdf' FROM docs`,
      [acme, folderId],
    );
    await ctx.db.query('ANALYZE documents');
    await ctx.db.query('ANALYZE document_versions');
    const timings: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 200; i += 1) {
      const url = `${server.url}/api/v1/accounts/${acme}/documents?folderId=${folderId}&limit=50${cursor ? `&cursor=${cursor}` : ''}`;
      const t0 = performance.now();
      const response = await fetch(url, { headers: { cookie: server.ownerCookie } });
      const page = (await response.json()) as { items: unknown[]; nextCursor: string | null };
      timings.push(performance.now() - t0);
      if (response.status !== 200 || page.items.length === 0) throw new Error(`listing answered ${response.status}`);
      cursor = page.nextCursor;
    }
    emit(bench, 'list_10k_folder_p50', percentile(timings, 50), 'ms');
    emit(bench, 'list_10k_folder_p95', percentile(timings, 95), 'ms');
  } finally {
    await server.close();
  }
}
