import { t, viewerLocale } from '../../../../i18n/index.ts';
import { GroupError } from '../../../../ui/Field.tsx';

export interface Interval {
  day: number;
  start: string;
  end: string;
}
export interface Holiday {
  day: string;
  name: string;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** ISO weekday (Monday = 1) in the viewer's language. 2024-01-01 was a Monday. */
function dayName(day: number): string {
  return new Intl.DateTimeFormat(viewerLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );
}

/** Working hours per weekday: any number of intervals a day (a lunch break is two intervals); none = closed. */
export function WeeklyHoursEditor({
  hours,
  onChange,
  error,
}: {
  hours: Interval[];
  onChange: (hours: Interval[]) => void;
  error: unknown;
}) {
  const update = (index: number, patch: Partial<Interval>) =>
    onChange(hours.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="tc-hours">
      <legend>{t('tc.calendars.hours')}</legend>
      <GroupError error={error} name="hours" />
      {DAYS.map((day) => {
        const name = dayName(day);
        const intervals = hours.map((item, index) => ({ item, index })).filter(({ item }) => item.day === day);
        return (
          <div key={day} className="tc-hours__day" role="group" aria-label={name}>
            <span className="tc-hours__name">{name}</span>
            <div className="tc-hours__intervals">
              {intervals.length ? null : <span className="muted small">{t('tc.calendars.closed')}</span>}
              {intervals.map(({ item, index }, n) => (
                <span key={index} className="tc-hours__interval">
                  <input
                    type="time"
                    aria-label={t('tc.calendars.from', { day: name, n: n + 1 })}
                    value={item.start}
                    onChange={(event) => update(index, { start: event.target.value })}
                  />
                  <span aria-hidden="true">–</span>
                  <input
                    type="time"
                    aria-label={t('tc.calendars.to', { day: name, n: n + 1 })}
                    value={item.end === '24:00' ? '23:59' : item.end}
                    onChange={(event) => update(index, { end: event.target.value })}
                  />
                  <button
                    type="button"
                    className="btn-link"
                    aria-label={t('tc.calendars.removeInterval', { day: name, n: n + 1 })}
                    onClick={() => onChange(hours.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </span>
              ))}
              <button
                type="button"
                className="btn btn--secondary btn--small"
                aria-label={t('tc.calendars.addIntervalTo', { day: name })}
                onClick={() => onChange([...hours, { day, start: '09:00', end: '17:00' }])}
              >
                {t('tc.calendars.addInterval')}
              </button>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Days off (the SLA clock does not run on them). */
export function HolidaysEditor({
  holidays,
  onChange,
}: {
  holidays: Holiday[];
  onChange: (holidays: Holiday[]) => void;
}) {
  const update = (index: number, patch: Partial<Holiday>) =>
    onChange(holidays.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="tc-holidays">
      <legend>{t('tc.calendars.holidays')}</legend>
      {holidays.length ? null : <p className="muted small">{t('tc.calendars.noHolidays')}</p>}
      <ul>
        {holidays.map((holiday, index) => (
          <li key={index} className="tc-holidays__row">
            <input
              type="date"
              aria-label={t('tc.calendars.holidayDate', { n: index + 1 })}
              value={holiday.day}
              onChange={(event) => update(index, { day: event.target.value })}
            />
            <input
              type="text"
              aria-label={t('tc.calendars.holidayName', { n: index + 1 })}
              value={holiday.name}
              maxLength={80}
              onChange={(event) => update(index, { name: event.target.value })}
            />
            <button
              type="button"
              className="btn-link"
              aria-label={t('tc.calendars.removeHoliday', { n: index + 1 })}
              onClick={() => onChange(holidays.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn--secondary btn--small"
        onClick={() => onChange([...holidays, { day: '', name: '' }])}
      >
        {t('tc.calendars.addHoliday')}
      </button>
    </fieldset>
  );
}
