import { Link } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../ui/common.tsx';
import { RequestedFromYou } from '../documents/RequestedFromYou.tsx';
import { countText } from '../home/countText.ts';
import { useApi } from '../../api/typed-hooks.ts';

/** The portal page of each module that has one: a home card is a link to it. */
const MODULE_PAGES: Record<string, string> = {
  documents: '/documents',
  messages: '/messages',
  tickets: '/tickets',
  knowledge_base: '/knowledge-base',
  billing: '/billing',
  projects: '/projects',
  approvals: '/approvals',
};

/** Portal home: the active account's modules as cards (each a link, with its counts), or an empty state, plus account info. */
export function HomePage() {
  const me = useMe();
  const membership = me.memberships.find((item) => item.accountId === me.activeAccountId) ?? me.memberships[0];
  const counts = useApi(membership ? '/api/v1/accounts/{accountId}/home-counts' : null, {
    path: { accountId: membership?.accountId ?? '' },
  });
  const modules = membership?.modules.filter((module) => module in MODULE_PAGES) ?? [];

  return (
    <>
      <PageHeader title={t('portal.home.title', { name: me.user.name })} />
      {membership ? (
        <>
          {membership.modules.includes('documents') ? (
            <RequestedFromYou key={membership.accountId} accountId={membership.accountId} />
          ) : null}
          {modules.length ? (
            <section aria-labelledby="modules-heading">
              <h2 id="modules-heading">{t('portal.home.modules')}</h2>
              <ul className="card-grid">
                {modules.map((module) => {
                  const items = counts.data?.counts.filter((item) => item.module === module) ?? [];
                  return (
                    <li key={module}>
                      <Link to={MODULE_PAGES[module]!} className="card card--link">
                        <h3>{t(`module.${module}`)}</h3>
                        {items.length ? (
                          items.map((item) => (
                            <p key={item.key} className="card__count">
                              {countText(item)}
                            </p>
                          ))
                        ) : counts.data ? (
                          <p className="muted">{t('home.card.nothingNew')}</p>
                        ) : null}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : (
            <EmptyState title={t('portal.home.emptyTitle')}>
              <p>{t('portal.home.emptyBody')}</p>
            </EmptyState>
          )}
          <section aria-labelledby="account-heading" className="panel">
            <h2 id="account-heading">{t('portal.home.account')}</h2>
            <dl className="facts">
              <dt>{t('portal.home.accountName')}</dt>
              <dd>{membership.accountName}</dd>
              <dt>{t('portal.home.role')}</dt>
              <dd>{t(`role.${membership.role}`)}</dd>
              <dt>{t('portal.home.signedInAs')}</dt>
              <dd>{me.user.email}</dd>
            </dl>
          </section>
        </>
      ) : (
        <EmptyState title={t('portal.home.noAccountTitle')}>
          <p>{t('portal.home.noAccountBody', { email: me.user.email })}</p>
        </EmptyState>
      )}
    </>
  );
}
