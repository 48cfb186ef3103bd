import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../ui/common.tsx';
import { AccountDetail } from '../accounts/AccountDetail.tsx';

/** The portal's Team page: an account admin manages their own account's members and invitations. */
export function TeamPage() {
  const me = useMe();
  if (!me.activeAccountId) {
    return (
      <>
        <PageHeader title={t('nav.team')} />
        <EmptyState title={t('portal.home.noAccountTitle')} />
      </>
    );
  }
  return <AccountDetail accountId={me.activeAccountId} title={t('portal.team.title')} />;
}
