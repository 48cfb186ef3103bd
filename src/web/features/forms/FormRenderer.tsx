import { useId, useState, type ChangeEvent } from 'react';
import {
  conditionMet,
  validateAnswers,
  type Answers,
  type FormDefinition,
  type FormField,
} from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { SignaturePad, type SignatureValue } from '../../ui/SignaturePad.tsx';

type Errors = Record<string, string>;

/** The answers' errors by path, from the schema the server uses too (empty when they pass). */
export function answerErrorsOf(definition: FormDefinition, answers: Answers): Errors {
  const checked = validateAnswers(definition, answers);
  return checked.ok ? {} : Object.fromEntries(checked.errors.map((error) => [error.path, error.message]));
}

interface LevelProps {
  fields: readonly FormField[];
  /** The answers of this level and the levels around it (innermost last), for conditions. */
  levels: Answers[];
  path: string[];
  errors: Errors;
  accountId: string;
  onChange: (answers: Answers) => void;
}

/** One level of a form (the whole form, or one item of a repeating group): only the fields whose conditions hold. */
export function FormLevel({ fields, levels, path, errors, accountId, onChange }: LevelProps) {
  const answers = levels[levels.length - 1]!;
  const set = (key: string, value: unknown) => onChange({ ...answers, [key]: value });
  return (
    <>
      {fields.map((field) => {
        if (!conditionMet(field.showIf, levels)) return null;
        if (field.type === 'section')
          return (
            <fieldset key={field.key} className="card stack">
              <legend className="h3">{field.label}</legend>
              {field.help ? <p className="muted">{field.help}</p> : null}
              <FormLevel {...{ fields: field.fields, levels, path, errors, accountId, onChange }} />
            </fieldset>
          );
        return (
          <AnswerField
            key={field.key}
            field={field}
            value={answers[field.key]}
            levels={levels}
            path={[...path, field.key]}
            errors={errors}
            accountId={accountId}
            onChange={(value) => set(field.key, value)}
          />
        );
      })}
    </>
  );
}

interface AnswerProps {
  field: Exclude<FormField, { type: 'section' }>;
  value: unknown;
  levels: Answers[];
  path: string[];
  errors: Errors;
  accountId: string;
  onChange: (value: unknown) => void;
}

function AnswerField({ field, value, levels, path, errors, accountId, onChange }: AnswerProps) {
  const id = `q-${useId().replace(/:/g, '')}`;
  const key = path.join('.');
  const error = errors[key];
  const described = error ? `${id}-error` : undefined;
  const label = `${field.label}${field.required ? ' *' : ''}`;
  const text = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  let control;
  switch (field.type) {
    case 'text':
    case 'date':
      control = (
        <input
          id={id}
          type={field.type === 'date' ? 'date' : 'text'}
          value={typeof value === 'string' ? value : ''}
          onChange={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
        />
      );
      break;
    case 'long_text':
      control = (
        <textarea
          id={id}
          rows={4}
          value={typeof value === 'string' ? value : ''}
          onChange={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
        />
      );
      break;
    case 'number':
      control = (
        <input
          id={id}
          type="number"
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
        />
      );
      break;
    case 'single_choice':
    case 'yes_no':
    case 'multiple_choice': {
      const options =
        field.type === 'yes_no'
          ? [
              { value: true, label: t('forms.fill.yes') },
              { value: false, label: t('forms.fill.no') },
            ]
          : field.options.map((option) => ({ value: option.value as string | boolean, label: option.label }));
      const many = field.type === 'multiple_choice';
      const chosen = Array.isArray(value) ? (value as unknown[]) : [];
      return (
        <fieldset className="field" aria-describedby={described}>
          <legend>{label}</legend>
          {options.map((option) => (
            <label key={String(option.value)} className="checkbox">
              <input
                type={many ? 'checkbox' : 'radio'}
                name={id}
                checked={many ? chosen.includes(option.value) : value === option.value}
                onChange={() =>
                  onChange(
                    many
                      ? chosen.includes(option.value)
                        ? chosen.filter((item) => item !== option.value)
                        : [...chosen, option.value]
                      : option.value,
                  )
                }
              />{' '}
              {option.label}
            </label>
          ))}
          <FieldError id={described} message={error} />
        </fieldset>
      );
    }
    case 'file':
      control = <FileAnswer id={id} value={value} accountId={accountId} onChange={onChange} described={described} />;
      break;
    case 'address': {
      const address = (value ?? {}) as Record<string, string>;
      return (
        <fieldset className="field stack" aria-describedby={described}>
          <legend>{label}</legend>
          {(['line1', 'line2', 'postalCode', 'city', 'region', 'country'] as const).map((part) => (
            <label key={part} className="field">
              <span>{t(`forms.address.${part}`)}</span>
              <input
                value={address[part] ?? ''}
                aria-invalid={errors[`${key}.${part}`] ? true : undefined}
                onChange={(event) => onChange({ ...address, [part]: event.target.value })}
              />
              <FieldError message={errors[`${key}.${part}`]} />
            </label>
          ))}
          <FieldError id={described} message={error} />
        </fieldset>
      );
    }
    case 'signature':
      control = (
        <SignaturePad
          inputId={id}
          value={(value as SignatureValue | undefined) ?? null}
          onChange={onChange}
          invalid={Boolean(error)}
          describedBy={described}
        />
      );
      break;
    case 'group': {
      const items = Array.isArray(value) ? (value as Answers[]) : [];
      return (
        <fieldset className="card stack" aria-describedby={described}>
          <legend className="h3">{label}</legend>
          {items.map((item, index) => (
            <div key={index} className="stack">
              <h4>{t('forms.fill.item', { number: index + 1 })}</h4>
              <FormLevel
                fields={field.fields}
                levels={[...levels, item]}
                path={[...path, String(index)]}
                errors={errors}
                accountId={accountId}
                onChange={(next) => onChange(items.map((old, at) => (at === index ? next : old)))}
              />
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => onChange(items.filter((_, at) => at !== index))}
              >
                {t('forms.fill.removeItem', { number: index + 1 })}
              </button>
            </div>
          ))}
          {items.length < field.maxItems ? (
            <button type="button" className="btn btn--secondary" onClick={() => onChange([...items, {}])}>
              {t('forms.fill.addItem', { label: field.label })}
            </button>
          ) : null}
          <FieldError id={described} message={error} />
        </fieldset>
      );
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {field.help ? <p className="muted">{field.help}</p> : null}
      {control}
      <FieldError id={described} message={error} />
    </div>
  );
}

function FieldError({ id, message }: { id?: string | undefined; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** Files go to the account's documents first (the documents module stores them); the answer keeps their ids. */
function FileAnswer(props: {
  id: string;
  value: unknown;
  accountId: string;
  described: string | undefined;
  onChange: (value: unknown) => void;
}) {
  const ids = Array.isArray(props.value) ? (props.value as string[]) : [];
  const [busy, setBusy] = useState(false);
  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const result = await api<{ document: { id: string } }>(
        `/accounts/${props.accountId}/documents?name=${encodeURIComponent(file.name)}&onConflict=keep-both`,
        { method: 'POST', rawBody: file },
      );
      props.onChange([...ids, result.document.id]);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <input
        id={props.id}
        type="file"
        disabled={busy}
        aria-describedby={props.described}
        onChange={(event) => void upload(event)}
      />
      {ids.length ? <p className="muted">{t('forms.fill.uploaded', { count: ids.length })}</p> : null}
    </>
  );
}
