import { Link, Route, Routes, useParams } from 'react-router-dom';
import type { Return, ReturnSummary } from '../../../contract/index.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { ReturnStatusBadge } from './format.tsx';
import { ReturnView } from './ReturnView.tsx';

/** The person's returns across their accounts, newest first. */
function MyReturnsPage() {
  usePageTitle(t('returns.portal.title'));
  const list = usePagedList<ReturnSummary>('/returns');
  return (
    <>
      <PageHeader title={t('returns.portal.title')} description={t('returns.portal.description')} />
      <ReturnsTable list={list} base="/returns" />
    </>
  );
}

export function ReturnsTable({ list, base }: { list: ReturnType<typeof usePagedList<ReturnSummary>>; base: string }) {
  return (
    <PagedTable
      list={list}
      caption={t('returns.portal.title')}
      rowKey={(item) => item.id}
      empty={<p className="muted">{t('returns.empty')}</p>}
      columns={[
        { header: t('returns.col.number'), cell: (item) => <Link to={`${base}/${item.id}`}>{item.number}</Link> },
        { header: t('returns.col.account'), cell: (item) => item.accountName },
        { header: t('returns.col.opened'), cell: (item) => formatDate(item.createdAt) },
        { header: t('returns.col.status'), cell: (item) => <ReturnStatusBadge status={item.status} /> },
      ]}
    />
  );
}

function PortalReturnPage() {
  const { returnId = '' } = useParams();
  const item = useResource<Return>(`/returns/${returnId}`);
  usePageTitle(item.data ? t('returns.titleOf', { number: item.data.number }) : t('returns.portal.title'));
  if (item.error) return <ErrorState error={item.error} onRetry={item.reload} />;
  if (!item.data) return <Loading />;
  return (
    <>
      <p>
        <Link to={`/orders/${item.data.orderId}`}>← {t('returns.backToOrder', { number: item.data.orderNumber })}</Link>
      </p>
      <PageHeader
        title={t('returns.titleOf', { number: item.data.number })}
        actions={<ReturnStatusBadge status={item.data.status} />}
      />
      <ReturnView item={item.data} />
    </>
  );
}

export function PortalReturns() {
  return (
    <Routes>
      <Route index element={<MyReturnsPage />} />
      <Route path=":returnId" element={<PortalReturnPage />} />
    </Routes>
  );
}
