// Test databases start migrated. Every test file opens a fresh database, and running the migrations took 3-6 s of
// each file's setup on a loaded CI machine (about 5 minutes of the suite). The embedded engine uses the server's own
// migrated template (src/server/platform/db/migrated-template.ts): the first file on a machine migrates as usual and
// keeps the result, keyed by the migrations' checksums so an edited or new migration makes a new one; later files
// copy it. On PostgreSQL, a template database per set of migrations does the same.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  keepMigratedTemplate,
  migrate,
  migratedTemplatePath,
  migrationsKey,
  openDatabase,
  quoteIdentifier,
  type Database,
} from '../../src/server/platform/db/index.ts';

/**
 * A migrated in-memory PGlite database, from the migrated template when there is one; when there is none (or it is
 * damaged: then the worker falls back to an empty database and migrations do run) this one becomes the template.
 */
export async function openMigratedEmbedded(): Promise<Database> {
  const db = await openDatabase({ engine: 'embedded', dataDir: null, migratedTemplate: migratedTemplatePath() });
  const { applied } = await migrate(db);
  await keepMigratedTemplate(db, applied);
  return db;
}

/**
 * The name of a migrated template database on the PostgreSQL server at `url`, made on first use. It is migrated
 * under a name of its own and renamed when complete, so a file never copies half a template, and two files making
 * it at once both end with the one that won the rename. Left on the server for the next run: a developer's server
 * keeps one small database per set of migrations (`portico_tpl_*`; drop them freely).
 */
export async function migratedTemplateDatabase(url: string): Promise<string> {
  const name = `portico_tpl_${migrationsKey()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return name;
    const building = `${name}_b${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${quoteIdentifier(building)}`);
    const own = new URL(url);
    own.pathname = `/${building}`;
    const db = await openDatabase({ engine: 'postgres', url: own.toString(), poolSize: 1 });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    try {
      await admin.query(`ALTER DATABASE ${quoteIdentifier(building)} RENAME TO ${quoteIdentifier(name)}`);
    } catch (error) {
      // 42P04 duplicate_database: another file finished first; its template is the same schema.
      if ((error as { code?: string }).code !== '42P04') throw error;
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(building)} WITH (FORCE)`);
    }
    return name;
  } finally {
    await admin.end();
  }
}
