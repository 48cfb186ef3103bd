import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  CalendarError,
  isValidTimeZone,
  type BusinessHoursCalendar,
  type WorkingInterval,
} from '../../src/server/modules/sla/business-hours.ts';

const WEEKDAYS = [1, 2, 3, 4, 5];
const calendar = (timeZone: string, hours: WorkingInterval[], holidays: string[] = []): BusinessHoursCalendar => ({
  timeZone,
  hours,
  holidays: new Set(holidays),
});
const officeHours = (timeZone: string, holidays: string[] = []) =>
  calendar(
    timeZone,
    WEEKDAYS.map((day) => ({ day, start: '09:00', end: '17:00' })),
    holidays,
  );
const allDay = (timeZone: string) =>
  calendar(
    timeZone,
    [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' })),
  );
const at = (iso: string) => new Date(iso);
const add = (start: string, minutes: number, cal: BusinessHoursCalendar | null) =>
  addBusinessMinutes(at(start), minutes, cal).toISOString();

describe('addBusinessMinutes: office hours (Europe/Paris, 09:00–17:00 Monday to Friday)', () => {
  const paris = officeHours('Europe/Paris');

  it('counts inside one working day', () => {
    // Monday 30 November 2026, 10:00 Paris (UTC+1).
    expect(add('2026-11-30T09:00:00Z', 90, paris)).toBe('2026-11-30T10:30:00.000Z');
  });

  it('ends at closing time when the minutes run out exactly then, not at the next opening', () => {
    expect(add('2026-11-30T15:00:00Z', 60, paris)).toBe('2026-11-30T16:00:00.000Z');
  });

  it('skips the weekend: Friday 16:00 + 2 h is Monday 10:00', () => {
    expect(add('2026-11-27T15:00:00Z', 120, paris)).toBe('2026-11-30T09:00:00.000Z');
  });

  it('starts counting at opening time when started before it', () => {
    expect(add('2026-11-30T06:00:00Z', 30, paris)).toBe('2026-11-30T08:30:00.000Z');
  });

  it('started after closing, counts from the next opening', () => {
    expect(add('2026-11-30T17:00:00Z', 60, paris)).toBe('2026-12-01T09:00:00.000Z');
  });

  it('started on a Saturday, counts from Monday', () => {
    expect(add('2026-11-28T11:00:00Z', 480, paris)).toBe('2026-11-30T16:00:00.000Z');
  });

  it('skips holidays as whole local days', () => {
    const withChristmas = officeHours('Europe/Paris', ['2026-12-25']);
    // Thursday 24 December 16:00 + 2 h: Friday the 25th is off, then the weekend, so Monday 28th 10:00.
    expect(add('2026-12-24T15:00:00Z', 120, withChristmas)).toBe('2026-12-28T09:00:00.000Z');
    expect(add('2026-12-24T15:00:00Z', 120, paris)).toBe('2026-12-25T09:00:00.000Z');
  });

  it('a holiday is the local day, not the UTC one', () => {
    // Around the clock in Tokyo (UTC+9): the local 1 January starts at 15:00 UTC on 31 December.
    const tokyo = { ...allDay('Asia/Tokyo'), holidays: new Set(['2027-01-01']) };
    expect(add('2026-12-31T14:00:00Z', 120, tokyo)).toBe('2027-01-01T16:00:00.000Z');
  });

  it('zero minutes is the start itself, even outside working hours', () => {
    expect(add('2026-11-28T11:00:00Z', 0, paris)).toBe('2026-11-28T11:00:00.000Z');
  });

  it('handles large targets: three weeks of minutes is 63 working days', () => {
    const utcOffice = officeHours('UTC');
    expect(add('2026-11-30T09:00:00Z', 3 * 7 * 24 * 60, utcOffice)).toBe('2027-02-24T17:00:00.000Z');
  });

  // How fast this is belongs to the bench; here only that a year-long target comes out right.
  it('a year of business minutes adds up both ways', () => {
    const due = addBusinessMinutes(at('2026-11-30T09:00:00Z'), 525_600, paris);
    expect(businessMinutesBetween(at('2026-11-30T09:00:00Z'), due, paris)).toBe(525_600);
  });
});

describe('no calendar: around the clock', () => {
  it('adds plain minutes and measures plain minutes', () => {
    expect(add('2026-11-28T23:30:00Z', 90, null)).toBe('2026-11-29T01:00:00.000Z');
    expect(businessMinutesBetween(at('2026-11-28T23:30:00Z'), at('2026-11-29T01:00:00Z'), null)).toBe(90);
    expect(businessMinutesBetween(at('2026-11-29T01:00:00Z'), at('2026-11-28T23:30:00Z'), null)).toBe(0);
  });
});

describe('split shifts, 24:00 and overnight work', () => {
  const utc = 'UTC';

  it('skips the lunch break between two intervals of a day', () => {
    const split = calendar(utc, [
      { day: 1, start: '13:00', end: '17:00' },
      { day: 1, start: '09:00', end: '12:00' },
    ]);
    expect(add('2026-11-30T11:00:00Z', 120, split)).toBe('2026-11-30T14:00:00.000Z');
    expect(businessMinutesBetween(at('2026-11-30T11:30:00Z'), at('2026-11-30T13:30:00Z'), split)).toBe(60);
    // The next Monday, when the week's hours are used up.
    expect(add('2026-11-30T16:00:00Z', 120, split)).toBe('2026-12-07T10:00:00.000Z');
  });

  it('an evening shift to 24:00 continues into the next morning’s shift', () => {
    const overnight = calendar(utc, [
      { day: 1, start: '20:00', end: '24:00' },
      { day: 2, start: '00:00', end: '04:00' },
    ]);
    expect(add('2026-11-30T23:00:00Z', 120, overnight)).toBe('2026-12-01T01:00:00.000Z');
    expect(businessMinutesBetween(at('2026-11-30T00:00:00Z'), at('2026-12-02T00:00:00Z'), overnight)).toBe(480);
  });

  it('overlapping intervals of one day are counted once', () => {
    const overlapping = calendar(utc, [
      { day: 1, start: '09:00', end: '13:00' },
      { day: 1, start: '12:00', end: '17:00' },
    ]);
    expect(businessMinutesBetween(at('2026-11-30T00:00:00Z'), at('2026-12-01T00:00:00Z'), overlapping)).toBe(480);
  });
});

describe('daylight saving time', () => {
  it('Europe/Paris spring forward (28 March 2027): the Sunday has 23 hours', () => {
    const paris = allDay('Europe/Paris');
    // Saturday 23:00 CET + 4 h of real time = 04:00 CEST.
    expect(add('2027-03-27T22:00:00Z', 240, paris)).toBe('2027-03-28T02:00:00.000Z');
    expect(businessMinutesBetween(at('2027-03-27T23:00:00Z'), at('2027-03-28T22:00:00Z'), paris)).toBe(23 * 60);
  });

  it('Europe/Paris: office hours keep their local times across the change', () => {
    // Friday 26 March 16:00 CET (UTC+1) + 2 h = Monday 29 March 10:00 CEST (UTC+2).
    expect(add('2027-03-26T15:00:00Z', 120, officeHours('Europe/Paris'))).toBe('2027-03-29T08:00:00.000Z');
  });

  it('Europe/Paris: an interval across the gap lasts its real time', () => {
    const sunday = calendar('Europe/Paris', [{ day: 7, start: '01:00', end: '04:00' }]);
    expect(businessMinutesBetween(at('2027-03-27T00:00:00Z'), at('2027-03-29T00:00:00Z'), sunday)).toBe(120);
    expect(add('2027-03-27T00:00:00Z', 60, sunday)).toBe('2027-03-28T01:00:00.000Z');
  });

  it('Europe/Paris fall back (25 October 2026): the Sunday has 25 hours', () => {
    const paris = allDay('Europe/Paris');
    expect(businessMinutesBetween(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), paris)).toBe(25 * 60);
    const sunday = calendar('Europe/Paris', [{ day: 7, start: '01:00', end: '04:00' }]);
    expect(businessMinutesBetween(at('2026-10-24T00:00:00Z'), at('2026-10-26T00:00:00Z'), sunday)).toBe(240);
    // 01:00 CEST is 23:00 UTC the day before; four real hours later is 04:00 CET.
    expect(add('2026-10-24T00:00:00Z', 240, sunday)).toBe('2026-10-25T03:00:00.000Z');
  });

  it('America/New_York spring forward (14 March 2027) and fall back (1 November 2026)', () => {
    const newYork = allDay('America/New_York');
    expect(businessMinutesBetween(at('2027-03-13T17:00:00Z'), at('2027-03-15T16:00:00Z'), newYork)).toBe(47 * 60);
    expect(businessMinutesBetween(at('2026-10-31T16:00:00Z'), at('2026-11-02T17:00:00Z'), newYork)).toBe(49 * 60);
  });

  it('America/New_York: office hours across the fall-back weekend', () => {
    // Friday 30 October 16:00 EDT (UTC−4) + 2 h = Monday 2 November 10:00 EST (UTC−5).
    expect(add('2026-10-30T20:00:00Z', 120, officeHours('America/New_York'))).toBe('2026-11-02T15:00:00.000Z');
  });

  it('America/New_York: an interval starting inside the gap starts when the clock jumps forward', () => {
    // 02:30 does not exist on 14 March 2027: it reads as 03:30 EDT (the gap's length later), like Temporal.
    const sunday = calendar('America/New_York', [{ day: 7, start: '02:30', end: '05:00' }]);
    expect(add('2027-03-14T00:00:00Z', 30, sunday)).toBe('2027-03-14T08:00:00.000Z');
    expect(businessMinutesBetween(at('2027-03-13T00:00:00Z'), at('2027-03-15T00:00:00Z'), sunday)).toBe(90);
  });

  it('adding then measuring gives back the same minutes across both changes of a year', () => {
    const paris = officeHours('Europe/Paris', ['2027-05-01', '2027-12-25']);
    const start = at('2026-10-20T10:17:00Z');
    for (const minutes of [1, 59, 480, 2399, 10_000, 30_240, 100_000]) {
      expect(businessMinutesBetween(start, addBusinessMinutes(start, minutes, paris), paris)).toBe(minutes);
    }
  });
});

describe('calendars that cannot work', () => {
  it('refuses a week without working hours instead of looping forever', () => {
    expect(() => addBusinessMinutes(at('2026-11-30T09:00:00Z'), 60, calendar('UTC', []))).toThrow(CalendarError);
    expect(() =>
      businessMinutesBetween(
        at('2026-11-30T09:00:00Z'),
        at('2026-12-30T09:00:00Z'),
        calendar('UTC', [{ day: 1, start: '10:00', end: '10:00' }]),
      ),
    ).toThrow(CalendarError);
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
