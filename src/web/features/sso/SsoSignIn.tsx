import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useSubmit } from '../../api/hooks.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { OneTimeCodeField, PasswordField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { usePageTitle } from '../../ui/common.tsx';
import { goToOwnPortal, useContinueAfterAuth, useEmailedToken } from '../auth/hooks.ts';

const SSO_ERRORS = new Set([
  'invalid_state',
  'provider_error',
  'email_not_verified',
  'domain_not_allowed',
  'not_invited',
  'not_allowed',
  'link_needs_password',
  'assertion_replayed',
  'unknown_provider',
]);

/**
 * The sign-in page's "Sign in with …" buttons (this address's providers) and, after a refused single sign-on,
 * why it was refused. Plain links: the browser goes to the identity provider and comes back to the callback.
 */
export function SsoButtons() {
  const providers = useApi('/api/v1/auth/sso/providers');
  const [params] = useSearchParams();
  const code = params.get('sso');
  const refused = code && SSO_ERRORS.has(code) ? t(`sso.error.${code}` as MessageKey) : null;
  return (
    <>
      {refused ? (
        <div className="alert alert--error" role="alert">
          {refused}
        </div>
      ) : null}
      {providers.data?.items.length ? (
        <div className="stack">
          {providers.data.items.map((provider) => (
            <a key={provider.id} className="btn" href={`/api/v1/auth/sso/${provider.id}/start`}>
              {t('sso.button', { name: provider.name })}
            </a>
          ))}
          <div className="divider">
            <span>{t('auth.signIn.or')}</span>
          </div>
        </div>
      ) : null}
    </>
  );
}

/**
 * `/sign-in/sso-link#token=…`: an existing person connects their identity once, with their password or with a
 * code emailed to them (people without a password, or who prefer not to type it here).
 */
export function SsoLinkPage() {
  usePageTitle(t('sso.link.title'));
  const token = useEmailedToken();
  const continueAfterAuth = useContinueAfterAuth();
  const submission = useSubmit();
  const sending = useSubmit();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [byCode, setByCode] = useState(false);

  const sendCode = async () => {
    if (!token) return;
    if (await sending.run(() => porticoApi.POST('/api/v1/auth/sso/link/code', { body: { token } }))) setByCode(true);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    await submission.run(async () => {
      try {
        const body = byCode ? { token, code } : { token, password };
        const result = await dataOf(porticoApi.POST('/api/v1/auth/sso/link', { body }));
        await continueAfterAuth(result.state);
      } catch (error) {
        goToOwnPortal(error);
        throw error;
      }
    });
  };

  return (
    <>
      <h1>{t('sso.link.title')}</h1>
      {token ? (
        <form onSubmit={onSubmit} noValidate className="stack">
          <p>{t('sso.link.intro')}</p>
          <FormAlert error={submission.error ?? sending.error} fields={['password', 'code']} />
          {byCode ? (
            <>
              <Notice>{t('sso.link.codeSent')}</Notice>
              <OneTimeCodeField
                label={t('sso.link.codeField')}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={submission.error}
              />
            </>
          ) : (
            <PasswordField
              kind="current"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={submission.error}
            />
          )}
          <div className="form-actions">
            <button type="submit" className="btn" disabled={submission.pending}>
              {t('sso.link.submit')}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              disabled={sending.pending}
              onClick={() => void sendCode()}
            >
              {byCode ? t('sso.link.resend') : t('sso.link.useCode')}
            </button>
            {byCode ? (
              <button type="button" className="btn btn--secondary" onClick={() => setByCode(false)}>
                {t('sso.link.usePassword')}
              </button>
            ) : null}
            <Link to="/sign-in">{t('auth.signIn.title')}</Link>
          </div>
        </form>
      ) : (
        <p>{t('sso.link.missing')}</p>
      )}
    </>
  );
}
