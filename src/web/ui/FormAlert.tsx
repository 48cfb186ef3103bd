import { ApiError, errorMessage } from '../api/client.ts';
import { t } from '../i18n/index.ts';

interface FormAlertProps {
  error: unknown;
  /** Field keys rendered by the form; field errors for other paths are listed here instead. */
  fields?: string[];
}

/**
 * Form-level error region (always rendered so screen readers announce changes). Shows the
 * problem's detail/title, or a pointer to the highlighted fields when every error belongs to one.
 */
export function FormAlert({ error, fields = [] }: FormAlertProps) {
  let content: React.ReactNode = null;
  if (error) {
    if (error instanceof ApiError && error.hasFieldErrors && error.status !== 429) {
      const known = new Set(fields);
      const stray = Object.entries(error.fieldErrors).filter(
        ([path]) => !known.has(path) && !known.has(path.split('.')[0] ?? path) && !path.includes('.'),
      );
      const anyKnown = Object.keys(error.fieldErrors).some((path) => known.has(path));
      content = (
        <>
          <p>{anyKnown ? t('errors.checkFields') : errorMessage(error)}</p>
          {stray.length ? (
            <ul>
              {stray.map(([path, message]) => (
                <li key={path}>{message}</li>
              ))}
            </ul>
          ) : null}
        </>
      );
    } else {
      content = <p>{errorMessage(error)}</p>;
    }
  }
  return (
    <div className={content ? 'alert alert--error' : 'alert-empty'} role="alert" aria-live="assertive">
      {content}
    </div>
  );
}

/** A positive status message (e.g. "We sent a link"), announced politely. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div className={children ? 'alert alert--success' : 'alert-empty'} role="status" aria-live="polite">
      {children}
    </div>
  );
}
