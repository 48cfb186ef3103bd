import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { PasswordField, TextField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { usePageTitle } from '../../ui/common.tsx';
import { useEmailedToken } from './hooks.ts';

export function ResetPasswordRequestPage() {
  usePageTitle(t('auth.reset.title'));
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const submission = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const ok = await submission.run(() => porticoApi.POST('/api/v1/auth/password-resets', { body: { email } }));
    setSent(ok);
  };

  return (
    <>
      <h1>{t('auth.reset.title')}</h1>
      <p>{t('auth.reset.intro')}</p>
      <Notice>{sent ? t('auth.reset.sent') : null}</Notice>
      <FormAlert error={submission.error} fields={['email']} />
      <form onSubmit={onSubmit} noValidate className="stack">
        <TextField
          label={t('auth.field.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={submission.error}
        />
        <div className="form-actions">
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('auth.reset.submit')}
          </button>
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </div>
      </form>
    </>
  );
}

/** `/reset-password/complete#token=...`: choose a new password. */
export function ResetPasswordCompletePage() {
  usePageTitle(t('auth.resetComplete.title'));
  const token = useEmailedToken();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const submission = useSubmit();

  if (!token) {
    return (
      <>
        <h1>{t('auth.resetComplete.title')}</h1>
        <p role="alert">{t('auth.link.incomplete')}</p>
        <p>
          <Link to="/reset-password">{t('auth.requestNewLink')}</Link>
        </p>
      </>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(() =>
      porticoApi.POST('/api/v1/auth/password-resets/complete', { body: { token, password } }),
    );
    if (ok) navigate('/sign-in', { replace: true, state: { notice: 'passwordReset' } });
  };

  return (
    <>
      <h1>{t('auth.resetComplete.title')}</h1>
      <p>{t('auth.resetComplete.intro')}</p>
      <FormAlert error={submission.error} fields={['password']} />
      <form onSubmit={onSubmit} noValidate className="stack">
        <PasswordField
          kind="new"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={submission.error}
        />
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('auth.resetComplete.submit')}
        </button>
      </form>
    </>
  );
}
