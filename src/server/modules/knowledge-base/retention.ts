import type { AppContext } from '../../platform/context.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { deleteSearchLogBefore } from './repository-search.ts';

const DAY_MS = 24 * 3_600_000;

/** One pass: search log rows older than SEARCH_LOG_RETENTION_DAYS are deleted (search analytics cover less then). */
export async function runSearchLogRetention(ctx: AppContext) {
  const before = new Date(ctx.clock.now().getTime() - ctx.config.retention.searchLogDays * DAY_MS);
  return { searchLog: await deleteSearchLogBefore(ctx.db, before) };
}

export function startSearchLogRetention(ctx: AppContext): () => void {
  return startPeriodic(ctx, 'search log retention', ctx.config.retention.intervalSeconds * 1000, () =>
    runSearchLogRetention(ctx),
  );
}
