import type { AppContext } from '../../platform/context.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { notifyApprovers } from './emails.ts';
import { claimDueReminders } from './repository-reminders.ts';
import { approversOf, findApproval } from './repository.ts';

const BATCH = 500;

/** The reminder interval a time falls in (null when reminders are off): one reminder per approver per slot. */
export function reminderSlot(ctx: AppContext, now: Date): number | null {
  const interval = ctx.config.approvalReminders.intervalSeconds;
  return interval > 0 ? Math.floor(now.getTime() / 1000 / interval) : null;
}

/**
 * Reminds every approver whose decision is awaited, once per interval, until the approval is decided or
 * cancelled. Each batch claims its reminders (approval_reminders' primary key) and queues the mails in one
 * transaction: several processes sweep safely, and a crash can neither lose a reminder nor send it twice.
 */
export async function sendApprovalReminders(ctx: AppContext) {
  const now = ctx.clock.now();
  const slot = reminderSlot(ctx, now);
  if (slot === null) return 0;
  let sent = 0;
  for (;;) {
    const claimed = await ctx.db.transaction(async (tx) => {
      const claims = await claimDueReminders(tx, slot, now, BATCH);
      for (const approvalId of new Set(claims.map((claim) => claim.approval_id))) {
        // The sweep acts for the portal: the whole scope.
        const approval = await findApproval(tx, approvalId, [true, []], true);
        if (!approval) continue;
        const users = new Set(claims.filter((c) => c.approval_id === approvalId).map((c) => c.user_id));
        const approvers = (await approversOf(tx, [approvalId])).filter((approver) => users.has(approver.user_id));
        await notifyApprovers(ctx, tx, approval, approvers, 'reminder');
      }
      return claims.length;
    });
    sent += claimed;
    if (claimed < BATCH) return sent;
  }
}

/** Runs the sweep often enough to catch each interval (at most hourly); returns the stop function. */
export function startApprovalReminders(ctx: AppContext): () => void {
  const interval = ctx.config.approvalReminders.intervalSeconds;
  return startPeriodic(ctx, 'approval reminders', Math.min(interval, 3600) * 1000, () => sendApprovalReminders(ctx));
}
