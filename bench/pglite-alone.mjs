// PGlite alone, as Portico's worker opens it (on disk, pg_trgm), in a process of its own: time to the first
// query and resident memory after it. `node bench/pglite-alone.mjs DIR [postgres -c settings as k=v...]`.
// Prints one JSON line {openMs, rssMb}.
const started = performance.now();
const { PGlite } = await import('@electric-sql/pglite');
const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
const [dataDir, ...settings] = process.argv.slice(2);
const db = await PGlite.create(dataDir, {
  extensions: { pg_trgm },
  startParams: [...PGlite.defaultStartParams, ...settings.flatMap((setting) => ['-c', setting])],
});
await db.query('SELECT 1');
const openMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 1024 / 1024;
const shared = (await db.query("SELECT current_setting('shared_buffers') AS s")).rows[0].s;
await db.close();
process.stdout.write(`${JSON.stringify({ openMs, rssMb, shared_buffers: shared })}\n`);
