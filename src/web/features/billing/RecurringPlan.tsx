import type { Subscription } from '../../../contract/index.ts';
import { usePagedList } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { EmptyState } from '../../ui/common.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { day, money } from './format.tsx';
import { intervalOf, SubscriptionBadge } from './RecurringFormat.tsx';

/** The portal's plan (the SaaS billing page): the account's subscriptions, next billing date and amount. */
export function RecurringPlan({ accountId }: { accountId: string }) {
  const list = usePagedList<Subscription>(`/accounts/${accountId}/billing-subscriptions`);
  if (!list.loading && !list.error && !list.items.length) return null;
  return (
    <section className="stack" aria-labelledby="billing-plan-title">
      <h2 id="billing-plan-title">{t('billing.plan.title')}</h2>
      <PagedTable
        list={list}
        caption={t('billing.plan.caption')}
        rowKey={(item) => item.id}
        empty={<EmptyState title={t('billing.plan.empty')} />}
        columns={[
          { header: t('billing.sub.col.name'), cell: (item) => item.name },
          { header: t('billing.sub.col.interval'), cell: (item) => intervalOf(item) },
          { header: t('billing.sub.col.status'), cell: (item) => <SubscriptionBadge status={item.status} /> },
          { header: t('billing.plan.next'), cell: (item) => day(item.nextBillingDate) },
          { header: t('billing.plan.amount'), className: 'num', cell: (item) => money(item.amount) },
        ]}
      />
      <p className="muted">{t('billing.plan.invoicesHint')}</p>
    </section>
  );
}
