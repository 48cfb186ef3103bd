import { Link } from 'react-router-dom';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { usePageTitle } from '../../ui/common.tsx';
import { goToOwnPortal, useContinueAfterAuth, useEmailedToken } from './hooks.ts';

/** `/magic-link#token=...`: signs in only when the person presses Continue (link scanners don't). */
export function MagicLinkPage() {
  usePageTitle(t('auth.magicLink.title'));
  const token = useEmailedToken();
  const continueAfterAuth = useContinueAfterAuth();
  const submission = useSubmit();

  const onContinue = async () => {
    if (!token) return;
    await submission.run(async () => {
      try {
        const result = await dataOf(porticoApi.POST('/api/v1/auth/magic-links/consume', { body: { token } }));
        await continueAfterAuth(result.state);
      } catch (error) {
        goToOwnPortal(error);
        throw error;
      }
    });
  };

  return (
    <>
      <h1>{t('auth.magicLink.title')}</h1>
      {token ? (
        <>
          <p>{t('auth.magicLink.intro')}</p>
          <FormAlert error={submission.error} />
          {submission.error ? (
            <p>
              <Link to="/sign-in">{t('auth.requestNewLink')}</Link>
            </p>
          ) : null}
          <button type="button" className="btn" onClick={onContinue} disabled={submission.pending}>
            {t('auth.continue')}
          </button>
        </>
      ) : (
        <>
          <p role="alert">{t('auth.link.incomplete')}</p>
          <p>
            <Link to="/sign-in">{t('auth.requestNewLink')}</Link>
          </p>
        </>
      )}
    </>
  );
}
