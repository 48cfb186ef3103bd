import { describe, expect, it } from 'vitest';
import {
  firstIndexFrom,
  periodEnd,
  periodStart,
  withinTerm,
  type Schedule,
} from '../../src/server/modules/billing/recurring-schedule.ts';

const schedule = (over: Partial<Schedule>): Schedule => ({
  unit: 'month',
  every: 1,
  dayOfMonth: null,
  startDate: '2026-01-15',
  endDate: null,
  count: null,
  ...over,
});
const starts = (s: Schedule, n: number) => Array.from({ length: n }, (_, i) => periodStart(s, i));

describe('recurring schedule: period starts', () => {
  it.each<[string, Partial<Schedule>, string[]]>([
    ['monthly on the start day', {}, ['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15']],
    [
      'monthly on the 31st: last day of short months, back to the 31st after',
      { startDate: '2026-01-31', dayOfMonth: 31 },
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'],
    ],
    [
      'monthly on the 31st in a leap year: February 29',
      { startDate: '2028-01-31', dayOfMonth: 31 },
      ['2028-01-31', '2028-02-29', '2028-03-31'],
    ],
    [
      'monthly on the 30th from February: the 28th, then the 30th',
      { startDate: '2026-02-01', dayOfMonth: 30 },
      ['2026-02-28', '2026-03-30', '2026-04-30'],
    ],
    [
      'monthly on the 1st, starting mid-month: the next 1st',
      { startDate: '2026-01-15', dayOfMonth: 1 },
      ['2026-02-01', '2026-03-01', '2026-04-01'],
    ],
    [
      'monthly on a day later in the start month: that day',
      { startDate: '2026-01-15', dayOfMonth: 20 },
      ['2026-01-20', '2026-02-20', '2026-03-20'],
    ],
    [
      'every 3 months across the year end',
      { startDate: '2026-11-30', every: 3 },
      ['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30'],
    ],
    [
      'yearly from February 29: the 28th in common years, the 29th again in leap years',
      { unit: 'year', startDate: '2028-02-29' },
      ['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29'],
    ],
    ['yearly', { unit: 'year', startDate: '2026-12-31' }, ['2026-12-31', '2027-12-31', '2028-12-31']],
    ['weekly', { unit: 'week', startDate: '2026-12-28' }, ['2026-12-28', '2027-01-04', '2027-01-11']],
    [
      'every 2 weeks over a leap day',
      { unit: 'week', every: 2, startDate: '2028-02-20' },
      ['2028-02-20', '2028-03-05', '2028-03-19'],
    ],
    [
      'every 4 weeks over a DST change (UTC dates: no drift)',
      { unit: 'week', every: 4, startDate: '2026-03-01' },
      ['2026-03-01', '2026-03-29', '2026-04-26', '2026-05-24'],
    ],
  ])('%s', (_name, over, expected) => {
    expect(starts(schedule(over), expected.length)).toEqual(expected);
  });

  it.each<[Partial<Schedule>, number, string]>([
    [{ startDate: '2026-01-31', dayOfMonth: 31 }, 0, '2026-02-27'],
    [{ startDate: '2028-01-31', dayOfMonth: 31 }, 0, '2028-02-28'],
    [{ startDate: '2026-01-31', dayOfMonth: 31 }, 1, '2026-03-30'],
    [{ unit: 'week', startDate: '2026-12-28' }, 0, '2027-01-03'],
    [{ unit: 'year', startDate: '2028-02-29' }, 0, '2029-02-27'],
  ])('period end of %j #%i is the day before the next start: %s', (over, index, expected) => {
    expect(periodEnd(schedule(over), index)).toBe(expected);
  });
});

describe('recurring schedule: term and resume', () => {
  it.each<[Partial<Schedule>, string, number, boolean]>([
    [{}, '2030-01-01', 500, true],
    [{ count: 3 }, '2026-03-15', 2, true],
    [{ count: 3 }, '2026-04-15', 3, false],
    [{ endDate: '2026-03-15' }, '2026-03-15', 2, true],
    [{ endDate: '2026-03-15' }, '2026-04-15', 3, false],
  ])('%j: a period on %s with %i billed is within the term: %s', (over, start, billed, expected) => {
    expect(withinTerm(schedule(over), start, billed)).toBe(expected);
  });

  it('resumes at the first period on or after the day', () => {
    const s = schedule({});
    expect(firstIndexFrom(s, 1, '2026-05-10')).toBe(4); // 2026-05-15
    expect(firstIndexFrom(s, 1, '2026-05-15')).toBe(4);
    expect(firstIndexFrom(s, 1, '2026-01-01')).toBe(1); // never goes back
  });
});
