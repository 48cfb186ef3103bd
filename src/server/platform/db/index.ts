export { openDatabase, quoteIdentifier, type Database, type DatabaseOptions, type Queryable } from './database.ts';
export { migrate, MigrationError, MIGRATIONS_DIR } from './migrate.ts';
export { DataDirLockedError } from './data-dir-lock.ts';
export { listenResiliently, listenersDown, PROCESS_INSTANCE_ID } from './listener.ts';
