import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe, useSession } from '../../session/SessionProvider.tsx';
import { PasswordField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { PasskeysSection } from './PasskeysSection.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { useStepUp } from './StepUp.tsx';
import { TwoFactorSetup } from './TwoFactorSetup.tsx';

function ChangePasswordForm() {
  const toast = useToast();
  const { refresh } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const submission = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      await porticoApi.POST('/api/v1/me/password', { body: { currentPassword, newPassword } });
      await refresh();
    });
    if (ok) {
      setCurrentPassword('');
      setNewPassword('');
      toast(t('security.password.changed'));
    }
  };

  return (
    <section aria-labelledby="password-heading" className="panel">
      <h2 id="password-heading">{t('security.password.title')}</h2>
      <p className="muted">{t('security.password.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormAlert error={submission.error} fields={['currentPassword', 'newPassword']} />
        <PasswordField
          kind="current"
          label={t('security.field.currentPassword')}
          name="currentPassword"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={submission.error}
        />
        <PasswordField
          kind="new"
          name="newPassword"
          required
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={submission.error}
        />
        <div>
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('security.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Two-factor is on: regenerate recovery codes or turn it off; both need a recent proof (step-up dialog). */
function ManageTwoFactor() {
  const me = useMe();
  const { refresh } = useSession();
  const toast = useToast();
  const [codes, setCodes] = useState<string[] | null>(null);
  const submission = useSubmit();
  const stepUp = useStepUp();

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;

  const regenerate = async () => {
    await submission.run(async () => {
      const { data } = await stepUp.run(() => porticoApi.POST('/api/v1/me/two-factor/recovery-codes'));
      setCodes(data?.recoveryCodes ?? null);
    });
  };

  const disable = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      await stepUp.run(() => porticoApi.POST('/api/v1/me/two-factor/disable'));
      await refresh();
    });
    if (ok) toast(t('security.twoFactor.disabled'));
  };

  return (
    <form onSubmit={disable} noValidate className="stack form-narrow">
      {stepUp.dialog}
      <p>{t('security.twoFactor.confirmIntro')}</p>
      <FormAlert error={submission.error} />
      <div className="form-actions">
        <button type="button" className="btn btn--secondary" onClick={regenerate} disabled={submission.pending}>
          {t('security.twoFactor.regenerate')}
        </button>
        {me.user.twoFactorRequired ? null : (
          <button type="submit" className="btn btn--danger" disabled={submission.pending}>
            {t('security.twoFactor.disable')}
          </button>
        )}
      </div>
      {me.user.twoFactorRequired ? <p className="muted small">{t('security.twoFactor.requiredNote')}</p> : null}
    </form>
  );
}

/** Security: password change and two-factor authentication. */
export function SecurityPage() {
  const me = useMe();
  const { refresh } = useSession();
  const toast = useToast();
  const enabled = me.user.twoFactorEnabled;
  // Two-factor is on (the badge says so, from the server's state) while the new recovery codes are still shown.
  const [showingRecoveryCodes, setShowingRecoveryCodes] = useState(false);

  return (
    <>
      <PageHeader title={t('security.title')} />
      <ChangePasswordForm />
      <p>
        {/* Relative link: the same page lives under the portal and under /console. */}
        <Link to="../api-tokens" relative="path">
          {t('nav.apiTokens')}
        </Link>
      </p>
      <section aria-labelledby="two-factor-heading" className="panel">
        <h2 id="two-factor-heading">
          {t('security.twoFactor.title')}{' '}
          <Badge tone={enabled ? 'success' : 'neutral'}>
            {enabled ? t('security.twoFactor.on') : t('security.twoFactor.off')}
          </Badge>
        </h2>
        {enabled && !showingRecoveryCodes ? (
          <ManageTwoFactor />
        ) : (
          <>
            {enabled ? null : <p className="muted">{t('security.twoFactor.intro')}</p>}
            <TwoFactorSetup
              onEnabled={async () => {
                setShowingRecoveryCodes(true);
                await refresh();
              }}
              onDone={() => {
                setShowingRecoveryCodes(false);
                toast(t('security.twoFactor.enabled'));
              }}
            />
          </>
        )}
      </section>
      <PasskeysSection />
    </>
  );
}
