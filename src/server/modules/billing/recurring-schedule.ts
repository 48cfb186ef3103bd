/*
 * The calendar of a subscription, pure (dates are UTC calendar days, 'YYYY-MM-DD'). Every period's start is
 * computed from the anchor and the period's index, never from the previous period, so a short month does not move
 * the following ones: monthly on the 31st bills Jan 31, Feb 28 (29 in a leap year), Mar 31, Apr 30...
 */

export type IntervalUnit = 'week' | 'month' | 'year';

export interface Schedule {
  unit: IntervalUnit;
  /** Every N units (every 2 weeks, every 3 months). */
  every: number;
  /** Monthly only: the day of the month (29-31 fall on the last day of shorter months); default the start's day. */
  dayOfMonth: number | null;
  startDate: string;
  /** The last day a period may start on (inclusive), or null. */
  endDate: string | null;
  /** How many periods are billed at most, or null (until cancelled or endDate). */
  count: number | null;
}

const DAY_MS = 86_400_000;
const parse = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m: m - 1, d };
};
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
/** The day `day` of the month `month` months after January of `year` (month may overflow), clamped to the month. */
const clampedDay = (year: number, month: number, day: number) => {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return format(Date.UTC(y, m, Math.min(day, daysInMonth(y, m))));
};

export const addDays = (day: string, days: number) => format(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);

/** The first day of the period of index `index` (0 = the first period, on or after the start date). */
export function periodStart(schedule: Schedule, index: number): string {
  const start = parse(schedule.startDate);
  switch (schedule.unit) {
    case 'week':
      return addDays(schedule.startDate, 7 * schedule.every * index);
    case 'year':
      return clampedDay(start.y + schedule.every * index, start.m, start.d);
    case 'month': {
      const day = schedule.dayOfMonth ?? start.d;
      // The first billing day on or after the start: this month's if not yet passed, else next month's.
      const first = clampedDay(start.y, start.m, day) >= schedule.startDate ? 0 : 1;
      return clampedDay(start.y, start.m + first + schedule.every * index, day);
    }
  }
}

/** The period's last day (inclusive): the day before the next period starts. */
export const periodEnd = (schedule: Schedule, index: number) => addDays(periodStart(schedule, index + 1), -1);

/** Whether a period starting on `start` is still within the subscription's term, `billed` periods already billed. */
export const withinTerm = (schedule: Schedule, start: string, billed: number) =>
  (schedule.count === null || billed < schedule.count) && (schedule.endDate === null || start <= schedule.endDate);

/** The index of the first period starting on or after `day` (the resume point after a pause). */
export function firstIndexFrom(schedule: Schedule, fromIndex: number, day: string): number {
  let index = fromIndex;
  // Bounded: a weekly plan over 100 years is ~5,200 steps; the start moves forward with every step.
  while (periodStart(schedule, index) < day && index < fromIndex + 10_000) index += 1;
  return index;
}
