import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail, type TemplateValues } from '../../platform/mail/index.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { emailFrequencies, insertTaskNotifications, unsubscribeToken } from '../notifications/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { presentBranding, readPortalSettings } from '../settings/index.ts';
import { reminderDue, reminderHorizon, type ReminderKind } from './reminder-schedule.ts';
import {
  claimDigest,
  claimReminder,
  findReminderTask,
  listDigestCandidates,
  listOverdueTasks,
  listReminderCandidates,
  type ReminderTaskRow,
} from './repository-reminders.ts';
import { todayOf } from './use-cases/load.ts';

const BATCH = 500;
const DIGEST_LINES = 20;

/**
 * The email of a reminder or digest, queued in the claim's transaction (so the mail queue's retries apply and a
 * crash loses nothing), unless the person turned the projects email off: the notification center still has it.
 */
async function queueTaskMail(
  ctx: AppContext,
  tx: Queryable,
  to: { userId: string; email: string; locale: string | null; staff: boolean },
  content: { key: string; values: TemplateValues; path: string },
) {
  if ((await emailFrequencies(tx, [to.userId], 'projects')).get(to.userId) === 'off') return;
  // Staff get the console on the main address; a person their segment's portal (its domain and branding).
  const { base, branding, language } = await mailBrandingFor(ctx, tx, to.staff ? { staff: true } : { email: to.email });
  const url = `${base}${to.staff ? '/console' : ''}${content.path}`;
  const values = { ...content.values, portal: branding.name };
  const mail = renderCatalogMail(branding, content.key, values, language(to.locale, { staff: to.staff }), url);
  const unsubscribe = `${base}/api/v1/email/unsubscribe?token=${encodeURIComponent(unsubscribeToken(ctx.config.secret, to.userId, 'projects'))}`;
  await queueMails(
    tx,
    ctx.secretBox,
    [
      {
        to: to.email,
        ...mail,
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      },
    ],
    ctx.clock.now(),
  );
}

const recipientOf = (row: ReminderTaskRow) => ({
  userId: row.user_id,
  email: row.email,
  locale: row.locale,
  staff: row.staff,
});

async function sendReminder(ctx: AppContext, tx: Queryable, row: ReminderTaskRow, kind: ReminderKind, portal: string) {
  const vars = { kind, title: row.title, due: row.due_date, project: row.project_name, portal };
  await insertTaskNotifications(
    tx,
    [
      {
        userId: row.user_id,
        kind: kind === 'due' ? 'task_due' : 'task_due_soon',
        accountId: row.account_id,
        taskId: row.id,
        detail: { dueDate: row.due_date },
      },
    ],
    ctx.clock.now(),
  );
  await queueTaskMail(ctx, tx, recipientOf(row), { key: 'taskReminder', values: vars, path: `/tasks/${row.id}` });
}

/**
 * One pass of due-date reminders: for each open task with an assignee who can see it, the kind due today
 * (reminder-schedule.ts) is claimed in `task_reminders (task, due date, kind)` and its notification and mail are
 * written in the same transaction. Two processes sweeping at once: one insert wins, the other finds the key taken.
 * A new due date is a new key, so the reminder is armed again. Returns how many reminders went out.
 */
export async function sendTaskReminders(ctx: AppContext) {
  const leadDays = ctx.config.taskReminders.leadDays;
  const now = ctx.clock.now();
  const today = todayOf(now);
  const portal = presentBranding(await readPortalSettings(ctx.db)).name;
  let after: [string, string] | null = null;
  let sent = 0;
  for (;;) {
    const candidates = await listReminderCandidates(ctx.db, today, reminderHorizon(today, leadDays), after, BATCH);
    for (const candidate of candidates) {
      const kind = reminderDue(candidate.due_date, today, leadDays, candidate.sent);
      if (!kind) continue;
      sent += await ctx.db
        .transaction(async (tx) => {
          if (!(await claimReminder(tx, candidate.id, candidate.due_date, kind, now))) return 0;
          const row = await findReminderTask(tx, candidate.id, candidate.due_date);
          // Changed since it was listed (done, re-dated, reassigned away): the claim rolls back with the transaction.
          if (!row) throw new Skip();
          await sendReminder(ctx, tx, row, kind, portal);
          return 1;
        })
        .catch((error: unknown) => {
          if (error instanceof Skip) return 0;
          throw error;
        });
    }
    if (candidates.length < BATCH) break;
    const last = candidates[candidates.length - 1]!;
    after = [last.due_date, last.id];
  }
  return sent;
}

/** Rolls back a claim whose task no longer qualifies. */
class Skip extends Error {}

/**
 * One pass of the overdue digest: each person with open overdue tasks gets at most one per UTC day, claimed in
 * `task_overdue_digests (person, day)` with its mail and one notification per account, in one transaction.
 */
export async function sendOverdueDigests(ctx: AppContext) {
  const now = ctx.clock.now();
  const today = todayOf(now);
  const portal = presentBranding(await readPortalSettings(ctx.db)).name;
  let after: string | null = null;
  let sent = 0;
  for (;;) {
    const userIds = await listDigestCandidates(ctx.db, today, after, BATCH);
    for (const userId of userIds) {
      sent += await ctx.db.transaction(async (tx) => {
        if (!(await claimDigest(tx, userId, today, now))) return 0;
        const tasks = await listOverdueTasks(tx, userId, today);
        if (!tasks.length) return 0;
        const perAccount = new Map<string, number>();
        for (const task of tasks) perAccount.set(task.account_id, (perAccount.get(task.account_id) ?? 0) + 1);
        await insertTaskNotifications(
          tx,
          [...perAccount].map(([accountId, count]) => ({
            userId,
            kind: 'tasks_overdue' as const,
            accountId,
            taskId: null,
            detail: { count },
          })),
          now,
        );
        const lines = tasks
          .slice(0, DIGEST_LINES)
          .map((task) => ({ title: task.title, project: task.project_name, due: task.due_date }));
        await queueTaskMail(ctx, tx, recipientOf(tasks[0]!), {
          key: 'tasksOverdueDigest',
          values: { count: tasks.length, portal, tasks: lines },
          path: '/tasks',
        });
        return 1;
      });
    }
    if (userIds.length < BATCH) break;
    after = userIds[userIds.length - 1]!;
  }
  return sent;
}

/** Runs both sweeps every `intervalSeconds` (0: never) on the periodic runner; returns the stop function. */
export function startTaskReminders(ctx: AppContext, intervalSeconds: number): () => void {
  return startPeriodic(ctx, 'task reminders', intervalSeconds * 1000, async () => {
    await sendTaskReminders(ctx);
    await sendOverdueDigests(ctx);
  });
}
