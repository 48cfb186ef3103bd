import type { TicketField } from '../../../../contract/index.ts';
import { t } from '../../../i18n/index.ts';
import { SelectField, TextField } from '../../../ui/Field.tsx';

type Value = string | number | null;

/** One custom field with the input its type calls for (text, number, date, select); empty clears it (null). */
export function CustomFieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: TicketField;
  value: Value;
  error: unknown;
  onChange: (value: Value) => void;
}) {
  const label = field.required ? `${field.label} *` : field.label;
  const hint = field.customerVisible ? undefined : t('tc.side.staffOnlyField');
  const errorKey = `customFields.${field.id}`;
  if (field.type === 'select') {
    return (
      <SelectField
        label={label}
        name={`cf-${field.id}`}
        hint={hint}
        value={value === null ? '' : String(value)}
        error={error}
        errorKey={errorKey}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('tc.side.noValue')}</option>
        {field.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </SelectField>
    );
  }
  if (field.type === 'number') {
    return (
      <TextField
        label={label}
        name={`cf-${field.id}`}
        hint={hint}
        type="number"
        inputMode="decimal"
        value={value === null ? '' : String(value)}
        error={error}
        errorKey={errorKey}
        onChange={(e) =>
          onChange(e.target.value === '' || !Number.isFinite(Number(e.target.value)) ? null : Number(e.target.value))
        }
      />
    );
  }
  return (
    <TextField
      label={label}
      name={`cf-${field.id}`}
      hint={hint}
      type={field.type === 'date' ? 'date' : 'text'}
      value={value === null ? '' : String(value)}
      error={error}
      errorKey={errorKey}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    />
  );
}
