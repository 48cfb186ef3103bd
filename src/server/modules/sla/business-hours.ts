/*
 * Business time: minutes counted only inside a calendar's weekly working intervals, in its own time zone, minus
 * holidays (a holiday is a whole local day off). Pure functions, no dependency: wall-clock times are turned into
 * instants with Intl, so daylight-saving changes are real elapsed time (a 09:00–17:00 day is 8 hours whatever the
 * offset; an interval crossing a change is an hour shorter or longer).
 *
 * The walk goes day by day over local dates and consumes whole intervals, never minute by minute.
 * Wall-clock times that do not exist (spring-forward gap) move forward by the gap, and ambiguous ones (fall-back)
 * take the earlier instant: the "compatible" rule of Temporal and of most calendar software.
 */

export interface WorkingInterval {
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  day: number;
  /** 'HH:MM' local time. */
  start: string;
  /** 'HH:MM' local time, or '24:00' for the end of the day. */
  end: string;
}

export interface BusinessHoursCalendar {
  timeZone: string;
  hours: readonly WorkingInterval[];
  /** Local days off, 'YYYY-MM-DD'. */
  holidays: ReadonlySet<string>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far a walk may go before the calendar is judged unusable (20 years of local days). */
const MAX_DAYS = 366 * 20;

export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone (IANA names such as Europe/Paris, or UTC). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall clock at an instant, written as if it were UTC (ms). */
function wallClockMs(timeZone: string, instantMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** Offset of the zone from UTC at an instant, in ms (Paris in summer: +2 h). Seconds of the instant are ignored. */
function offsetMs(timeZone: string, instantMs: number): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallClockMs(timeZone, whole) - whole;
}

/**
 * The instant of a local wall-clock time (given as if UTC). `offsets` are the zone's offsets just before and just
 * after the day, which bound every offset that may apply to it (no zone changes twice within three days).
 */
function wallToInstant(timeZone: string, wallMs: number, offsets: readonly [number, number]): number {
  const [before, after] = offsets;
  if (before === after) return wallMs - before;
  const candidates = [wallMs - before, wallMs - after].filter(
    (instant) => offsetMs(timeZone, instant) === wallMs - instant,
  );
  if (candidates.length > 0) return Math.min(...candidates); // ambiguous: the earlier one
  // In the gap: shift forward by its length, i.e. read the wall time with the offset from before the change.
  return wallMs - before;
}

interface LocalDay {
  /** Midnight of the local date, as if UTC (ms). */
  wallMs: number;
  key: string;
  isoWeekday: number;
}

function localDayOf(timeZone: string | null, instantMs: number): LocalDay {
  const wall = timeZone ? wallClockMs(timeZone, instantMs) : instantMs;
  return dayAt(Math.floor(wall / DAY_MS) * DAY_MS);
}

function dayAt(wallMs: number): LocalDay {
  const weekday = new Date(wallMs).getUTCDay();
  return { wallMs, key: new Date(wallMs).toISOString().slice(0, 10), isoWeekday: weekday === 0 ? 7 : weekday };
}

const minutesOf = (hhmm: string) => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours! * 60 + minutes!;
};

/** Each weekday's intervals in minutes of the day, sorted and merged (touching or overlapping ones become one). */
function weeklyIntervals(hours: readonly WorkingInterval[]): Map<number, [number, number][]> {
  const byDay = new Map<number, [number, number][]>();
  for (const interval of hours) {
    const start = minutesOf(interval.start);
    const end = minutesOf(interval.end);
    if (!(end > start)) continue;
    const list = byDay.get(interval.day) ?? [];
    list.push([start, end]);
    byDay.set(interval.day, list);
  }
  for (const [day, list] of byDay) {
    list.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const current of list) {
      const last = merged.at(-1);
      if (last && current[0] <= last[1]) last[1] = Math.max(last[1], current[1]);
      else merged.push([current[0], current[1]]);
    }
    byDay.set(day, merged);
  }
  return byDay;
}

/** Working time as instant ranges [start, end) in ms, day after day from the local date of `fromMs`. */
function* workingRanges(calendar: BusinessHoursCalendar, fromMs: number): Generator<[number, number]> {
  const weekly = weeklyIntervals(calendar.hours);
  if (weekly.size === 0) throw new CalendarError('The business calendar has no working hours.');
  // Each day needs the offsets one day before and two days after it: remembered, that is one Intl call per day.
  const offsets = new Map<number, number>();
  const offsetOn = (wallMs: number) => {
    let offset = offsets.get(wallMs);
    if (offset === undefined) offsets.set(wallMs, (offset = offsetMs(calendar.timeZone, wallMs)));
    return offset;
  };
  let day = localDayOf(calendar.timeZone, fromMs);
  for (let walked = 0; walked < MAX_DAYS; walked += 1, day = dayAt(day.wallMs + DAY_MS)) {
    const intervals = weekly.get(day.isoWeekday);
    if (!intervals || calendar.holidays.has(day.key)) continue;
    const around: [number, number] = [offsetOn(day.wallMs - DAY_MS), offsetOn(day.wallMs + 2 * DAY_MS)];
    offsets.delete(day.wallMs - 2 * DAY_MS);
    for (const [startMinute, endMinute] of intervals) {
      const start = wallToInstant(calendar.timeZone, day.wallMs + startMinute * MINUTE_MS, around);
      const end = wallToInstant(calendar.timeZone, day.wallMs + endMinute * MINUTE_MS, around);
      if (end > start) yield [start, end];
    }
  }
  throw new CalendarError('The business calendar has no working time left in the next 20 years.');
}

/**
 * The instant `minutes` business minutes after `start`. null calendar: around the clock. When the minutes run out
 * exactly at the end of an interval, that end is the answer (17:00, not the next opening). Zero or fewer minutes: `start`.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessHoursCalendar | null): Date {
  if (!calendar) return new Date(start.getTime() + minutes * MINUTE_MS);
  if (!(minutes > 0)) return new Date(start.getTime());
  let remaining = minutes * MINUTE_MS;
  const cursor = start.getTime();
  for (const [rangeStart, rangeEnd] of workingRanges(calendar, cursor)) {
    if (rangeEnd <= cursor) continue;
    const from = Math.max(rangeStart, cursor);
    const available = rangeEnd - from;
    if (available >= remaining) return new Date(from + remaining);
    remaining -= available;
  }
  /* c8 ignore next */ throw new CalendarError('unreachable');
}

/** Business minutes in [from, to) (fractional when the instants carry seconds); 0 when `to` is not after `from`. */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessHoursCalendar | null): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs <= fromMs) return 0;
  if (!calendar) return (toMs - fromMs) / MINUTE_MS;
  let total = 0;
  for (const [rangeStart, rangeEnd] of workingRanges(calendar, fromMs)) {
    if (rangeStart >= toMs) break;
    total += Math.max(0, Math.min(rangeEnd, toMs) - Math.max(rangeStart, fromMs));
  }
  return total / MINUTE_MS;
}
