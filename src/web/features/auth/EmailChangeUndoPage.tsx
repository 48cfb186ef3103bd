import { useState } from 'react';
import { Link } from 'react-router-dom';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { usePageTitle } from '../../ui/common.tsx';
import { useEmailedToken } from './hooks.ts';

/** `/email-change/undo#token=...` from the notice to the old address: undoes only on a press (link scanners don't). */
export function EmailChangeUndoPage() {
  usePageTitle(t('emailChange.undo.title'));
  const token = useEmailedToken();
  const submission = useSubmit();
  const [done, setDone] = useState(false);

  const onUndo = async () => {
    if (!token) return;
    const ok = await submission.run(() =>
      porticoApi.POST('/api/v1/auth/email-change/undo', { body: { token }, authRedirect: false }),
    );
    if (ok) setDone(true);
  };

  return (
    <>
      <h1>{t('emailChange.undo.title')}</h1>
      {!token ? (
        <p role="alert">{t('auth.link.incomplete')}</p>
      ) : done ? (
        <>
          <p role="status">{t('emailChange.undo.done')}</p>
          <p>
            <Link to="/sign-in">{t('auth.continue')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('emailChange.undo.intro')}</p>
          <FormAlert error={submission.error} />
          <button type="button" className="btn" onClick={() => void onUndo()} disabled={submission.pending}>
            {t('emailChange.undo.submit')}
          </button>
        </>
      )}
    </>
  );
}
