import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router-dom';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { pathForState, signInPath } from '../../session/navigation.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { usePageTitle } from '../../ui/common.tsx';
import { useContinueAfterAuth, useNext, useSignOut } from './hooks.ts';
import { passkeysSupported, proveWithPasskey } from '../me/passkeys.ts';

/** Second sign-in step: a TOTP code or a recovery code. */
export function SecondFactorPage() {
  usePageTitle(t('auth.secondFactor.title'));
  const { me } = useSession();
  const next = useNext();
  const continueAfterAuth = useContinueAfterAuth();
  const signOut = useSignOut();
  const [code, setCode] = useState('');
  const submission = useSubmit();

  if (!me) return <Navigate to={signInPath(next ?? '/')} replace />;
  if (me.sessionState !== 'second_factor') return <Navigate to={pathForState(me.sessionState, me, next)} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      const result = await dataOf(porticoApi.POST('/api/v1/auth/second-factor', { body: { code: code.trim() } }));
      await continueAfterAuth(result.state);
    });
  };

  // Someone with a passkey finishes with it instead of a code (a passkey proof promotes the session).
  const onPasskey = async () => {
    await submission.run(async () => {
      await proveWithPasskey();
      await continueAfterAuth('active');
    });
  };

  return (
    <>
      <h1>{t('auth.secondFactor.title')}</h1>
      <p>{t('auth.secondFactor.intro')}</p>
      <FormAlert error={submission.error} fields={['code']} />
      <form onSubmit={onSubmit} noValidate className="stack">
        <TextField
          label={t('auth.field.code')}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          required
          hint={t('auth.secondFactor.hint')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={submission.error}
        />
        <div className="form-actions">
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('auth.continue')}
          </button>
          {passkeysSupported() ? (
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => void onPasskey()}
              disabled={submission.pending}
            >
              {t('auth.secondFactor.passkey')}
            </button>
          ) : null}
          <button type="button" className="btn-link" onClick={() => void signOut()}>
            {t('auth.useAnotherAccount')}
          </button>
        </div>
      </form>
    </>
  );
}
