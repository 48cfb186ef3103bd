import { Link } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../ui/common.tsx';
import { RequestedFromYou } from '../documents/RequestedFromYou.tsx';

/** Portal home: the active account's enabled modules, or a friendly empty state, plus account info. */
export function HomePage() {
  const me = useMe();
  const membership = me.memberships.find((item) => item.accountId === me.activeAccountId) ?? me.memberships[0];

  return (
    <>
      <PageHeader title={t('portal.home.title', { name: me.user.name })} />
      {membership ? (
        <>
          {membership.modules.includes('documents') ? (
            <RequestedFromYou key={membership.accountId} accountId={membership.accountId} />
          ) : null}
          {membership.modules.length ? (
            <section aria-labelledby="modules-heading">
              <h2 id="modules-heading">{t('portal.home.modules')}</h2>
              <ul className="card-grid">
                {membership.modules.map((module) => (
                  <li key={module} className="card">
                    <h3>
                      {module === 'documents' || module === 'messages' ? (
                        <Link to={`/${module}`}>{t(`module.${module}`)}</Link>
                      ) : (
                        t(`module.${module}`)
                      )}
                    </h3>
                  </li>
                ))}
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
