import { useState, type FormEvent } from 'react';
import type { TimeEntry } from '../../../contract/index.ts';
import { ApiError } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';

/** "1:30", "1.5", "90 min" or "90" -> minutes; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const value = text.trim().toLowerCase().replace(',', '.');
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const hours = /^(\d+(?:\.\d+)?)\s*h$/.exec(value);
  if (hours) return Math.round(Number(hours[1]) * 60);
  const minutes = /^(\d+)\s*(?:min|m)?$/.exec(value);
  if (minutes) return Number(minutes[1]);
  const decimal = /^(\d*\.\d+)$/.exec(value);
  return decimal ? Math.round(Number(decimal[1]) * 60) : null;
}

export interface TimeEntryValues {
  date: string;
  minutes: number;
  note: string;
  billable: boolean;
}

/**
 * The one time-entry form (duration, date, note, billable) of a task's time and of time on an account, ticket or
 * thread. `duration`: the task page takes whole minutes; the account's form also takes "1:30" or "1.5h" and says
 * on which budget billable time counts. The caller sends the values (`save`, with the form's idempotency key) and
 * hears when they are saved; an `entry` is edited (with a cancel button), else a new one is logged.
 */
export function TimeEntryForm({
  headingId,
  entry = null,
  duration,
  billableHint,
  save,
  onDone,
}: {
  headingId: string;
  entry?: TimeEntry | null;
  duration: 'minutes' | 'flexible';
  billableHint?: string;
  save: (values: TimeEntryValues, idempotencyKey: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const [date, setDate] = useState(() => entry?.date ?? new Date().toISOString().slice(0, 10));
  const [length, setLength] = useState(entry ? String(entry.minutes) : '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [billable, setBillable] = useState(entry?.billable ?? true);
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Whole minutes go to the server as typed (it answers out-of-range ones); a flexible duration is read here first.
    const minutes = duration === 'minutes' ? Number(length) : parseDuration(length);
    if (minutes === null || (duration === 'flexible' && (minutes < 1 || minutes > 1440)))
      return submit.setError(
        new ApiError({
          status: 400,
          code: 'invalid',
          title: t('billing.time.badDuration'),
          fieldErrors: { minutes: t('billing.time.badDuration') },
        }),
      );
    const ok = await submit.run((idempotencyKey) => save({ date, minutes, note, billable }, idempotencyKey));
    if (ok) {
      setLength('');
      setNote('');
      onDone();
    }
  }
  const durationField =
    duration === 'minutes' ? (
      <TextField
        label={t('time.form.minutes')}
        name="minutes"
        type="number"
        min={1}
        max={1440}
        inputMode="numeric"
        value={length}
        onChange={(event) => setLength(event.target.value)}
        error={submit.error}
      />
    ) : (
      <TextField
        label={t('billing.time.duration')}
        hint={t('billing.time.durationHint')}
        name="minutes"
        inputMode="decimal"
        value={length}
        onChange={(event) => setLength(event.target.value)}
        error={submit.error}
      />
    );
  return (
    <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {entry ? t('billing.time.editTitle') : t('time.form.title')}
      </h3>
      <FormAlert error={submit.error} fields={['date', 'minutes', 'note']} />
      <div className="form-row">
        {durationField}
        <TextField
          label={t('time.form.date')}
          name="date"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={submit.error}
        />
      </div>
      <TextField
        label={t('time.form.note')}
        name="note"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={submit.error}
      />
      <Checkbox
        label={t('time.form.billable')}
        hint={billableHint}
        checked={billable}
        onChange={(event) => setBillable(event.target.checked)}
      />
      <div className="form-actions">
        <button type="submit" className="btn" disabled={submit.pending || !length.trim()}>
          {entry ? t('billing.time.save') : t('time.form.submit')}
        </button>
        {entry ? (
          <button type="button" className="btn btn--secondary" onClick={onDone}>
            {t('billing.time.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
