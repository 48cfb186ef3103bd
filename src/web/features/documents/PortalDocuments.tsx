import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../ui/common.tsx';
import { DocsRoutes } from './DocsShell.tsx';
import { DocsScopeProvider } from './scope.tsx';

/** The portal's Documents section: the active account's document space. */
export function PortalDocuments() {
  const me = useMe();
  const accountId = me.activeAccountId;
  if (!accountId) {
    return (
      <>
        <PageHeader title={t('documents.title')} />
        <EmptyState title={t('portal.home.noAccountTitle')} />
      </>
    );
  }
  const name = me.memberships.find((membership) => membership.accountId === accountId)?.accountName;
  return (
    <DocsScopeProvider key={accountId} accountId={accountId} docs="/documents" requests="/documents/requests">
      <DocsRoutes title={t('documents.title')} description={name} />
    </DocsScopeProvider>
  );
}
