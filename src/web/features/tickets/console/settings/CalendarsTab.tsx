import { useMemo, useState, type FormEvent } from 'react';
import type { BusinessCalendar } from '../../../../../contract/index.ts';
import { useSubmit } from '../../../../api/hooks.ts';
import { useApi } from '../../../../api/typed-hooks.ts';
import { browserTimeZone, t } from '../../../../i18n/index.ts';
import { SelectField, TextField } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { EmptyState, ErrorState } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';
import { ticketsApi } from '../../api.ts';
import { HolidaysEditor, WeeklyHoursEditor, type Holiday, type Interval } from './HoursEditors.tsx';
import { useConfirmedDelete } from '../../../../ui/useConfirmedDelete.ts';

const DEFAULT_HOURS: Interval[] = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' }));

function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** Business calendars: a time zone, working hours per weekday and holidays (SLA clocks stop outside them). */
export function CalendarsTab({ canWrite }: { canWrite: boolean }) {
  const calendars = useApi('/api/v1/business-calendars');
  const [editing, setEditing] = useState<string | null>(null);
  const items = calendars.data?.items ?? [];
  return (
    <section aria-labelledby="tc-cal-title" className="stack">
      <h2 id="tc-cal-title">{t('tc.settings.tab.calendars')}</h2>
      {calendars.error ? <ErrorState error={calendars.error} onRetry={calendars.reload} /> : null}
      {calendars.data && !items.length ? <EmptyState title={t('tc.calendars.empty')} /> : null}
      <ul className="tc-list">
        {items.map((calendar) => (
          <li key={calendar.id} className="panel">
            <div className="tc-list__head">
              <h3>{calendar.name}</h3>
              <span className="muted small">{calendar.timeZone}</span>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                aria-expanded={editing === calendar.id}
                onClick={() => setEditing(editing === calendar.id ? null : calendar.id)}
              >
                {calendar.abilities.update ? t('tc.settings.edit') : t('tc.settings.show')}
              </button>
            </div>
            {editing === calendar.id ? (
              <CalendarForm
                key={calendar.version}
                calendar={calendar}
                canWrite={calendar.abilities.update}
                onSaved={() => {
                  setEditing(null);
                  calendars.reload();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <div className="panel">
          <h3>{t('tc.calendars.new')}</h3>
          <CalendarForm calendar={null} canWrite onSaved={calendars.reload} />
        </div>
      ) : null}
    </section>
  );
}

function CalendarForm({
  calendar,
  canWrite,
  onSaved,
}: {
  calendar: BusinessCalendar | null;
  canWrite: boolean;
  onSaved: () => void;
}) {
  const toast = useToast();
  const zones = useMemo(timeZones, []);
  const [name, setName] = useState(calendar?.name ?? '');
  const [timeZone, setTimeZone] = useState(calendar?.timeZone ?? browserTimeZone());
  const [hours, setHours] = useState<Interval[]>(calendar?.hours ?? DEFAULT_HOURS);
  const [holidays, setHolidays] = useState<Holiday[]>(calendar?.holidays ?? []);
  const submission = useSubmit();
  const save = (event: FormEvent) => {
    event.preventDefault();
    const body = { name, timeZone, hours, holidays: holidays.filter((holiday) => holiday.day) };
    void submission.run(async () => {
      if (calendar) await ticketsApi.updateCalendar(calendar, body);
      else await ticketsApi.createCalendar(body);
      toast(calendar ? t('common.saved') : t('tc.calendars.created', { name }));
      if (!calendar) {
        setName('');
        setHours(DEFAULT_HOURS);
        setHolidays([]);
      }
      onSaved();
    });
  };
  const confirmedDelete = useConfirmedDelete();
  const remove = async () => {
    if (!calendar) return;
    await confirmedDelete(
      t('tc.calendars.deleteConfirm', { name: calendar.name }),
      () => ticketsApi.deleteCalendar(calendar.id),
      onSaved,
    );
  };
  return (
    <form onSubmit={save} noValidate className="stack">
      <FormAlert error={submission.error} fields={['name', 'timeZone', 'hours', 'holidays']} />
      <fieldset className="plain" disabled={!canWrite}>
        <div className="stack">
          <TextField
            label={t('tc.calendars.name')}
            name="name"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submission.error}
          />
          <SelectField
            label={t('tc.calendars.timeZone')}
            name="timeZone"
            value={timeZone}
            onChange={(event) => setTimeZone(event.target.value)}
            error={submission.error}
          >
            {zones.includes(timeZone) ? null : <option value={timeZone}>{timeZone}</option>}
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </SelectField>
          <WeeklyHoursEditor hours={hours} onChange={setHours} error={submission.error} />
          <HolidaysEditor holidays={holidays} onChange={setHolidays} />
          {canWrite ? (
            <div className="page-actions">
              <button type="submit" className="btn" disabled={submission.pending}>
                {calendar ? t('common.save') : t('tc.calendars.create')}
              </button>
              {calendar?.abilities.delete ? (
                <button type="button" className="btn btn--danger" onClick={() => void remove()}>
                  {t('tc.settings.delete')}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
