import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, nextDueDate, nextOccurrence } from '../../../src/server/modules/projects/recurrence.ts';

describe('recurrence date maths', () => {
  it.each([
    // monthly on the 5th
    [5, '2027-01-04', '2027-01-05'],
    [5, '2027-01-05', '2027-02-05'],
    [5, '2027-01-06', '2027-02-05'],
    [5, '2027-12-05', '2028-01-05'],
    // the 31st falls on the last day of shorter months, and comes back to the 31st after them
    [31, '2027-01-31', '2027-02-28'],
    [31, '2028-01-31', '2028-02-29'],
    [31, '2027-02-28', '2027-03-31'],
    [31, '2027-04-15', '2027-04-30'],
    [30, '2027-01-30', '2027-02-28'],
    [29, '2100-01-29', '2100-02-28'],
    [29, '2000-01-29', '2000-02-29'],
    [1, '2027-12-31', '2028-01-01'],
  ])('monthly on day %i after %s is %s', (day, after, expected) => {
    expect(nextOccurrence({ kind: 'monthly', day }, after)).toBe(expected);
  });

  it.each([
    // 2027-01-04 is a Monday
    [1, '2027-01-04', '2027-01-11'],
    [1, '2027-01-03', '2027-01-04'],
    [5, '2027-01-04', '2027-01-08'],
    [7, '2027-01-04', '2027-01-10'],
    [3, '2027-12-30', '2028-01-05'],
    [2, '2028-02-28', '2028-02-29'],
  ])('weekly on weekday %i after %s is %s', (weekday, after, expected) => {
    expect(nextOccurrence({ kind: 'weekly', weekday }, after)).toBe(expected);
  });

  it('the next due date follows the completed occurrence’s due date, or today when it had none', () => {
    const rule = { kind: 'monthly', day: 5 } as const;
    // Completed late (in March) for the January occurrence: the February one is next, not April's.
    expect(nextDueDate(rule, '2027-01-05', '2027-03-20')).toBe('2027-02-05');
    expect(nextDueDate(rule, null, '2027-03-20')).toBe('2027-04-05');
  });

  it('weekdays and day arithmetic are calendar days, whatever the time zone', () => {
    expect(isoWeekday('2027-01-04')).toBe(1);
    expect(isoWeekday('2027-01-10')).toBe(7);
    expect(addDays('2027-01-04', 42)).toBe('2027-02-15');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
  });
});
