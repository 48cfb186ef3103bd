import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { Clock } from '../clock.ts';
import { quoteIdentifier, type Database, type Queryable } from '../db/index.ts';
import type { StorageDriver } from '../storage/index.ts';
import { BACKUP_FORMAT, BackupError, MANIFEST_FILE, type BackupManifest } from './manifest.ts';

const ROWS_PER_FETCH = 1_000;

/** Tables of the schema in use, in name order. Every table is Portico's own (the schema holds nothing else). */
export async function tablesOf(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
     ORDER BY table_name`,
  );
  return rows.map((row) => row.name);
}

function write(stream: WriteStream, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}

async function dumpTable(tx: Queryable, table: string, path: string) {
  const hash = createHash('sha256');
  const out = createWriteStream(path, { flags: 'wx' });
  const closed = new Promise<void>((resolve, reject) => {
    out.once('close', () => resolve());
    out.once('error', reject);
  });
  let rows = 0;
  // A cursor inside the snapshot's transaction: a table of any size streams in slices.
  await tx.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${quoteIdentifier(table)} t`,
  );
  for (;;) {
    const slice = await tx.query<{ line: string }>(`FETCH ${ROWS_PER_FETCH} FROM backup_rows`);
    if (slice.rows.length === 0) break;
    const text = slice.rows.map((row) => `${row.line}\n`).join('');
    hash.update(text);
    rows += slice.rows.length;
    await write(out, text);
  }
  await tx.query('CLOSE backup_rows');
  out.end();
  await closed;
  return { rows, sha256: hash.digest('hex') };
}

async function copyObject(storage: StorageDriver, key: string, path: string) {
  const hash = createHash('sha256');
  let bytes = 0;
  await mkdir(dirname(path), { recursive: true });
  await pipeline(
    await storage.read(key),
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        bytes += chunk.length;
        callback(null, chunk);
      },
    }),
    createWriteStream(path, { flags: 'wx', flush: true }),
  );
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Writes a backup of the database and the stored files into `dir` (which must not exist yet).
 *
 * The database part is one snapshot: every table is read inside a single REPEATABLE READ transaction, so the
 * rows are those of one instant even while Portico keeps serving (PostgreSQL server; the embedded database is
 * backed up with Portico stopped, since only one process can open it). Files are copied after the snapshot:
 * every object present then is included; an object created later is included too (unreferenced, harmless), and
 * one purged in between (trash after 30 days) is missing from the copy and is reported by `verifyRestored`.
 */
export async function createBackup(
  db: Database,
  storage: StorageDriver,
  clock: Clock,
  dir: string,
): Promise<BackupManifest> {
  await mkdir(dir, { recursive: false }).catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(
      error.code === 'EEXIST'
        ? `${dir} already exists: choose a new folder.`
        : `Cannot create ${dir}: ${error.message}`,
    );
  });
  try {
    await mkdir(join(dir, 'database'));
    const database = await db.transaction(
      async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const migrations = (
          await tx.query<{ name: string; checksum: string }>(
            'SELECT name, checksum FROM schema_migrations ORDER BY name',
          )
        ).rows;
        const tables: BackupManifest['tables'] = [];
        for (const name of await tablesOf(tx)) {
          const file = `${name}.jsonl`;
          tables.push({ name, file, ...(await dumpTable(tx, name, join(dir, 'database', file))) });
        }
        const sequences: BackupManifest['sequences'] = [];
        const names = await tx.query<{ name: string }>(
          'SELECT sequencename AS name FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename',
        );
        for (const { name } of names.rows) {
          const state = await tx.query<{ last_value: number; is_called: boolean }>(
            `SELECT last_value, is_called FROM ${quoteIdentifier(name)}`,
          );
          sequences.push({ name, lastValue: Number(state.rows[0]!.last_value), isCalled: state.rows[0]!.is_called });
        }
        return { migrations, tables, sequences };
      },
      { unbounded: true },
    );
    const files: BackupManifest['files'] = [];
    for await (const key of storage.list()) {
      const copied = await copyObject(storage, key, join(dir, 'files', key)).catch((error: unknown) => {
        // Purged between the snapshot and the copy: nothing the snapshot could still need was lost.
        if (error instanceof Error && error.name === 'ObjectMissingError') return null;
        throw error;
      });
      if (copied) files.push({ key, ...copied });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: clock.now().toISOString(),
      engine: db.engine,
      ...database,
      files,
    };
    // Written last: its presence marks a finished backup.
    await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    return manifest;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
