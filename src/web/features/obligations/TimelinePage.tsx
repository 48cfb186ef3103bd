import { Link, useParams } from 'react-router-dom';
import type { Account } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../ui/common.tsx';
import { AccountTabs } from '../documents/ConsoleDocuments.tsx';
import { ObligationList } from './ObligationList.tsx';

/** The two columns of one account's timeline: the client's side first for the client, the firm's first for staff. */
function Columns({ accountId, layout }: { accountId: string; layout: 'portal' | 'console' }) {
  const sides = layout === 'portal' ? (['client', 'firm'] as const) : (['firm', 'client'] as const);
  return (
    <div className="obligation-columns">
      {sides.map((side) => (
        <section key={side} aria-labelledby={`obligations-${side}`}>
          <h2 id={`obligations-${side}`}>{t(`obligations.side.${side}.${layout}` as MessageKey)}</h2>
          <ObligationList key={accountId} path={`/accounts/${accountId}/obligations?side=${side}`} />
        </section>
      ))}
    </div>
  );
}

/** Portal: the active account's timeline (their side and the firm's commitments shown to them). */
export function PortalTimelinePage() {
  const me = useMe();
  const accountId = me.activeAccountId ?? me.memberships[0]?.accountId ?? null;
  return (
    <>
      <PageHeader title={t('obligations.title')} description={t('obligations.portal.description')} />
      {accountId ? <Columns accountId={accountId} layout="portal" /> : <EmptyState title={t('obligations.empty')} />}
    </>
  );
}

/** Console: one account's timeline, both sides. */
export function ConsoleTimelinePage() {
  const { accountId = '' } = useParams();
  const account = useResource<Account>(`/accounts/${accountId}`);
  const name = account.data?.name ?? '';
  return (
    <>
      <p>
        <Link to="/console/accounts">← {t('accounts.back')}</Link>
      </p>
      <PageHeader
        title={name ? `${t('obligations.title')}: ${name}` : t('obligations.title')}
        description={t('obligations.console.description', { account: name })}
      />
      {account.data ? <AccountTabs account={account.data} /> : null}
      <Columns accountId={accountId} layout="console" />
    </>
  );
}
