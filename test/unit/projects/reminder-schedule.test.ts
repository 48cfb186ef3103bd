import { describe, expect, it } from 'vitest';
import { addDays, reminderDue, reminderHorizon } from '../../../src/server/modules/projects/reminder-schedule.ts';

describe('task reminder schedule', () => {
  it('adds days across month and year ends in UTC', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('sends "before" from the lead days ahead until the day before, and "due" on the day', () => {
    expect(reminderDue('2026-12-10', '2026-12-08', 1)).toBeNull();
    expect(reminderDue('2026-12-10', '2026-12-09', 1)).toBe('before');
    expect(reminderDue('2026-12-10', '2026-12-10', 1)).toBe('due');
    expect(reminderDue('2026-12-10', '2026-12-07', 3)).toBe('before');
    expect(reminderDue('2026-12-10', '2026-12-06', 3)).toBeNull();
  });

  it('sends nothing for an overdue task (the digest takes it) and nothing already sent', () => {
    expect(reminderDue('2026-12-10', '2026-12-11', 1)).toBeNull();
    expect(reminderDue('2026-12-10', '2026-12-09', 1, ['before'])).toBeNull();
    expect(reminderDue('2026-12-10', '2026-12-10', 1, ['before'])).toBe('due');
    expect(reminderDue('2026-12-10', '2026-12-10', 1, ['due'])).toBeNull();
  });

  it('after downtime only the latest kind reached goes out, and a lead of 0 means no "before"', () => {
    // The sweep missed the day before: on the due date it sends "due" alone, never both.
    expect(reminderDue('2026-12-10', '2026-12-10', 2, [])).toBe('due');
    expect(reminderDue('2026-12-10', '2026-12-09', 0)).toBeNull();
    expect(reminderDue('2026-12-10', '2026-12-10', 0)).toBe('due');
  });

  it('reads candidates up to the lead days ahead', () => {
    expect(reminderHorizon('2026-12-30', 3)).toBe('2027-01-02');
    expect(reminderHorizon('2026-12-30', 0)).toBe('2026-12-30');
  });
});
