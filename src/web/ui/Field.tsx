import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/index.ts';

/** The server's message for `name`, if the error carries field errors. */
export function fieldError(error: unknown, name: string): string | undefined {
  return error instanceof ApiError ? error.fieldErrors[name] : undefined;
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  name: string;
  hint?: ReactNode;
  /** The submission error; the field shows `fieldErrors[errorKey ?? name]`. */
  error?: unknown;
  errorKey?: string;
};

export function TextField({ label, name, hint, error, errorKey, ...input }: TextFieldProps) {
  const id = `f-${useId().replace(/:/g, '')}-${name}`;
  const message = fieldError(error, errorKey ?? name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <input
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        {...input}
      />
    </FieldShell>
  );
}

/** A 6-digit one-time code (emailed or from an authenticator): numeric keypad, filled from the SMS/mail by the OS. */
type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: unknown;
  errorKey?: string;
};

/** Several lines of plain text (a letter, terms), with the same label, hint and error as TextField. */
export function TextAreaField({ label, name, hint, error, errorKey, ...textarea }: TextAreaFieldProps) {
  const id = `f-${useId().replace(/:/g, '')}-${name}`;
  const message = fieldError(error, errorKey ?? name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <textarea
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        {...textarea}
      />
    </FieldShell>
  );
}

export function OneTimeCodeField(props: Omit<TextFieldProps, 'name'> & { name?: string }) {
  return <TextField name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required {...props} />;
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: unknown;
  errorKey?: string;
  children: ReactNode;
};

export function SelectField({ label, name, hint, error, errorKey, children, ...select }: SelectFieldProps) {
  const id = `f-${useId().replace(/:/g, '')}-${name}`;
  const message = fieldError(error, errorKey ?? name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <select
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: string;
  hint?: ReactNode;
};

export function Checkbox({ label, hint, ...input }: CheckboxProps) {
  const id = `c-${useId().replace(/:/g, '')}`;
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Errors for a group of controls (checkbox sets) that share one error key. */
export function GroupError({ error, name }: { error: unknown; name: string }) {
  const message = fieldError(error, name);
  return message ? <p className="field-error">{message}</p> : null;
}

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'autoComplete' | 'label' | 'name'> & {
  /** `current`: the password the person has (sign-in, confirmations); `new`: one they choose (with the rules as hint). */
  kind: 'current' | 'new';
  label?: string;
  name?: string;
};

/** The one password input: its label, autocomplete and (for a new password) the rules as hint. */
export function PasswordField({ kind, label, name = 'password', hint, ...input }: PasswordFieldProps) {
  return (
    <TextField
      label={label ?? t(kind === 'new' ? 'auth.field.newPassword' : 'auth.field.password')}
      name={name}
      type="password"
      autoComplete={kind === 'new' ? 'new-password' : 'current-password'}
      hint={hint ?? (kind === 'new' ? t('auth.passwordHint') : undefined)}
      {...input}
    />
  );
}
