import { useId } from 'react';
import type { Member, TicketField } from '../../../../contract/index.ts';
import { t } from '../../../i18n/index.ts';
import { fieldError } from '../../../ui/Field.tsx';

export type FieldValues = Record<string, string>;

/** Form strings to the API's values: numbers as numbers, empty as absent. */
export function customFieldValues(fields: TicketField[], values: FieldValues): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const field of fields) {
    const raw = (values[field.id] ?? '').trim();
    if (!raw) continue;
    const number = Number(raw);
    out[field.id] = field.type === 'number' && Number.isFinite(number) ? number : raw;
  }
  return out;
}

interface FieldProps {
  field: TicketField;
  value: string;
  onChange: (value: string) => void;
  error: unknown;
}

/** One custom field of the segment: text, number, date or select, with the server's error under it. */
function CustomField({ field, value, onChange, error }: FieldProps) {
  const id = `cf-${useId().replace(/:/g, '')}`;
  const message = fieldError(error, `customFields.${field.id}`);
  const common = {
    id,
    name: `customFields.${field.id}`,
    value,
    required: field.required,
    'aria-required': field.required || undefined,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${id}-error` : undefined,
  } as const;
  return (
    <div className={message ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {field.label}
        {field.required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
        {field.required ? <span className="sr-only"> ({t('tickets.new.required')})</span> : null}
      </label>
      {field.type === 'select' ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('tickets.new.selectNone')}</option>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          step={field.type === 'number' ? 'any' : undefined}
          maxLength={field.type === 'text' ? 2000 : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {message ? (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function CustomFields({
  fields,
  values,
  onChange,
  error,
}: {
  fields: TicketField[];
  values: FieldValues;
  onChange: (id: string, value: string) => void;
  error: unknown;
}) {
  const visible = [...fields].filter((field) => field.customerVisible).sort((a, b) => a.position - b.position);
  if (!visible.length) return null;
  return (
    <fieldset className="ticket-fields">
      <legend>{t('tickets.new.fields')}</legend>
      {visible.map((field) => (
        <CustomField
          key={field.id}
          field={field}
          value={values[field.id] ?? ''}
          onChange={(value) => onChange(field.id, value)}
          error={error}
        />
      ))}
    </fieldset>
  );
}

/** Copy people of the same account: a checkbox list (accounts are small; a search box would be overkill). */
export function CcPicker({
  members,
  selected,
  onChange,
  error,
}: {
  members: Member[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error: unknown;
}) {
  const message = fieldError(error, 'ccUserIds');
  if (!members.length) return null;
  return (
    <fieldset className="ticket-ccs" aria-describedby="ticket-ccs-hint">
      <legend>{t('tickets.new.ccs')}</legend>
      <p className="field-hint" id="ticket-ccs-hint">
        {t('tickets.new.ccsHint')}
      </p>
      {members.map((member) => (
        <div className="checkbox" key={member.userId}>
          <input
            id={`cc-${member.userId}`}
            type="checkbox"
            checked={selected.includes(member.userId)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...selected, member.userId] : selected.filter((id) => id !== member.userId),
              )
            }
          />
          <label htmlFor={`cc-${member.userId}`}>
            {member.name} <span className="muted small">{member.email}</span>
          </label>
        </div>
      ))}
      {message ? <p className="field-error">{message}</p> : null}
    </fieldset>
  );
}
