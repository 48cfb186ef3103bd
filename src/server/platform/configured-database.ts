import type { Config } from '../config.ts';
import { migratedTemplatePath, openDatabase, type ConnectionErrorLogger, type Database } from './db/index.ts';

/**
 * The database the configuration names: PostgreSQL at DATABASE_URL, else the embedded engine in DATA_DIR. Apart
 * from start.ts (mail, storage, jobs) so main.ts opens it before loading the rest of the server: the embedded
 * engine starts on its worker thread while the app's modules load on the main one.
 * `migratedTemplate`: a new embedded database starts from the migrated template (the server's own start; never a
 * restore, which rebuilds its backup's schema on an empty one).
 */
export async function openConfiguredDatabase(
  config: Config,
  overrides: { schema?: string; logger?: ConnectionErrorLogger; migratedTemplate?: boolean } = {},
): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
        engine: 'postgres',
        url: config.databaseUrl,
        poolSize: config.databasePoolSize,
        schema: overrides.schema,
        timeouts: config.databaseTimeouts,
        logger: overrides.logger,
      })
    : openDatabase({
        engine: 'embedded',
        dataDir: config.dataDir,
        migratedTemplate: overrides.migratedTemplate ? migratedTemplatePath() : null,
      });
}
