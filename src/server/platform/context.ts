import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Clock } from './clock.ts';
import type { Database } from './db/index.ts';
import type { Mailer } from './mail/index.ts';
import type { BackgroundTasks } from './background.ts';
import type { SecretBox } from './security/secret-box.ts';
import type { StorageDriver } from './storage/index.ts';

/** What every use case may use. Built once at start; tests build their own with a movable clock. */
export interface AppContext {
  db: Database;
  config: Config;
  clock: Clock;
  mailer: Mailer;
  logger: Logger;
  background: BackgroundTasks;
  secretBox: SecretBox;
  /** File bytes (documents): local disk or an S3-compatible bucket. */
  storage: StorageDriver;
}

/** Where a request came from, for audit and session records. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}
