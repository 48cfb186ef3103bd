import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { StaffRole } from '../../../contract/index.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { PasswordField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/common.tsx';
import { useContinueAfterAuth, useEmailedToken } from './hooks.ts';

interface Preview {
  email: string;
  accountName: string | null;
  staffRole: StaffRole | null;
  hasAccount: boolean;
}

/** `/invitation#token=...`: see what you're invited to, then accept (creating a sign-in if needed). */
export function InvitationPage() {
  usePageTitle(t('auth.invitation.title'));
  const token = useEmailedToken();
  const { branding } = useSession();
  const continueAfterAuth = useContinueAfterAuth();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(undefined);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const submission = useSubmit();

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    dataOf<Preview>(porticoApi.POST('/api/v1/auth/invitations/preview', { body: { token } }))
      .then((result) => !cancelled && setPreview(result))
      .catch((error: unknown) => !cancelled && setPreviewError(error));
    return () => {
      cancelled = true;
    };
  }, [token]);

  if (!token || previewError) {
    return (
      <>
        <h1>{t('auth.invitation.title')}</h1>
        {previewError ? <ErrorState error={previewError} /> : <p role="alert">{t('auth.link.incomplete')}</p>}
        <p className="muted">{t('auth.invitation.askAgain')}</p>
        <p>
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </p>
      </>
    );
  }
  if (!preview) return <Loading />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      const body = preview.hasAccount ? { token, password } : { token, name, password };
      const result = await dataOf(porticoApi.POST('/api/v1/auth/invitations/accept', { body }));
      await continueAfterAuth(result.state);
    });
  };

  const what = preview.accountName
    ? t('auth.invitation.toAccount', { account: preview.accountName, portal: branding.name })
    : t('auth.invitation.toStaff', {
        portal: branding.name,
        role: preview.staffRole ? t(`staffRole.${preview.staffRole}`) : '',
      });

  return (
    <>
      <h1>{t('auth.invitation.title')}</h1>
      <p>{what}</p>
      <p className="muted">{t('auth.invitation.forEmail', { email: preview.email })}</p>
      <FormAlert error={submission.error} fields={preview.hasAccount ? ['password'] : ['name', 'password']} />
      <form onSubmit={onSubmit} noValidate className="stack">
        {preview.hasAccount ? (
          <p>{t('auth.invitation.existing')}</p>
        ) : (
          <TextField
            label={t('auth.field.name')}
            name="name"
            autoComplete="name"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submission.error}
          />
        )}
        <PasswordField
          kind={preview.hasAccount ? 'current' : 'new'}
          label={t('auth.field.password')}
          required
          hint={preview.hasAccount ? t('auth.invitation.existingHint') : t('auth.passwordHint')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={submission.error}
        />
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('auth.invitation.accept')}
        </button>
      </form>
    </>
  );
}
