import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { createBackgroundTasks } from './background.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AppContext } from './context.ts';
import { keepMigratedTemplate, migrate, type Database } from './db/index.ts';
import { createMailer, devMailDriver, smtpMailDriver } from './mail/index.ts';
import { createSecretBox } from './security/secret-box.ts';
import { createStorage } from './storage/index.ts';

export { openConfiguredDatabase } from './configured-database.ts';

/** Wires the context every use case receives, on an opened and migrated database. */
export async function createContext(
  config: Config,
  db: Database,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<AppContext> {
  const { applied } = await migrate(db);
  // A new embedded database the server made from nothing becomes the next one's template (before any data).
  await keepMigratedTemplate(db, applied);
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
