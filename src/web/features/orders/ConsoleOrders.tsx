import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import type { Account, Order, OrderStatus, OrderSummary } from '../../../contract/index.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { TextField } from '../../ui/Field.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { AccountSelect } from '../billing/AccountPicker.tsx';
import { money } from '../billing/format.tsx';
import { AccountTabs } from '../documents/ConsoleDocuments.tsx';
import { OrderSearchField, OrderStatusBadge, OrderStatusFilter } from './format.tsx';
import { ImportOrders } from './ImportOrders.tsx';
import { OrderView } from './OrderView.tsx';
import { OrderReturnsList } from '../returns/format.tsx';
import { useMe } from '../../session/SessionProvider.tsx';

/** Orders in the caller's scope (or of one account), filtered by status, account, search and placed dates. */
function OrdersTable({ accountId }: { accountId: string | null }) {
  const [account, setAccount] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const q = useDebounced(search.trim(), 300);
  const list = usePagedList<OrderSummary>(accountId ? `/accounts/${accountId}/orders` : '/orders', {
    ...(account && !accountId ? { accountId: account } : {}),
    ...(status ? { status } : {}),
    ...(q ? { q } : {}),
    ...(from ? { placedFrom: from } : {}),
    ...(to ? { placedTo: to } : {}),
  });
  return (
    <>
      <div className="form-row orders-filters" role="search">
        {accountId ? null : (
          <AccountSelect
            label={t('orders.filter.account')}
            value={account}
            onChange={setAccount}
            emptyLabel={t('orders.filter.anyAccount')}
          />
        )}
        <OrderStatusFilter value={status} onChange={setStatus} />
        <OrderSearchField value={search} onChange={setSearch} />
        <TextField
          label={t('orders.filter.from')}
          name="placedFrom"
          type="date"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          label={t('orders.filter.to')}
          name="placedTo"
          type="date"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
      </div>
      <PagedTable
        list={list}
        caption={t('orders.title')}
        rowKey={(order) => order.id}
        empty={<p className="muted">{t('orders.noMatch')}</p>}
        columns={[
          {
            header: t('orders.col.number'),
            cell: (order) => (
              <Link className="order-number" to={`/console/orders/${order.id}`}>
                {order.number}
              </Link>
            ),
          },
          ...(accountId ? [] : [{ header: t('orders.col.account'), cell: (order: OrderSummary) => order.accountName }]),
          { header: t('orders.col.placed'), cell: (order) => formatDate(order.placedAt) },
          { header: t('orders.col.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
          { header: t('orders.col.total'), className: 'num', cell: (order) => money(order.total) },
        ]}
      />
    </>
  );
}

function ConsoleOrdersList() {
  usePageTitle(t('orders.title'));
  return (
    <>
      <PageHeader title={t('orders.title')} description={t('orders.console.description')} />
      <OrdersTable accountId={null} />
    </>
  );
}

function ConsoleOrderPage() {
  const { orderId = '' } = useParams();
  const order = useResource<Order>(`/orders/${orderId}`);
  usePageTitle(order.data ? t('orders.titleOf', { number: order.data.number }) : t('orders.title'));
  if (order.error) return <ErrorState error={order.error} onRetry={order.reload} />;
  if (!order.data) return <Loading />;
  return (
    <>
      <p>
        <Link to={`/console/accounts/${order.data.accountId}/orders`}>← {order.data.accountName}</Link>
      </p>
      <PageHeader
        title={t('orders.titleOf', { number: order.data.number })}
        description={t('orders.console.meta', {
          date: formatDate(order.data.placedAt),
          externalId: order.data.externalId,
        })}
        actions={<OrderStatusBadge status={order.data.status as OrderStatus} />}
      />
      <OrderView order={order.data} ticketPath={(id) => `/console/tickets/${id}`} returnBase="/console/returns" />
      <OrderReturnsList orderId={order.data.id} base="/console/returns" />
    </>
  );
}

/** The account page's Orders tab. */
export function ConsoleAccountOrders() {
  const { accountId = '' } = useParams();
  const me = useMe();
  const canImport = me.user.staffRole === 'owner' || me.user.staffRole === 'admin';
  const [tick, setTick] = useState(0);
  const account = useResource<Account>(`/accounts/${accountId}`);
  usePageTitle(account.data ? t('orders.titleOfAccount', { account: account.data.name }) : t('orders.title'));
  if (account.error) return <ErrorState error={account.error} onRetry={account.reload} />;
  if (!account.data) return <Loading />;
  return (
    <>
      <p>
        <Link to="/console/accounts">← {t('accounts.back')}</Link>
      </p>
      <PageHeader title={t('orders.titleOfAccount', { account: account.data.name })} />
      <AccountTabs account={account.data} />
      {canImport ? <ImportOrders accountId={accountId} onImported={() => setTick((n) => n + 1)} /> : null}
      <OrdersTable key={tick} accountId={accountId} />
    </>
  );
}

export function ConsoleOrders() {
  return (
    <Routes>
      <Route index element={<ConsoleOrdersList />} />
      <Route path=":orderId" element={<ConsoleOrderPage />} />
    </Routes>
  );
}
