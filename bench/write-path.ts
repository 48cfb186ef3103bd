// What one write request costs, sent one at a time (issues 10, 13, 16: order upserts and form submissions were
// slow with the server's CPU partly idle, no slow statement and no lock wait). Under wrk the figure mixes the path
// with queueing; here each request runs alone, and the database says what it did:
// - sequential latency, p50 and p95 of COUNT requests sent one after another;
// - write transactions per request (the advance of the next transaction id: only a transaction that writes takes
//   one), the request's own and those of the background jobs it queued, which are waited for;
// - WAL flushes per request (pg_stat_wal.wal_sync): a commit that wrote anything waits for one, unless a
//   concurrent commit's flush covers it.
// Both are server-wide: on a shared machine other databases' writes add to them (the load average is printed);
// - the disk's flush rate: 8 KiB written and fdatasync'ed in a loop, as PostgreSQL's WAL does on commit
//   (wal_sync_method fdatasync), in the system's temporary directory (put it on PostgreSQL's disk if they differ).
// Sequential latency ≈ flushes per request × the flush time + the round trips: that split is what the figures show.
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { emitSpread, percentile, sleep, type FigureContext } from './lib.ts';

const COUNT = 40;
const ROUNDS = 3;

/** PostgreSQL 15 flushes a backend's statistics at most every 10 s while it idles: wait that long for them. */
const STATS_LAG_MS = 11_000;

interface Counters {
  writeTransactions: number;
  walSyncs: number;
}

/** Reads without taking a transaction id itself (pg_current_xact_id would). */
async function counters(db: pg.Client): Promise<Counters> {
  await db.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await db.query<{ next_xid: string; wal_syncs: string }>(
    'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next_xid, (SELECT wal_sync FROM pg_stat_wal) AS wal_syncs',
  );
  return { writeTransactions: Number(rows[0]!.next_xid), walSyncs: Number(rows[0]!.wal_syncs) };
}

/** Waits until no job is due or running (the fan-out and mail jobs a write queued), at most 30 s. */
async function drainJobs(db: pg.Client) {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const { rows } = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM jobs WHERE status = 'running' OR (status = 'queued' AND run_at <= now())",
    );
    if (rows[0]!.n === '0') return;
    await sleep(50);
  }
}

/** fdatasync calls per second on an 8 KiB write, over about a second. */
function flushRate(): number {
  const path = join(tmpdir(), `portico-bench-flush-${process.pid}`);
  const fd = openSync(path, 'w');
  const page = Buffer.alloc(8192, 1);
  try {
    let count = 0;
    const started = performance.now();
    while (performance.now() - started < 1000) {
      writeSync(fd, page, 0, page.length, 0);
      fdatasyncSync(fd);
      count += 1;
    }
    return (count * 1000) / (performance.now() - started);
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
}

/** `send(i)` makes the i-th request (a distinct write each time) and throws unless it succeeded. */
export async function writePathFigures(
  bench: string,
  name: string,
  databaseUrl: string,
  send: (i: number) => Promise<void>,
  context: FigureContext,
) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const p50: number[] = [];
  const p95: number[] = [];
  const writes: number[] = [];
  const walSyncs: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      await drainJobs(db);
      await sleep(STATS_LAG_MS);
      const before = await counters(db);
      const times: number[] = [];
      for (let i = 0; i < COUNT; i += 1) {
        const started = performance.now();
        await send(round * COUNT + i);
        times.push(performance.now() - started);
      }
      await drainJobs(db);
      await sleep(STATS_LAG_MS);
      const after = await counters(db);
      p50.push(percentile(times, 50));
      p95.push(percentile(times, 95));
      writes.push((after.writeTransactions - before.writeTransactions) / COUNT);
      walSyncs.push((after.walSyncs - before.walSyncs) / COUNT);
    }
  } finally {
    await db.end();
  }
  const ctx = { ...context, client: `sequential, ${COUNT} requests per round` };
  emitSpread(bench, `${name}_sequential_p50`, p50, 'ms', ctx);
  emitSpread(bench, `${name}_sequential_p95`, p95, 'ms', ctx);
  emitSpread(bench, `${name}_write_transactions_per_request`, writes, 'transactions', ctx);
  emitSpread(bench, `${name}_wal_flushes_per_request`, walSyncs, 'flushes', ctx);
  emitSpread(bench, 'disk_fdatasync_rate', [flushRate(), flushRate(), flushRate()], 'flushes/s', {
    ...context,
    client: '8 KiB write + fdatasync, loop of 1 s',
  });
}
