import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';

interface DialogProps {
  title: string;
  submitLabel: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  fields?: string[];
  onSubmit: () => void;
  onClose: () => void;
  /** A second way to answer (e.g. "Replace with new version" next to "Keep both"), shown between submit and Cancel. */
  alternative?: { label: string; onSelect: () => void };
  children?: ReactNode;
}

/** A modal form in a native `<dialog>`: focus moves in and is trapped, Escape closes, focus returns on close. */
export function Dialog({
  title,
  submitLabel,
  danger,
  pending,
  error,
  fields,
  onSubmit,
  onClose,
  alternative,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate className="stack" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <FormAlert error={error} fields={fields} />
        {children}
        <div className="page-actions">
          <button type="submit" className={danger ? 'btn btn--danger' : 'btn'} disabled={pending}>
            {submitLabel}
          </button>
          {alternative ? (
            <button type="button" className="btn btn--secondary" disabled={pending} onClick={alternative.onSelect}>
              {alternative.label}
            </button>
          ) : null}
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
