import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../migrations/', import.meta.url));

export class MigrationError extends Error {
  override name = 'MigrationError';
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(`${dir}/${name}`, 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Names and checksums of the migrations in `dir`: what the code expects the schema to be. */
export function migrationChecksums(dir: string = MIGRATIONS_DIR): Map<string, string> {
  return new Map(readMigrations(dir).map((file) => [file.name, file.checksum]));
}

/** What a migrated schema depends on, in 16 hex digits: every migration's name and checksum (names a template). */
export function migrationsKey(dir: string = MIGRATIONS_DIR): string {
  const hash = createHash('sha256');
  for (const [name, checksum] of migrationChecksums(dir)) hash.update(`${name}:${checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Applies pending migrations in one transaction, forward-only. An applied migration whose file changed,
 * or disappeared, stops start-up: the schema would no longer match what the code was written for.
 * An advisory lock lets several processes start against one PostgreSQL server at once.
 * `only`: apply just these (a restore first rebuilds the schema its backup was taken at).
 */
export async function migrate(
  db: Database,
  dir: string = MIGRATIONS_DIR,
  options: { only?: ReadonlySet<string> } = {},
): Promise<{ applied: string[] }> {
  const all = readMigrations(dir);
  const files = all.filter((file) => !options.only || options.only.has(file.name));
  return db.transaction(
    async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7411001)');
      await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await tx.query<{ name: string; checksum: string }>(
        'SELECT name, checksum FROM schema_migrations ORDER BY name',
      );
      const byName = new Map(all.map((file) => [file.name, file]));
      for (const row of rows) {
        const file = byName.get(row.name);
        if (!file)
          throw new MigrationError(
            `Migration ${row.name} was applied to this database but its file is missing; migrations are forward-only.`,
          );
        if (file.checksum !== row.checksum) {
          throw new MigrationError(
            `Migration ${row.name} was edited after it was applied (checksum ${row.checksum.slice(0, 12)} recorded, ${file.checksum.slice(0, 12)} on disk). Add a new migration instead.`,
          );
        }
      }
      const done = new Set(rows.map((row) => row.name));
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file.name)) continue;
        await tx.query(file.sql);
        await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [file.name, file.checksum]);
        applied.push(file.name);
      }
      return { applied };
    },
    { unbounded: true },
  );
}
