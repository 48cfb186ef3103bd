export {
  insideTransaction,
  openDatabase,
  quoteIdentifier,
  type ConnectionErrorLogger,
  type Database,
  type DatabaseOptions,
  type DatabaseTimeouts,
  type Queryable,
} from './database.ts';
export { migrate, migrationChecksums, migrationsKey, MigrationError, MIGRATIONS_DIR } from './migrate.ts';
export { DataDirLockedError } from './data-dir-lock.ts';
export { isDatabaseUnavailable } from './unavailable.ts';
export { SqlParams } from './params.ts';
export { runWithCommitMarker, runWithoutCommitMarker, type CommitMarker } from './commit-marker.ts';
export { listenResiliently, listenersDown, PROCESS_INSTANCE_ID } from './listener.ts';
export { keepMigratedTemplate, prepareMigratedTemplate } from './migrated-template.ts';
export { migratedTemplatePath } from './pglite-template.ts';
