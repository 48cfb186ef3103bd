import { useState } from 'react';
import { answeringFields, FIELD_TYPES, type FieldType, type FormField } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';

/** A key from a label: what the builder proposes (lowercase, digits, _), unique among `taken`. */
function keyFrom(label: string, taken: ReadonlySet<string>) {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 30) || 'field';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

function newField(type: FieldType, label: string, key: string): FormField {
  const common = { key, label, required: false };
  switch (type) {
    case 'text':
      return { ...common, type, maxLength: 200 };
    case 'long_text':
      return { ...common, type, maxLength: 5000 };
    case 'number':
      return { ...common, type, integer: false };
    case 'single_choice':
    case 'multiple_choice':
      return { ...common, type, options: [{ value: 'option_1', label: 'Option 1' }] };
    case 'file':
      return { ...common, type, maxFiles: 5 };
    case 'section':
      return { ...common, type, fields: [] };
    case 'group':
      return {
        ...common,
        type,
        minItems: 0,
        maxItems: 10,
        fields: [{ key: 'name', label: 'Name', type: 'text', required: false, maxLength: 200 }],
      };
    default:
      return { ...common, type } as FormField;
  }
}

interface ListProps {
  fields: FormField[];
  /** Keys a condition may refer to from outside this list (the levels around a group). */
  outer: string[];
  onChange: (fields: FormField[]) => void;
}

/** The builder's list of fields: each editable, conditions on fields above, sections and groups nested. */
export function FieldListEditor({ fields, outer, onChange }: ListProps) {
  const [type, setType] = useState<FieldType>('text');
  const [label, setLabel] = useState('');
  const keys = new Set(answeringFields(fields).map((field) => field.key));
  return (
    <div className="stack">
      <ol className="stack">
        {fields.map((field, index) => (
          <li key={`${field.key}-${index}`} className="card stack">
            <FieldEditor
              field={field}
              above={[...outer, ...answeringFields(fields.slice(0, index)).map((item) => item.key)]}
              onChange={(next) => onChange(fields.map((old, at) => (at === index ? next : old)))}
              onRemove={() => onChange(fields.filter((_, at) => at !== index))}
            />
          </li>
        ))}
      </ol>
      <div className="form-row">
        <SelectField
          label={t('forms.builder.type')}
          name="newType"
          value={type}
          onChange={(event) => setType(event.target.value as FieldType)}
        >
          {FIELD_TYPES.map((item) => (
            <option key={item} value={item}>
              {t(`forms.type.${item}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('forms.builder.label')}
          name="newLabel"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!label.trim()}
          onClick={() => {
            onChange([...fields, newField(type, label.trim(), keyFrom(label, keys))]);
            setLabel('');
          }}
        >
          {t('forms.builder.addField')}
        </button>
      </div>
    </div>
  );
}

function FieldEditor(props: {
  field: FormField;
  above: string[];
  onChange: (field: FormField) => void;
  onRemove: () => void;
}) {
  const { field, above, onChange } = props;
  const name = `${field.key}`;
  return (
    <>
      <p>
        <strong>{t(`forms.type.${field.type}`)}</strong> <code>{field.key}</code>
      </p>
      <TextField
        label={t('forms.builder.label')}
        name={`${name}-label`}
        value={field.label}
        onChange={(event) => onChange({ ...field, label: event.target.value })}
      />
      {field.type !== 'section' ? (
        <Checkbox
          label={t('forms.builder.required')}
          checked={field.required}
          onChange={(event) => onChange({ ...field, required: event.target.checked })}
        />
      ) : null}
      {field.type === 'single_choice' || field.type === 'multiple_choice' ? (
        <label className="field">
          <span>{t('forms.builder.options')}</span>
          <textarea
            rows={3}
            defaultValue={field.options.map((option) => option.label).join('\n')}
            onBlur={(event) => {
              const labels = event.target.value
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean);
              const taken = new Set<string>();
              const options = labels.map((text) => {
                const value = keyFrom(text, taken);
                taken.add(value);
                return { value, label: text };
              });
              if (options.length) onChange({ ...field, options });
            }}
          />
        </label>
      ) : null}
      <div className="form-row">
        <SelectField
          label={t('forms.builder.showIf')}
          name={`${name}-showIf`}
          value={field.showIf?.field ?? ''}
          onChange={(event) => {
            const { showIf: _dropped, ...rest } = field;
            onChange(event.target.value ? { ...rest, showIf: { field: event.target.value, equals: 'yes' } } : rest);
          }}
        >
          <option value="">{t('forms.builder.showIfAlways')}</option>
          {above.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </SelectField>
        {field.showIf ? (
          <TextField
            label={t('forms.builder.equals')}
            name={`${name}-equals`}
            value={String(field.showIf.equals)}
            onChange={(event) => {
              const raw = event.target.value;
              const equals = raw === 'true' ? true : raw === 'false' ? false : raw;
              onChange({ ...field, showIf: { field: field.showIf!.field, equals } });
            }}
          />
        ) : null}
      </div>
      {field.type === 'section' || field.type === 'group' ? (
        <fieldset className="stack">
          <legend>{t('forms.builder.inside', { label: field.label })}</legend>
          <FieldListEditor fields={field.fields} outer={above} onChange={(fields) => onChange({ ...field, fields })} />
        </fieldset>
      ) : null}
      <button type="button" className="btn btn--secondary" onClick={props.onRemove}>
        {t('forms.builder.remove', { label: field.label })}
      </button>
    </>
  );
}
