// A fresh PGlite database starts from a copy of an empty, just-initialised data directory instead of running
// initdb again: initdb is most of a first start (5 s on a quiet 2-core machine, 30-45 s under load), and the test
// suite opens a fresh database for every file. PGlite's own `dumpDataDir` / `loadDataDir` make and load the copy
// (what its `clone()` does); this file only decides where the copy lives and writes it safely.
//
// The copy holds initdb's output only, never migrations or data: every database still runs its own migrations,
// so nothing generated at migration time (keys, ids) is shared between installs.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash, randomBytes } from 'node:crypto';

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
export function readTemplate(path: string): Blob | undefined {
  if (!existsSync(path)) return undefined;
  const file = readFileSync(path);
  const tar = file.subarray(DIGEST_LENGTH);
  if (file.subarray(0, DIGEST_LENGTH).toString('latin1') !== `${digestOf(tar)}\n`) {
    discardTemplate(path);
    return undefined;
  }
  return new Blob([tar]);
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
