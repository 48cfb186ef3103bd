import { Link } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { ObligationList } from '../obligations/ObligationList.tsx';
import { countText } from './countText.ts';
import { useApi } from '../../api/typed-hooks.ts';

/** The console home: per account, what waits on the firm, each count a link to the list of those items. */
export function WaitingPage() {
  const waiting = useApi('/api/v1/console/waiting');
  const data = waiting.data;

  return (
    <>
      <PageHeader title={t('home.waiting.title')} description={t('home.waiting.description')} />
      <section aria-labelledby="waiting-items">
        <h2 id="waiting-items">{t('obligations.waiting.items')}</h2>
        <ObligationList path="/console/waiting/items" showAccount />
      </section>
      {waiting.error ? <ErrorState error={waiting.error} onRetry={waiting.reload} /> : null}
      {!data && !waiting.error ? <Loading /> : null}
      {data && !data.accounts.length ? (
        <EmptyState title={t('home.waiting.empty')}>
          <p>{t('home.waiting.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {data?.accounts.length ? (
        <>
          <section aria-labelledby="waiting-totals" className="waiting-totals">
            <h2 id="waiting-totals" className="sr-only">
              {t('home.waiting.totals')}
            </h2>
            <ul className="stat-list">
              {data.totals.map((item) => (
                <li key={item.key} className="stat">
                  {countText(item)}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="waiting-accounts">
            <h2 id="waiting-accounts">{t('home.waiting.accounts')}</h2>
            <ul className="waiting-list">
              {data.accounts.map((account) => (
                <li key={account.accountId} className="waiting-account">
                  <h3 className="waiting-account__name">
                    {account.abilities.open ? (
                      <Link to={`/console/accounts/${account.accountId}`}>{account.accountName}</Link>
                    ) : (
                      account.accountName
                    )}
                  </h3>
                  <ul className="waiting-counts">
                    {account.counts.map((item) => (
                      <li key={item.key}>
                        <Link to={item.link} className={`waiting-count waiting-count--${item.key.replace('.', '-')}`}>
                          {countText(item)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}
