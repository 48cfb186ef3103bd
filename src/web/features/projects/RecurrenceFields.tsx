import { useState } from 'react';
import type { Recurrence } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { weekdayName } from './format.tsx';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Props {
  value: Recurrence | null;
  /** The field path of the recurrence in the request (`tasks.2.recurrence`), for the server's field errors. */
  path: string;
  error: unknown;
  onChange: (value: Recurrence | null) => void;
}

/**
 * How a task repeats: not at all, every week on a weekday, or every month on a day (29-31: the month's last day
 * when shorter). A new rule starts on Mondays or on the 1st; the server checks what is saved (field errors).
 */
export function RecurrenceFields({ value, path, error, onChange }: Props) {
  // The day as typed, so clearing the field to type another leaves it empty (sent as 0: the server says why not).
  const [typed, setTyped] = useState<string | null>(null);
  const dayOf = (raw: string) => (raw.trim() === '' ? 0 : Math.trunc(Number(raw)) || 0);
  const shownDay = value?.kind === 'monthly' && typed !== null && dayOf(typed) === value.day ? typed : null;
  const startWith = (kind: string): Recurrence | null =>
    kind === 'weekly' ? { kind: 'weekly', weekday: 1 } : kind === 'monthly' ? { kind: 'monthly', day: 1 } : null;
  return (
    <div className="form-row">
      <SelectField
        label={t('template.task.repeats')}
        name={path}
        value={value?.kind ?? ''}
        hint={value ? t('template.task.repeatHint') : undefined}
        onChange={(event) => onChange(startWith(event.target.value))}
        error={error}
      >
        <option value="">{t('template.task.repeatsNever')}</option>
        <option value="weekly">{t('template.task.repeatsWeekly')}</option>
        <option value="monthly">{t('template.task.repeatsMonthly')}</option>
      </SelectField>
      {value?.kind === 'weekly' ? (
        <SelectField
          label={t('template.task.weekday')}
          name={`${path}.weekday`}
          value={String(value.weekday)}
          onChange={(event) => onChange({ kind: 'weekly', weekday: Number(event.target.value) })}
          error={error}
        >
          {WEEKDAYS.map((weekday) => (
            <option key={weekday} value={weekday}>
              {weekdayName(weekday)}
            </option>
          ))}
        </SelectField>
      ) : null}
      {value?.kind === 'monthly' ? (
        <TextField
          label={t('template.task.monthDay')}
          name={`${path}.day`}
          type="number"
          min={1}
          max={31}
          hint={t('template.task.monthDayHint')}
          value={shownDay ?? String(value.day)}
          onChange={(event) => {
            setTyped(event.target.value);
            onChange({ kind: 'monthly', day: dayOf(event.target.value) });
          }}
          error={error}
        />
      ) : null}
    </div>
  );
}
