import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { enqueueJob, type JobHandler } from '../../../platform/jobs/index.ts';
import { queueSecurityNoticeEmail, type SecurityNotice } from '../emails.ts';
import { findUserById } from '../repository.ts';

export const SECURITY_NOTICE_JOB = 'identity.security_notice';

/**
 * Queues the "was this you?" email in the change's own transaction: the durable job queue retries it with
 * backoff, so an SMTP outage delays the notice instead of losing it, and a rolled-back change sends none.
 */
export async function enqueueSecurityNotice(tx: Queryable, userId: string, notice: SecurityNotice, now: Date) {
  await enqueueJob(
    tx,
    { kind: SECURITY_NOTICE_JOB, payload: { userId, notice, occurredAt: now.toISOString() }, runAt: now },
    now,
  );
}

/**
 * Job: queues the notice's mail to the account's current address (nobody, if the person was deactivated since); the
 * mail job delivers it.
 */
export const sendSecurityNotice: JobHandler = async (ctx: AppContext, payload) => {
  const user = await findUserById(ctx.db, String(payload.userId));
  if (!user) return;
  await queueSecurityNoticeEmail(
    ctx,
    ctx.db,
    { email: user.email, isStaff: user.staff_role !== null, locale: user.locale },
    payload.notice as SecurityNotice,
    new Date(String(payload.occurredAt)),
  );
};
