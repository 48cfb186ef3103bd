import { Link, useParams } from 'react-router-dom';
import type { Account } from '../../../contract/index.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { DocsRoutes, Tabs } from './DocsShell.tsx';
import { DocsScopeProvider } from './scope.tsx';

const accountPath = (accountId: string) => `/console/accounts/${accountId}`;

/** Tabs of a console account page: Overview, and Documents when the account's segment has the module. */
export function AccountTabs({ account }: { account: Account }) {
  const base = accountPath(account.id);
  const tabs: { to: string; label: string; end?: boolean }[] = [
    { to: base, label: t('documents.overview'), end: true },
  ];
  if (account.modules.includes('documents')) tabs.push({ to: `${base}/documents`, label: t('documents.title') });
  tabs.push({ to: `${base}/timeline`, label: t('obligations.accountLink') });
  if (account.modules.includes('orders')) tabs.push({ to: `${base}/orders`, label: t('orders.title') });
  return <Tabs label={t('documents.accountSections')} tabs={tabs} />;
}

/** The console's Documents tab of an account: its whole document space and file requests, as staff. */
export function ConsoleDocuments() {
  const { accountId = '' } = useParams();
  const account = useApi('/api/v1/accounts/{accountId}', { path: { accountId } });
  const base = accountPath(accountId);
  return (
    <DocsScopeProvider
      key={accountId}
      accountId={accountId}
      docs={`${base}/documents`}
      requests={`${base}/documents/requests`}
    >
      <DocsRoutes
        title={account.data ? t('documents.titleOf', { account: account.data.name }) : t('documents.title')}
        before={
          <p>
            <Link to="/console/accounts">← {t('accounts.back')}</Link>
          </p>
        }
        leadingTabs={[{ to: base, label: t('documents.overview'), end: true }]}
      />
    </DocsScopeProvider>
  );
}
