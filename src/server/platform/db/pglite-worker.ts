// Runs PGlite on its own thread. A query inside PGlite blocks the thread it runs on, so keeping it here
// means a slow report never stalls the HTTP event loop. The app talks to it over the PostgreSQL wire
// protocol on a private unix socket, through the same `pg` driver it uses for a PostgreSQL server.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface EmbeddedWorkerData {
  /** Directory holding the database files, or null for a throwaway in-memory database (tests). */
  dataDir: string | null;
  socketPath: string;
}

const { dataDir, socketPath } = workerData as EmbeddedWorkerData;
if (!parentPort) throw new Error('pglite-worker must run as a worker thread');
const port = parentPort;

try {
  const db = await PGlite.create(dataDir ?? 'memory://', {
    extensions: { pg_trgm, fuzzystrmatch },
    // PostgreSQL's default 128 MB of shared buffers is ~95 MB of resident memory in this one-session engine
    // (bench `start`: 283 → 190 MB for PGlite alone); its files sit in the OS page cache anyway.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
  });
  // One connection only: PGlite is a single session, and multiplexing several wire connections onto it
  // interleaves their transactions. The app's pool is sized to match, so transactions queue instead.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  port.postMessage({ type: 'ready' });
  port.on('message', (message: { type: string }) => {
    if (message.type !== 'close') return;
    void (async () => {
      await server.stop();
      await db.close();
      port.postMessage({ type: 'closed' });
    })();
  });
} catch (error) {
  port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
