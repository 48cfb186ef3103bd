/*
 * Which payment reminder an open invoice is due for today: a pure function, so the rule is tested on its own.
 * Steps are days relative to the due date (-3 = three days before, 0 = on the day, 7 = a week after).
 */

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/**
 * The one step to send today, or null. Only the latest step reached is sent (a process that was down, or an
 * invoice sent late, gets one reminder, not a burst), and only when no step at or after it went out. A step that
 * fell on or before the issue date is skipped: the invoice mail itself just told the client.
 */
export function dunningStepDue(
  steps: readonly number[],
  issueDate: string,
  dueDate: string,
  today: string,
  sentSteps: readonly number[],
): number | null {
  const issued = dayNumber(issueDate);
  const due = dayNumber(dueDate);
  const now = dayNumber(today);
  const reached = [...new Set(steps)].filter((step) => due + step <= now && due + step > issued);
  if (!reached.length) return null;
  const latest = Math.max(...reached);
  if (sentSteps.some((sent) => sent >= latest)) return null;
  return latest;
}

/** How a reminder speaks of its step: before the due date, on it, or after. */
export const reminderWhen = (step: number) => (step < 0 ? 'before' : step === 0 ? 'today' : 'after');
