import { useState } from 'react';
import { Navigate } from 'react-router-dom';
import { useSubmit } from '../../api/hooks.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { passkeysSupported, registerPasskey } from '../me/passkeys.ts';
import { RecoveryCodes } from '../me/RecoveryCodes.tsx';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { pathForState, signInPath } from '../../session/navigation.ts';
import { usePageTitle } from '../../ui/common.tsx';
import { TwoFactorSetup } from '../me/TwoFactorSetup.tsx';
import { useContinueAfterAuth, useNext, useSignOut } from './hooks.ts';

/** A passkey is two factors: adding one completes the enrolment (recovery codes come with the first). */
function EnrolWithPasskey({ onDone }: { onDone: () => void }) {
  const submission = useSubmit();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  const add = async () => {
    let recoveryCodes: string[] | null = null;
    const ok = await submission.run(async () => {
      recoveryCodes = (await registerPasskey(t('passkeys.title'))).recoveryCodes;
    });
    if (ok) {
      if (recoveryCodes) setCodes(recoveryCodes);
      else onDone();
    }
  };
  return (
    <section className="stack">
      <FormAlert error={submission.error} />
      <div>
        <button type="button" className="btn btn--secondary" onClick={() => void add()} disabled={submission.pending}>
          {t('passkeys.enrol')}
        </button>
      </div>
    </section>
  );
}

/** Policy requires two-factor authentication: enrol before anything else. */
export function EnrolTwoFactorPage() {
  usePageTitle(t('auth.enrol.title'));
  const { me } = useSession();
  const next = useNext();
  const continueAfterAuth = useContinueAfterAuth();
  const signOut = useSignOut();

  if (!me) return <Navigate to={signInPath(next ?? '/')} replace />;
  if (me.sessionState !== 'enrol_two_factor') {
    return <Navigate to={pathForState(me.sessionState, me, next)} replace />;
  }

  return (
    <>
      <h1>{t('auth.enrol.title')}</h1>
      <p>{t('auth.enrol.intro')}</p>
      <TwoFactorSetup onDone={() => continueAfterAuth('active')} />
      {passkeysSupported() ? <EnrolWithPasskey onDone={() => void continueAfterAuth('active')} /> : null}
      <p className="small">
        <button type="button" className="btn-link" onClick={() => void signOut()}>
          {t('common.signOut')}
        </button>
      </p>
    </>
  );
}
