import { useState } from 'react';
import { Link, Route, Routes, useSearchParams } from 'react-router-dom';
import type { Subscription, SubscriptionStatus } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { ActionMenu, type ActionMenuItem } from '../../ui/ActionMenu.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { EmptyState, PageHeader } from '../../ui/common.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { AccountSelect } from './AccountPicker.tsx';
import { day, money } from './format.tsx';
import { intervalOf, SubscriptionBadge } from './RecurringFormat.tsx';
import { NewSubscriptionPage } from './RecurringNewSubscription.tsx';

/** The console's subscriptions: the list with filters (also an account's tab via ?accountId=) and the new form. */
export default function RecurringSubscriptions() {
  return (
    <Routes>
      <Route index element={<SubscriptionsPage />} />
      <Route path="new" element={<NewSubscriptionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

const STATUSES: SubscriptionStatus[] = ['active', 'paused', 'cancelled', 'ended'];
type Action = 'pause' | 'resume' | 'cancel';

function SubscriptionsPage() {
  const [params, setParams] = useSearchParams();
  const accountId = params.get('accountId') ?? '';
  const status = params.get('status') ?? '';
  const list = usePagedList<Subscription>('/billing-subscriptions', {
    accountId: accountId || undefined,
    status: status || undefined,
  });
  const confirm = useConfirm();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  async function act(item: Subscription, action: Action) {
    if (action !== 'resume') {
      const ok = await confirm({
        title: t(`billing.sub.action.${action}`),
        message: t(`billing.sub.confirm.${action}`, { name: item.name }),
        confirmLabel: t(`billing.sub.action.${action}`),
        danger: action === 'cancel',
      });
      if (!ok) return;
    }
    setError(null);
    try {
      const updated = await api<Subscription>(
        `/accounts/${item.accountId}/billing-subscriptions/${item.id}/${action}`,
        { method: 'POST' },
      );
      list.setItems((items) => items.map((one) => (one.id === item.id ? { ...one, ...updated } : one)));
    } catch (caught) {
      setError(caught);
    }
  }

  async function runNow() {
    setError(null);
    try {
      const result = await api<{ billed: number }>('/billing/recurring/run', { method: 'POST' });
      setNotice(t('billing.sub.ran', { billed: result.billed }));
      list.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  async function setAutoCharge(item: Subscription, autoCharge: boolean) {
    setError(null);
    try {
      const updated = await api<Subscription>(`/accounts/${item.accountId}/billing-subscriptions/${item.id}`, {
        method: 'PATCH',
        body: { autoCharge },
      });
      list.setItems((items) => items.map((one) => (one.id === item.id ? { ...one, ...updated } : one)));
      setNotice(t(autoCharge ? 'billing.sub.autoChargeOn' : 'billing.sub.autoChargeOff', { name: item.name }));
    } catch (caught) {
      setError(caught);
    }
  }

  const stateAction = (item: Subscription, action: Action): ActionMenuItem[] =>
    item.abilities[action]
      ? [
          {
            id: action,
            label: t(`billing.sub.action.${action}`),
            danger: action === 'cancel',
            onSelect: () => void act(item, action),
          },
        ]
      : [];
  // The destructive choice comes last.
  const actionsOf = (item: Subscription): ActionMenuItem[] => [
    ...stateAction(item, 'pause'),
    ...stateAction(item, 'resume'),
    ...(item.abilities.changeAutoCharge
      ? [
          {
            id: 'auto-charge',
            label: t(item.autoCharge ? 'billing.sub.action.autoChargeOff' : 'billing.sub.action.autoChargeOn'),
            onSelect: () => void setAutoCharge(item, !item.autoCharge),
          },
        ]
      : []),
    ...stateAction(item, 'cancel'),
  ];

  return (
    <>
      <PageHeader
        title={t('billing.sub.title')}
        actions={
          <>
            <button type="button" className="btn btn--secondary" onClick={() => void runNow()}>
              {t('billing.sub.run')}
            </button>
            <Link
              className="btn"
              to={`/console/billing/subscriptions/new${accountId ? `?accountId=${accountId}` : ''}`}
            >
              {t('billing.sub.new')}
            </Link>
          </>
        }
      />
      <FormAlert error={error} />
      {notice ? <p role="status">{notice}</p> : null}
      <div className="filters billing-filters">
        <SelectField
          label={t('billing.filter.status')}
          name="status"
          value={status}
          onChange={(e) => setFilter('status', e.target.value)}
        >
          <option value="">{t('billing.filter.any')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`billing.sub.status.${value}`)}
            </option>
          ))}
        </SelectField>
        <AccountSelect
          label={t('billing.col.account')}
          value={accountId}
          onChange={(value) => setFilter('accountId', value)}
          emptyLabel={t('billing.filter.any')}
        />
      </div>
      <PagedTable
        list={list}
        caption={t('billing.sub.caption')}
        rowKey={(item) => item.id}
        empty={<EmptyState title={t('billing.sub.empty')} />}
        columns={[
          { header: t('billing.sub.col.name'), cell: (item) => item.name },
          { header: t('billing.col.account'), cell: (item) => item.accountName },
          { header: t('billing.sub.col.interval'), cell: (item) => intervalOf(item) },
          { header: t('billing.sub.col.status'), cell: (item) => <SubscriptionBadge status={item.status} /> },
          { header: t('billing.plan.next'), cell: (item) => day(item.nextBillingDate) },
          { header: t('billing.sub.col.billed'), className: 'num', cell: (item) => item.periodsBilled },
          { header: t('billing.plan.amount'), className: 'num', cell: (item) => money(item.amount) },
          {
            header: t('billing.sub.col.actions'),
            cell: (item) => {
              const items = actionsOf(item);
              return items.length ? (
                <ActionMenu label={t('billing.sub.actions', { name: item.name })} items={items} />
              ) : null;
            },
          },
        ]}
      />
    </>
  );
}
