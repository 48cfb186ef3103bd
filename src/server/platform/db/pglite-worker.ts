// Runs PGlite on its own thread. A query inside PGlite blocks the thread it runs on, so keeping it here
// means a slow report never stalls the HTTP event loop. The app talks to it over the PostgreSQL wire
// protocol on a private unix socket, through the same `pg` driver it uses for a PostgreSQL server.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { existsSync, rmSync } from 'node:fs';
import { DamagedArchive, extractTemplate } from './pglite-untar.ts';
import {
  discardTemplate,
  needsInitdb,
  readTemplate,
  saveTemplate,
  type EmbeddedOrigin,
  type EmbeddedTemplates,
} from './pglite-template.ts';

interface EmbeddedWorkerData {
  /** Directory holding the database files, or null for a throwaway in-memory database (tests). */
  dataDir: string | null;
  socketPath: string;
  templates: EmbeddedTemplates;
}

const { dataDir, socketPath, templates } = workerData as EmbeddedWorkerData;
if (!parentPort) throw new Error('pglite-worker must run as a worker thread');
const port = parentPort;

const options = {
  extensions: { pg_trgm, fuzzystrmatch },
  // PostgreSQL's default 128 MB of shared buffers is ~95 MB of resident memory in this one-session engine
  // (bench `start`: 283 → 190 MB for PGlite alone); its files sit in the OS page cache anyway. 16 MB rather than 32:
  // a later start's RSS 298–308 → 271–282 MB (bench `start`, 2 alternating runs each, load 2.5), start times alike.
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
};

/**
 * A new database from a template: on disk, its files are written out first (pglite-untar.ts) and PGlite opens them
 * as an existing database; in memory, PGlite loads the archive itself. Throws when the copy cannot be used.
 */
async function openFromTemplate(tar: Buffer): Promise<PGlite> {
  if (dataDir === null) return PGlite.create('memory://', { ...options, loadDataDir: new Blob([tar]) });
  const dirExisted = existsSync(dataDir);
  try {
    extractTemplate(tar, dataDir);
  } catch (error) {
    if (error instanceof DamagedArchive) throw error;
    // Not a damaged copy but a directory that cannot be replaced (a mount point, say): PGlite writes into it.
    return PGlite.create(dataDir, { ...options, loadDataDir: new Blob([tar]) });
  }
  try {
    return await PGlite.create(dataDir, options);
  } catch (error) {
    // Only what the copy wrote: the directory was Portico's own and held no database.
    if (!dirExisted) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A new database starts from the migrated template when there is one, else from the initdb template (see
 * pglite-template.ts); the first one made without either leaves the initdb copy for the next. A copy that fails to
 * load is discarded and the next choice is tried as if it had never been there.
 */
async function openPGlite(): Promise<{ db: PGlite; origin: EmbeddedOrigin }> {
  if (!needsInitdb(dataDir)) return { db: await PGlite.create(dataDir ?? 'memory://', options), origin: 'existing' };
  const choices = [
    ['migrated-template', templates.migrated],
    ['initdb-template', templates.initdb],
  ] as const;
  for (const [origin, path] of choices) {
    const tar = path === null ? undefined : readTemplate(path);
    if (!tar) continue;
    try {
      return { db: await openFromTemplate(tar), origin };
    } catch {
      discardTemplate(path!);
    }
  }
  const db = await PGlite.create(dataDir ?? 'memory://', options);
  if (templates.initdb !== null) await saveTemplate(templates.initdb, () => dumpOf(db));
  return { db, origin: 'initdb' };
}

/**
 * The database's files as a template. A checkpoint first writes every change out of the shared buffers into the
 * files, so a database made from the copy opens without replaying the log.
 */
async function dumpOf(db: PGlite): Promise<Blob> {
  await db.exec('CHECKPOINT');
  return db.dumpDataDir('none');
}

try {
  const { db, origin } = await openPGlite();
  // One connection only: PGlite is a single session, and multiplexing several wire connections onto it
  // interleaves their transactions. The app's pool is sized to match, so transactions queue instead.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  port.postMessage({ type: 'ready', origin });
  port.on('message', (message: { type: string; path?: string }) => {
    if (message.type === 'save-template' && message.path) {
      // The caller has no transaction open (see Database.saveAsTemplate): the files are a consistent database.
      const path = message.path;
      void saveTemplate(path, () => dumpOf(db)).then(() => port.postMessage({ type: 'template-saved' }));
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
