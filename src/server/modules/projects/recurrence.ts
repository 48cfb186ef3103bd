import type { Recurrence } from '../../../contract/index.ts';

/*
 * Recurrence date maths, on calendar dates (YYYY-MM-DD, no time zone: a due date is a day). Pure, table-tested.
 */

const parse = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const format = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string) {
  const { year, month, day } = parse(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

export function addDays(date: string, days: number) {
  const { year, month, day } = parse(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The first date strictly after `after` that the rule falls on. Monthly on day 29-31 falls on the last day of
 * shorter months (monthly on the 31st: Jan 31, Feb 28/29, Mar 31), never skipping a month.
 */
export function nextOccurrence(rule: Recurrence, after: string): string {
  if (rule.kind === 'weekly') {
    const delta = (rule.weekday - isoWeekday(after) + 7) % 7 || 7;
    return addDays(after, delta);
  }
  let { year, month } = parse(after);
  for (;;) {
    const candidate = format(year, month, Math.min(rule.day, daysInMonth(year, month)));
    if (candidate > after) return candidate;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The due date of the occurrence after one that is completed: the rule's next date after the completed one's due
 * date (so a late completion still leaves the next period's task, due when that period is), or after `today` when
 * it had none.
 */
export function nextDueDate(rule: Recurrence, dueDate: string | null, today: string) {
  return nextOccurrence(rule, dueDate ?? today);
}
