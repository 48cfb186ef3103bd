import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/index.ts';

export interface ConfirmOptions {
  /** The question, e.g. "Delete the view “Urgent”?" */
  title: string;
  /** What happens, when the title alone does not say it. */
  message?: string;
  /** The confirming button's words (default "Confirm"). */
  confirmLabel?: string;
  /** A destructive action: red button, and the focus starts on Cancel. */
  danger?: boolean;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

interface ConfirmDialogProps extends ConfirmOptions {
  onAnswer: (confirmed: boolean) => void;
}

/**
 * A confirmation in a native modal `<dialog>` (role alertdialog): the page behind is inert, so Tab stays inside;
 * Escape cancels; focus starts on a button and returns to what had it before.
 */
export function ConfirmDialog({ title, message, confirmLabel, danger, onAnswer }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    (danger ? cancelRef : confirmRef).current?.focus();
    return () => {
      dialog?.close();
      opener?.focus();
    };
    // Opened once per question: the provider gives each question its own dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={message ? messageId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {message ? <p id={messageId}>{message}</p> : null}
      <div className="page-actions">
        <button
          type="button"
          ref={confirmRef}
          className={danger ? 'btn btn--danger' : 'btn'}
          onClick={() => onAnswer(true)}
        >
          {confirmLabel ?? t('common.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="btn btn--secondary" onClick={() => onAnswer(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** Holds the one confirmation on screen; `useConfirm()` asks through it. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<{ options: ConfirmOptions; resolve: (value: boolean) => void } | null>(null);
  const confirm = useCallback<Confirm>(
    (options) =>
      new Promise<boolean>((resolve) => {
        // A second question while one is open answers the first with "no".
        setPending((current) => {
          current?.resolve(false);
          return { options, resolve };
        });
      }),
    [],
  );
  const answer = (confirmed: boolean) => {
    pending?.resolve(confirmed);
    setPending(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {pending ? <ConfirmDialog key={pending.options.title} {...pending.options} onAnswer={answer} /> : null}
    </ConfirmContext.Provider>
  );
}

/** `const confirm = useConfirm(); if (!(await confirm({ title, danger: true }))) return;` — the app's only confirmation. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider above it');
  return confirm;
}
