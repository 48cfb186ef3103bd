import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { createBackgroundTasks } from './background.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AppContext } from './context.ts';
import { migrate, openDatabase, type ConnectionErrorLogger, type Database } from './db/index.ts';
import { createMailer, devMailDriver, smtpMailDriver } from './mail/index.ts';
import { createSecretBox } from './security/secret-box.ts';
import { createStorage } from './storage/index.ts';

export async function openConfiguredDatabase(
  config: Config,
  overrides: { schema?: string; logger?: ConnectionErrorLogger } = {},
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
    : openDatabase({ engine: 'embedded', dataDir: config.dataDir });
}

/** Wires the context every use case receives, on an opened and migrated database. */
export async function createContext(
  config: Config,
  db: Database,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<AppContext> {
  await migrate(db);
  const driver = config.smtpUrl ? smtpMailDriver(config.smtpUrl, config.mailFrom) : devMailDriver(logger);
  return {
    db,
    config,
    clock,
    logger,
    mailer: createMailer(db, driver, logger, config.mailFrom),
    background: createBackgroundTasks(logger),
    secretBox: createSecretBox(config.secret),
    storage: createStorage(config.storage),
  };
}
