import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { migrate, migrationChecksums, quoteIdentifier, type Database, type Queryable } from '../db/index.ts';
import type { StorageDriver } from '../storage/index.ts';
import { tablesOf } from './backup.ts';
import { BackupError, readManifest, verifyBackup, type BackupManifest } from './manifest.ts';

const ROWS_PER_INSERT = 500;

async function assertEmpty(db: Database) {
  const { rows } = await db.query<{ present: string | null }>("SELECT to_regclass('schema_migrations') AS present");
  if (rows[0]?.present)
    throw new BackupError('The target database is not empty: restore into a fresh data directory or database.');
}

/** The backup's schema must be one this code knows: the same migrations, unchanged. Newer ones run after. */
function assertKnownSchema(manifest: BackupManifest) {
  const known = migrationChecksums();
  for (const migration of manifest.migrations) {
    const checksum = known.get(migration.name);
    if (checksum !== migration.checksum)
      throw new BackupError(
        `The backup was taken by another version of Portico (migration ${migration.name} ${checksum ? 'differs' : 'is unknown'}): restore it with that version, then upgrade.`,
      );
  }
}

/** Columns a row can be given: generated ones are computed again by the database. */
async function insertableColumns(tx: Queryable, table: string): Promise<string[]> {
  const { rows } = await tx.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.name);
}

async function loadTable(tx: Queryable, dir: string, table: BackupManifest['tables'][number]) {
  const columns = (await insertableColumns(tx, table.name)).map(quoteIdentifier).join(', ');
  const target = quoteIdentifier(table.name);
  // json_populate_recordset turns each JSON row back into the table's own row type: every column type
  // (timestamps, arrays, jsonb, bytea, tsvector) is parsed by PostgreSQL itself, as it was written by row_to_json.
  const insert = `INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE
    SELECT ${columns} FROM json_populate_recordset(NULL::${target}, $1::json)`;
  let batch: string[] = [];
  let loaded = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.query(insert, [`[${batch.join(',')}]`]);
    loaded += batch.length;
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(join(dir, 'database', table.file)), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= ROWS_PER_INSERT) await flush();
  }
  await flush();
  if (loaded !== table.rows)
    throw new BackupError(`${table.name}: ${loaded} rows read, the manifest says ${table.rows}.`);
}

/**
 * Restores a backup into an empty database and file store, checking every checksum before writing anything.
 * Files go first (an object no row points to yet is harmless); the rows are then loaded in one transaction with
 * triggers and foreign-key checks off (`session_replication_role = replica`: the rows were consistent when
 * taken, and the order of tables does not matter; on a PostgreSQL server this needs a superuser or the
 * SET privilege on that parameter); the schema is then migrated to this version.
 */
export async function restoreBackup(db: Database, storage: StorageDriver, dir: string): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  assertKnownSchema(manifest);
  await verifyBackup(dir, manifest);
  await assertEmpty(db);

  for (const file of manifest.files) await storage.write(file.key, createReadStream(join(dir, 'files', file.key)));

  await migrate(db, undefined, { only: new Set(manifest.migrations.map((migration) => migration.name)) });
  await db.transaction(
    async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      const present = await tablesOf(tx);
      const unknown = manifest.tables.filter((table) => !present.includes(table.name));
      if (unknown.length)
        throw new BackupError(`Tables missing from the schema: ${unknown.map((t) => t.name).join(', ')}`);
      // Migrations may have inserted defaults (settings rows): the backup's rows replace them.
      if (present.length) await tx.query(`TRUNCATE ${present.map(quoteIdentifier).join(', ')}`);
      for (const table of manifest.tables) await loadTable(tx, dir, table);
      for (const sequence of manifest.sequences)
        await tx.query('SELECT setval($1::regclass, $2, $3)', [
          quoteIdentifier(sequence.name),
          sequence.lastValue,
          sequence.isCalled,
        ]);
    },
    { unbounded: true },
  );
  await migrate(db);
  return manifest;
}
