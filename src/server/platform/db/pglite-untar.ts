// Writes a template (pglite-template.ts: the ustar archive of PGlite's `dumpDataDir('none')`) out as a new
// database's directory with plain Node file calls, before PGlite opens it as an existing database. PGlite's own
// `loadDataDir` writes the same ~1,800 files through its emulated file system one call at a time: on a loaded
// 2-core machine that took 2-3 × as long, and held the archive in the worker's memory (~100 MB more RSS).
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, normalize } from 'node:path';

const BLOCK = 512;

export class DamagedArchive extends Error {
  override name = 'DamagedArchive';
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length).toString('latin1');
  const end = raw.indexOf('\0');
  return end === -1 ? raw : raw.slice(0, end);
}

/** The entry's path inside the directory: relative, and never above it (`..`), or the archive is refused. */
function entryPath(header: Buffer): string {
  const prefix = field(header, 345, 155);
  const name = field(header, 0, 100);
  const relative = normalize(`${prefix ? `${prefix}/` : ''}${name}`.replace(/^\/+/, ''));
  if (!relative || relative === '.' || relative.startsWith('..') || relative.includes('/../'))
    throw new DamagedArchive(`unexpected entry ${JSON.stringify(name)}`);
  return relative.replace(/\/+$/, '');
}

/** Writes a file's bytes; a run of zeros at its end (most of a WAL segment) is left sparse: it reads as zeros. */
function writeEntry(path: string, data: Buffer) {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end -= 1;
  const fd = openSync(path, 'wx', 0o600);
  try {
    if (end > 0) writeSync(fd, data, 0, end);
    if (end < data.length) ftruncateSync(fd, data.length);
  } finally {
    closeSync(fd);
  }
}

function unpack(tar: Buffer, into: string) {
  mkdirSync(into, { mode: 0o700 });
  let at = 0;
  while (at + BLOCK <= tar.length && tar[at] !== 0) {
    const header = tar.subarray(at, at + BLOCK);
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    if (!Number.isSafeInteger(size) || size < 0 || at + BLOCK + size > tar.length)
      throw new DamagedArchive('entry beyond the end of the archive');
    const path = join(into, entryPath(header));
    at += BLOCK;
    if (type === '5') mkdirSync(path, { recursive: true, mode: 0o700 });
    else if (type === '0' || type === '\0') {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeEntry(path, tar.subarray(at, at + size));
    } else throw new DamagedArchive(`entry of type ${JSON.stringify(type)}`);
    at += Math.ceil(size / BLOCK) * BLOCK;
  }
  if (!existsSync(join(into, 'PG_VERSION'))) throw new DamagedArchive('no PG_VERSION');
}

/**
 * Makes `dataDir` (absent, or an empty directory) the database in `tar`. The files go to a sibling directory that
 * is renamed into place once whole: a crash midway never leaves half a database that a later start would take for
 * one (PG_VERSION is what says a database is there). Throws on a damaged archive, leaving `dataDir` as it was.
 */
export function extractTemplate(tar: Buffer, dataDir: string): void {
  const partial = `${dataDir}.${randomBytes(6).toString('hex')}.partial`;
  try {
    mkdirSync(dirname(dataDir), { recursive: true });
    unpack(tar, partial);
    // rename(2) replaces an empty directory, and fails on one that holds anything (never overwritten).
    renameSync(partial, dataDir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
