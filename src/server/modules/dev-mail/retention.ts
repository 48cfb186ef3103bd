import type { AppContext } from '../../platform/context.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { deleteMailBefore, dropExpiredUnredactedMail } from './repository.ts';

const DAY_MS = 24 * 3_600_000;

/**
 * One pass over the mail log: unredacted copies whose links have expired are dropped, and mail older than
 * MAIL_RETENTION_DAYS is deleted (with every driver: the SMTP driver records mail too).
 */
export async function runMailRetention(ctx: AppContext) {
  const now = ctx.clock.now();
  const unredacted = await dropExpiredUnredactedMail(ctx.db, now);
  const deleted = await deleteMailBefore(ctx.db, new Date(now.getTime() - ctx.config.retention.mailDays * DAY_MS));
  return { unredacted, deleted };
}

export function startMailRetention(ctx: AppContext): () => void {
  return startPeriodic(ctx, 'mail retention', ctx.config.retention.intervalSeconds * 1000, () => runMailRetention(ctx));
}
