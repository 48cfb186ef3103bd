import type { AppContext } from '../../platform/context.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { deleteFormSessionsBefore, deleteHelpSessionsBefore } from './repository.ts';

const DAY_MS = 24 * 3_600_000;

/**
 * One pass: help-center and ticket-form sessions older than DEFLECTION_RETENTION_DAYS are deleted. The deflection
 * figures of periods before then go with them (the default, 400 days, keeps a year to compare with).
 */
export async function runDeflectionRetention(ctx: AppContext) {
  const before = new Date(ctx.clock.now().getTime() - ctx.config.retention.deflectionDays * DAY_MS);
  return {
    helpSessions: await deleteHelpSessionsBefore(ctx.db, before),
    formSessions: await deleteFormSessionsBefore(ctx.db, before),
  };
}

export function startDeflectionRetention(ctx: AppContext): () => void {
  return startPeriodic(ctx, 'deflection retention', ctx.config.retention.intervalSeconds * 1000, () =>
    runDeflectionRetention(ctx),
  );
}
