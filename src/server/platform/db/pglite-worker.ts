// Runs PGlite on its own thread. A query inside PGlite blocks the thread it runs on, so keeping it here
// means a slow report never stalls the HTTP event loop. The app talks to it over the PostgreSQL wire
// protocol on a private unix socket, through the same `pg` driver it uses for a PostgreSQL server.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { existsSync, rmSync } from 'node:fs';
import { discardTemplate, needsInitdb, readTemplate, saveTemplate } from './pglite-template.ts';

interface EmbeddedWorkerData {
  /** Directory holding the database files, or null for a throwaway in-memory database (tests). */
  dataDir: string | null;
  socketPath: string;
  /** The initdb template file (pglite-template.ts), or null to always run initdb. */
  templatePath: string | null;
}

const { dataDir, socketPath, templatePath } = workerData as EmbeddedWorkerData;
if (!parentPort) throw new Error('pglite-worker must run as a worker thread');
const port = parentPort;

/**
 * A new database is loaded from the template of an empty initialised one when this machine has it (see
 * pglite-template.ts); the first one made without it leaves it for the next. A copy that fails to load is
 * discarded and initdb runs as if it had never been there.
 */
async function openPGlite(): Promise<PGlite> {
  const options = {
    extensions: { pg_trgm, fuzzystrmatch },
    // PostgreSQL's default 128 MB of shared buffers is ~95 MB of resident memory in this one-session engine
    // (bench `start`: 283 → 190 MB for PGlite alone); its files sit in the OS page cache anyway.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
  };
  if (templatePath === null || !needsInitdb(dataDir)) return PGlite.create(dataDir ?? 'memory://', options);
  const template = readTemplate(templatePath);
  if (template) {
    const dirExisted = dataDir !== null && existsSync(dataDir);
    try {
      return await PGlite.create(dataDir ?? 'memory://', { ...options, loadDataDir: template });
    } catch {
      discardTemplate(templatePath);
      // Only what the failed load wrote: the directory was Portico's own and held no database.
      if (dataDir !== null && !dirExisted) rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const db = await PGlite.create(dataDir ?? 'memory://', options);
  await saveTemplate(templatePath, () => db.dumpDataDir('none'));
  return db;
}

try {
  const db = await openPGlite();
  // One connection only: PGlite is a single session, and multiplexing several wire connections onto it
  // interleaves their transactions. The app's pool is sized to match, so transactions queue instead.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  port.postMessage({ type: 'ready' });
  port.on('message', (message: { type: string; path?: string }) => {
    if (message.type === 'save-template' && message.path) {
      // The caller has no transaction open (see Database.saveAsTemplate): the files are a consistent database.
      const path = message.path;
      void saveTemplate(path, () => db.dumpDataDir('none')).then(() => port.postMessage({ type: 'template-saved' }));
      return;
    }
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
