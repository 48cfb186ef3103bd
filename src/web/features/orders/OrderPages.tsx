import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type { Order, OrderStatus, OrderSummary } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useResource, useSubmit } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { fieldError, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { money } from '../billing/format.tsx';
import { OrderSearchField, OrderStatusBadge, OrderStatusFilter } from './format.tsx';
import { OrderView } from './OrderView.tsx';
import { OrderReturnsList } from '../returns/format.tsx';
import { NewReturn } from '../returns/NewReturn.tsx';
import { useMe } from '../../session/SessionProvider.tsx';

/** "My orders": the person's orders across their accounts with the module, searched and filtered, in pages. */
function MyOrdersPage() {
  usePageTitle(t('orders.portal.title'));
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const q = useDebounced(search.trim(), 300);
  const list = usePagedList<OrderSummary>('/orders', { ...(q ? { q } : {}), ...(status ? { status } : {}) });
  return (
    <>
      <PageHeader title={t('orders.portal.title')} description={t('orders.portal.description')} />
      <div className="form-row orders-filters" role="search">
        <OrderSearchField value={search} onChange={setSearch} />
        <OrderStatusFilter value={status} onChange={setStatus} />
      </div>
      <PagedTable
        list={list}
        caption={t('orders.portal.title')}
        rowKey={(order) => order.id}
        empty={<p className="muted">{q || status ? t('orders.noMatch') : t('orders.empty')}</p>}
        columns={[
          {
            header: t('orders.col.number'),
            cell: (order) => (
              <Link className="order-number" to={`/orders/${order.id}`}>
                {order.number}
              </Link>
            ),
          },
          { header: t('orders.col.placed'), cell: (order) => formatDate(order.placedAt) },
          { header: t('orders.col.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
          { header: t('orders.col.total'), className: 'num', cell: (order) => money(order.total) },
        ]}
      />
    </>
  );
}

/** Asking about an order: a ticket of the order's account, linked to it (agents see the order beside it). */
function AskAboutOrder({ order }: { order: Order }) {
  const navigate = useNavigate();
  const toast = useToast();
  const submit = useSubmit();
  const [subject, setSubject] = useState(t('orders.ask.defaultSubject', { number: order.number }));
  const [body, setBody] = useState('');
  const bodyError = fieldError(submit.error, 'body');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    let ticketId = '';
    const ok = await submit.run(async (idempotencyKey) => {
      ticketId = (
        await api<{ ticketId: string }>(`/orders/${order.id}/tickets`, {
          method: 'POST',
          idempotencyKey,
          body: { subject, body },
        })
      ).ticketId;
    });
    if (ok) {
      toast(t('orders.ask.done'));
      navigate(`/tickets/${ticketId}`);
    }
  };
  return (
    <section className="panel" aria-labelledby="order-ask">
      <h2 id="order-ask">{t('orders.ask.title')}</h2>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormAlert error={submit.error} fields={['subject', 'body']} />
        <TextField
          label={t('orders.ask.subject')}
          name="subject"
          value={subject}
          maxLength={200}
          required
          error={submit.error}
          onChange={(event) => setSubject(event.target.value)}
        />
        <div className={bodyError ? 'field field--invalid' : 'field'}>
          <label htmlFor="order-ask-body">{t('orders.ask.body')}</label>
          <textarea
            id="order-ask-body"
            name="body"
            rows={4}
            maxLength={20000}
            required
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={bodyError ? 'order-ask-body-error' : undefined}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          {bodyError ? (
            <p className="field-error" id="order-ask-body-error">
              {bodyError}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="btn" disabled={submit.pending}>
            {submit.pending ? t('common.saving') : t('orders.ask.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function PortalOrderPage() {
  const { orderId = '' } = useParams();
  const order = useResource<Order>(`/orders/${orderId}`);
  const me = useMe();
  usePageTitle(order.data ? t('orders.titleOf', { number: order.data.number }) : t('orders.title'));
  if (order.error) return <ErrorState error={order.error} onRetry={order.reload} />;
  if (!order.data) return <Loading />;
  const accountId = order.data.accountId;
  const returnsOn = Boolean(
    me?.memberships.find((membership) => membership.accountId === accountId)?.modules.includes('returns'),
  );
  return (
    <>
      <p>
        <Link to="/orders">← {t('orders.back')}</Link>
      </p>
      <PageHeader
        title={t('orders.titleOf', { number: order.data.number })}
        description={t('orders.placedOn', { date: formatDate(order.data.placedAt) })}
        actions={<OrderStatusBadge status={order.data.status as OrderStatus} />}
      />
      <OrderView order={order.data} ticketPath={(id) => `/tickets/${id}`} returnBase={returnsOn ? '/returns' : null} />
      {returnsOn ? <OrderReturnsList orderId={order.data.id} base="/returns" /> : null}
      {returnsOn ? <NewReturn order={order.data} /> : null}
      {order.data.abilities.fileTicket ? <AskAboutOrder order={order.data} /> : null}
    </>
  );
}

export function PortalOrders() {
  return (
    <Routes>
      <Route index element={<MyOrdersPage />} />
      <Route path=":orderId" element={<PortalOrderPage />} />
    </Routes>
  );
}
