import type { AppContext } from '../../platform/context.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { deleteFinishedJobsBefore } from '../../platform/jobs/index.ts';
import { deleteEventsBefore } from '../../platform/realtime/index.ts';
import { deleteReplyTokensBefore } from './repository-delivery.ts';

const DAY_MS = 24 * 3_600_000;
/** Real-time events are for streams catching up after a disconnect: a week is plenty. */
export const EVENT_RETENTION_DAYS = 7;
/** Finished jobs stay a month for admins looking into "did that email go out?". Failed jobs stay. */
export const JOB_RETENTION_DAYS = 30;
/** A reply-by-email address works for 90 days after its email was sent. */
export const REPLY_TOKEN_DAYS = 90;

export const replyTokensValidSince = (now: Date) => new Date(now.getTime() - REPLY_TOKEN_DAYS * DAY_MS);

/** One retention pass; plain DELETEs by time, so safe in several processes at once. */
export async function runConversationRetention(ctx: AppContext) {
  const now = ctx.clock.now().getTime();
  const events = await deleteEventsBefore(ctx.db, new Date(now - EVENT_RETENTION_DAYS * DAY_MS));
  const jobs = await deleteFinishedJobsBefore(ctx.db, new Date(now - JOB_RETENTION_DAYS * DAY_MS));
  const replyTokens = await deleteReplyTokensBefore(ctx.db, replyTokensValidSince(new Date(now)));
  return { events, jobs, replyTokens };
}

/** Runs retention every `intervalSeconds` (0: never) without keeping the process alive; returns the stop function. */
export function startConversationRetention(ctx: AppContext, intervalSeconds: number): () => void {
  return startPeriodic(ctx, 'conversation retention', intervalSeconds * 1000, () => runConversationRetention(ctx));
}
