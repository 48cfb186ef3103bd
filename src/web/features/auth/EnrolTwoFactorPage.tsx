import { Navigate } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { pathForState, signInPath } from '../../session/navigation.ts';
import { usePageTitle } from '../../ui/common.tsx';
import { TwoFactorSetup } from '../me/TwoFactorSetup.tsx';
import { useContinueAfterAuth, useNext, useSignOut } from './hooks.ts';

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
      <p className="small">
        <button type="button" className="btn-link" onClick={() => void signOut()}>
          {t('common.signOut')}
        </button>
      </p>
    </>
  );
}
