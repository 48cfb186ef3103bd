/*
 * When a task's reminders are due (pure: dates as YYYY-MM-DD, UTC days). Only the latest kind reached is sent, so
 * a sweep after downtime sends one reminder, not a burst: "before" from `leadDays` days ahead until the day before,
 * "due" on the due date. After the due date the task is overdue and belongs to the daily digest instead.
 */
export type ReminderKind = 'before' | 'due';

const DAY_MS = 86_400_000;
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The reminder kind due today for a task due on `dueDate`, or null (too early, overdue, or already sent). */
export function reminderDue(
  dueDate: string,
  today: string,
  leadDays: number,
  sent: readonly ReminderKind[] = [],
): ReminderKind | null {
  if (today > dueDate) return null;
  const kind: ReminderKind | null =
    today === dueDate ? 'due' : leadDays > 0 && today >= addDays(dueDate, -leadDays) ? 'before' : null;
  return kind && !sent.includes(kind) ? kind : null;
}

/** The last due date a sweep on `today` can remind about: the window the candidates query reads. */
export const reminderHorizon = (today: string, leadDays: number) => addDays(today, Math.max(0, leadDays));
