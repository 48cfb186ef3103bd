import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { peekFlash, takeFlash } from '../../session/flash.ts';
import { pathForState } from '../../session/navigation.ts';
import { PasswordField, TextField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { usePageTitle } from '../../ui/common.tsx';
import { goToOwnPortal, useContinueAfterAuth, useNext } from './hooks.ts';
import { passkeysSupported, signInWithPasskey } from '../me/passkeys.ts';
import { SsoButtons } from '../sso/SsoSignIn.tsx';

const NOTICES: Record<string, MessageKey> = {
  signedOut: 'auth.notice.signedOut',
  passwordReset: 'auth.notice.passwordReset',
};

function signInError(error: unknown): unknown {
  if (error instanceof ApiError && error.code === 'sign_in_method_not_allowed') {
    return new ApiError({ status: error.status, code: error.code, title: t('auth.signIn.useLink') });
  }
  // The segment signs its people in with single sign-on only: a password or a passkey is refused.
  if (error instanceof ApiError && error.code === 'sso_required') {
    return new ApiError({ status: error.status, code: error.code, title: t('auth.signIn.useSso') });
  }
  return error;
}

export function SignInPage() {
  usePageTitle(t('auth.signIn.title'));
  const { me, branding } = useSession();
  const location = useLocation();
  const next = useNext();
  const continueAfterAuth = useContinueAfterAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(() => {
    const key = peekFlash() ?? (location.state as { notice?: string } | null)?.notice;
    const message = key ? NOTICES[key] : undefined;
    return message ? t(message) : null;
  });
  useEffect(() => {
    takeFlash();
  }, []);
  const submission = useSubmit();

  if (me) return <Navigate to={pathForState(me.sessionState, me, next)} replace />;

  const onSignIn = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    await submission.run(async () => {
      try {
        const result = await dataOf(porticoApi.POST('/api/v1/auth/sign-in', { body: { email, password } }));
        await continueAfterAuth(result.state);
      } catch (error) {
        goToOwnPortal(error);
        throw signInError(error);
      }
    });
  };

  // Usernameless: the device offers the passkeys it holds for this portal; no email needed.
  const onPasskey = async () => {
    setNotice(null);
    await submission.run(async () => {
      try {
        const result = await signInWithPasskey();
        await continueAfterAuth(result.state);
      } catch (error) {
        goToOwnPortal(error);
        throw signInError(error);
      }
    });
  };

  const onSendLink = async () => {
    setNotice(null);
    const sent = await submission.run(() => porticoApi.POST('/api/v1/auth/magic-links', { body: { email } }));
    if (sent) setNotice(t('auth.magicLink.sent'));
  };

  return (
    <>
      <h1>{t('auth.signIn.heading', { portal: branding.name })}</h1>
      <Notice>{notice}</Notice>
      <FormAlert error={submission.error} fields={['email', 'password']} />
      <SsoButtons />
      <form onSubmit={onSignIn} noValidate className="stack">
        <TextField
          label={t('auth.field.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={submission.error}
        />
        <PasswordField
          kind="current"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={submission.error}
        />
        <div className="form-actions">
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('auth.signIn.submit')}
          </button>
          <Link to="/reset-password">{t('auth.signIn.forgot')}</Link>
        </div>
        <div className="divider">
          <span>{t('auth.signIn.or')}</span>
        </div>
        {passkeysSupported() ? (
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => void onPasskey()}
            disabled={submission.pending}
          >
            {t('auth.signIn.passkey')}
          </button>
        ) : null}
        <p className="muted small">{t('auth.signIn.linkHint')}</p>
        <button type="button" className="btn btn--secondary" onClick={onSendLink} disabled={submission.pending}>
          {t('auth.signIn.sendLink')}
        </button>
      </form>
    </>
  );
}
