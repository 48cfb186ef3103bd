// A fresh PGlite database starts from a copy of a database made before instead of running initdb again: initdb is
// seconds of a first start (5 s on a quiet 2-core machine, 30-45 s under load), and the test suite opens a fresh
// database for every file. PGlite's own `dumpDataDir` / `loadDataDir` make and load the copy (what its `clone()`
// does); this file only decides where the copies live and writes them safely. Two copies, per PGlite version:
//
// - initdb's output (`-initdb.tar`): an empty cluster, for any new database.
// - the same after every migration (`-migrated-<key>.tar`, the key naming the migrations' names and checksums), for
//   the server's own new databases (main.ts): the first start then skips every migration too. Migrations on an
//   empty database create tables, functions and indexes, and insert only fixed rows (the settings row, billing's
//   number series): nothing random, no keys, no ids (test/integration/db/pglite-template.test.ts checks it), so
//   every install may share them. `migrate()` still runs on a copy and checks every recorded checksum.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash, randomBytes } from 'node:crypto';
import { migrationsKey } from './migrate.ts';

/** How the database in the data directory came to be at this open (see `Database.origin`). */
export type EmbeddedOrigin = 'existing' | 'migrated-template' | 'initdb-template' | 'initdb';

export interface EmbeddedTemplates {
  /** The initdb template file (pglite-template.ts), or null to run initdb (and keep no copy). */
  initdb: string | null;
  /** A migrated template to start a new database from when it is there and whole, or null. */
  migrated: string | null;
}

/**
 * Where the copy for this PGlite version lives: the package's node_modules/.cache (per machine, per version), or
 * null when the version can't be read (an unusual install layout): then every new database runs initdb.
 */
export function pgliteTemplatePath(): string | null {
  // src/server/platform/db or dist/server/platform/db: the package root is four levels up.
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
  // The package does not export its package.json; its version keys the copy (initdb's output changes with it).
  const pglitePackage = join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  let version: string;
  try {
    version = (JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
  return join(root, 'node_modules', '.cache', 'portico', `pglite-${version}-initdb.tar`);
}

/** Where the migrated copy for this PGlite version and these migrations lives (beside the initdb one), or null. */
export function migratedTemplatePath(initdb: string | null = pgliteTemplatePath()): string | null {
  return initdb && initdb.replace(/-initdb\.tar$/, `-migrated-${migrationsKey()}.tar`);
}

/** Removes the migrated copies of other migration sets (an older checkout's): they would never be read again. */
export function pruneMigratedTemplates(keep: string): void {
  const prefix = basename(keep).replace(/-migrated-[0-9a-f]+\.tar$/, '-migrated-');
  try {
    for (const file of readdirSync(dirname(keep)))
      if (file.startsWith(prefix) && file.endsWith('.tar') && file !== basename(keep))
        rmSync(join(dirname(keep), file), { force: true });
  } catch {
    // A cache that cannot be listed is left as it is.
  }
}

/** Whether a data directory (null: in memory) has no database yet, so it would run initdb. */
export function needsInitdb(dataDir: string | null): boolean {
  return dataDir === null || !existsSync(join(dataDir, 'PG_VERSION'));
}

// The file is the tar's SHA-256 (64 hex digits and a newline), then the tar: a damaged copy is recognised before
// PGlite reads it (PGlite fails a bad archive from inside its worker's streams, beyond a try/catch here).
const DIGEST_LENGTH = 65;

function digestOf(tar: Buffer): string {
  return createHash('sha256').update(tar).digest('hex');
}

/** The template's tar, or undefined when there is none or it is damaged (then it is removed). */
export function readTemplate(path: string): Buffer | undefined {
  if (!existsSync(path)) return undefined;
  const file = readFileSync(path);
  const tar = file.subarray(DIGEST_LENGTH);
  if (file.subarray(0, DIGEST_LENGTH).toString('latin1') !== `${digestOf(tar)}\n`) {
    discardTemplate(path);
    return undefined;
  }
  return tar;
}

/**
 * Keeps a just-initialised database's files as the template. Written to a temporary name and renamed, so a reader
 * never sees half a file and two processes making it at once both leave a whole one. A read-only install just
 * keeps running initdb: the copy is a speed-up, never required.
 */
export async function saveTemplate(path: string, dump: () => Promise<Blob>): Promise<void> {
  try {
    const tar = Buffer.from(await (await dump()).arrayBuffer());
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
    writeFileSync(partial, Buffer.concat([Buffer.from(`${digestOf(tar)}\n`, 'latin1'), tar]));
    renameSync(partial, path);
  } catch {
    // Not writable (read-only install, full disk): the next fresh database runs initdb again.
  }
}

/** Drops a copy that failed to load (damaged on disk, or from a PGlite build that reads it differently). */
export function discardTemplate(path: string): void {
  rmSync(path, { force: true });
}
