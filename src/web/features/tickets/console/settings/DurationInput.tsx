import { useId } from 'react';
import { t } from '../../../../i18n/index.ts';

/** A duration entered as hours + minutes; empty means "no target" (null). */
export function DurationInput({
  label,
  minutes,
  onChange,
  disabled,
}: {
  label: string;
  minutes: number | null;
  onChange: (minutes: number | null) => void;
  disabled?: boolean;
}) {
  const id = useId().replace(/:/g, '');
  const hours = minutes === null ? '' : String(Math.floor(minutes / 60));
  const rest = minutes === null ? '' : String(minutes % 60);
  const update = (h: string, m: string) => {
    if (h === '' && m === '') return onChange(null);
    const total = (Number(h) || 0) * 60 + (Number(m) || 0);
    onChange(total > 0 ? total : null);
  };
  return (
    <fieldset className="tc-duration" disabled={disabled}>
      <legend>{label}</legend>
      <label htmlFor={`${id}-h`}>{t('tc.duration.hoursLabel')}</label>
      <input
        id={`${id}-h`}
        type="number"
        min={0}
        max={8760}
        inputMode="numeric"
        value={hours}
        onChange={(event) => update(event.target.value, rest)}
      />
      <label htmlFor={`${id}-m`}>{t('tc.duration.minutesLabel')}</label>
      <input
        id={`${id}-m`}
        type="number"
        min={0}
        max={59}
        inputMode="numeric"
        value={rest}
        onChange={(event) => update(hours, event.target.value)}
      />
    </fieldset>
  );
}
