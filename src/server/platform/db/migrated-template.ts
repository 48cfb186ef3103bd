// The migrated template of the embedded engine (pglite-template.ts): kept after the first migration of a database
// made from nothing, so the next new database (a first start, a test file) skips initdb and every migration.
import { existsSync } from 'node:fs';
import type { Database } from './database.ts';
import { migrate, migrationChecksums } from './migrate.ts';
import { migratedTemplatePath, pgliteTemplatePath, pruneMigratedTemplates } from './pglite-template.ts';

/**
 * After `migrate()` on a database opened with `migratedTemplate`. A database made now by initdb (or from the initdb
 * template) that every migration was just applied to holds the schema and nothing else yet: its files become the
 * template, and copies for other migration sets go. A database made from the template gets the times it carries
 * (when the template was made) replaced by now. Call it before anything else writes (the demo, the app).
 */
export async function keepMigratedTemplate(db: Database, applied: readonly string[]): Promise<void> {
  const origin = db.origin;
  if (!origin?.migratedTemplate) return;
  if (origin.made === 'migrated-template') {
    await restampTemplateRows(db);
    return;
  }
  if (origin.made === 'existing' || !db.saveAsTemplate) return;
  if (applied.length !== migrationChecksums().size) return;
  await db.saveAsTemplate(origin.migratedTemplate);
  if (existsSync(origin.migratedTemplate)) pruneMigratedTemplates(origin.migratedTemplate);
}

/**
 * The rows migrations insert carry the time they ran: in a database copied from the template, that is when the
 * template was made, on another day perhaps. They get the time this database was made, as if migrated now.
 */
async function restampTemplateRows(db: Database) {
  await db.transaction(async (tx) => {
    await tx.query('UPDATE schema_migrations SET applied_at = now()');
    await tx.query('UPDATE portal_settings SET updated_at = now()');
  });
}

/** Whether this install could have a migrated template for its migrations and has none yet. */
export function migratedTemplateIsMissing(): boolean {
  const path = migratedTemplatePath(pgliteTemplatePath());
  return path !== null && !existsSync(path);
}

/**
 * Makes this install's migrated template when it is missing (`npm start` runs it with the build, so a first start
 * finds it): an in-memory database migrated and dumped. Returns where it is, or null when there can be none.
 */
export async function prepareMigratedTemplate(): Promise<{ path: string; made: boolean } | null> {
  const path = migratedTemplatePath(pgliteTemplatePath());
  if (path === null) return null;
  if (existsSync(path)) return { path, made: false };
  // Loaded here: `npm start` checks for the template at every start, and only this path needs the engine.
  const { openDatabase } = await import('./database.ts');
  const db = await openDatabase({ engine: 'embedded', dataDir: null, migratedTemplate: path });
  try {
    const { applied } = await migrate(db);
    await keepMigratedTemplate(db, applied);
  } finally {
    await db.close();
  }
  return { path, made: existsSync(path) };
}
