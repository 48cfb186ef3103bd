import { useState } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import type { BillingDocumentSummary, ReceivableRow } from '../../../contract/index.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { EmptyState, ErrorState, PageHeader } from '../../ui/common.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { ConsoleBillingDocument } from './ConsoleDocumentPage.tsx';
import { ConsoleStatementPage, ReceivablesPage } from './ConsoleReceivables.tsx';
import { AccountSelect } from './AccountPicker.tsx';
import { ListTotals } from './ListTotals.tsx';
import { BillingSettingsPage, BillingProfilePage } from './ConsoleSetup.tsx';
import { EditDocumentPage } from './EditDocumentPage.tsx';
import { NewDocumentPage } from './NewDocumentPage.tsx';
import { RecurringCatalogPage } from './RecurringCatalog.tsx';
import RecurringSubscriptions from './RecurringSubscriptions.tsx';
import { day, money, StatusBadge, titleOf } from './format.tsx';

/** The console's billing: documents with filters, accounts receivable, setup, new documents, one document. */
export default function ConsoleBilling() {
  return (
    <Routes>
      <Route index element={<DocumentsPage />} />
      <Route path="new" element={<NewDocumentPage />} />
      <Route path="settings" element={<BillingSettingsPage />} />
      <Route path="receivables" element={<ReceivablesPage />} />
      <Route path="subscriptions/*" element={<RecurringSubscriptions />} />
      <Route path="catalog" element={<RecurringCatalogPage />} />
      <Route path="statements/:accountId" element={<ConsoleStatementPage />} />
      <Route path="profiles/:accountId" element={<BillingProfilePage />} />
      <Route path=":documentId" element={<ConsoleBillingDocument />} />
      <Route path=":documentId/edit" element={<EditDocumentPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

const STATUSES = ['draft', 'sent', 'paid', 'void', 'accepted', 'declined'] as const;
const KINDS = ['invoice', 'quote', 'credit_note'] as const;

function DocumentsPage() {
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [accountId, setAccountId] = useState('');
  const [dueFrom, setDueFrom] = useState('');
  const [dueTo, setDueTo] = useState('');
  const filters = {
    status: status || undefined,
    kind: kind || undefined,
    overdue: overdue ? 'true' : undefined,
    accountId: accountId || undefined,
    dueFrom: dueFrom || undefined,
    dueTo: dueTo || undefined,
  };
  const list = usePagedList<BillingDocumentSummary>('/billing-documents', filters);
  return (
    <>
      <PageHeader
        title={t('billing.list.title')}
        actions={
          <>
            <Link className="btn btn--secondary" to="/console/billing/receivables">
              {t('billing.aging.link')}
            </Link>
            <Link className="btn btn--secondary" to="/console/billing/subscriptions">
              {t('billing.sub.link')}
            </Link>
            <Link className="btn btn--secondary" to="/console/billing/catalog">
              {t('billing.catalog.link')}
            </Link>
            <Link className="btn btn--secondary" to="/console/billing/settings">
              {t('billing.settings.link')}
            </Link>
            <Link className="btn" to="/console/billing/new">
              {t('billing.new')}
            </Link>
          </>
        }
      />
      <div className="filters billing-filters">
        <SelectField
          label={t('billing.filter.status')}
          name="status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">{t('billing.filter.any')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`billing.status.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('billing.filter.kind')}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          <option value="">{t('billing.filter.any')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`billing.kind.${value}`)}
            </option>
          ))}
        </SelectField>
        <AccountSelect
          label={t('billing.col.account')}
          value={accountId}
          onChange={setAccountId}
          emptyLabel={t('billing.filter.any')}
        />
        <Checkbox
          label={t('billing.filter.overdue')}
          checked={overdue}
          onChange={(e) => setOverdue(e.target.checked)}
        />
        <TextField
          label={t('billing.filter.dueFrom')}
          name="dueFrom"
          type="date"
          value={dueFrom}
          onChange={(e) => setDueFrom(e.target.value)}
        />
        <TextField
          label={t('billing.filter.dueTo')}
          name="dueTo"
          type="date"
          value={dueTo}
          onChange={(e) => setDueTo(e.target.value)}
        />
      </div>
      <ListTotals filters={filters} />
      <PagedTable
        list={list}
        caption={t('billing.list.caption')}
        rowKey={(item) => item.id}
        empty={<EmptyState title={t('billing.list.empty')} />}
        columns={[
          {
            header: t('billing.col.number'),
            cell: (item) => <Link to={`/console/billing/${item.id}`}>{titleOf(item)}</Link>,
          },
          { header: t('billing.col.account'), cell: (item) => item.accountName },
          { header: t('billing.col.issued'), cell: (item) => day(item.issueDate) },
          { header: t('billing.col.due'), cell: (item) => (item.kind === 'invoice' ? day(item.dueDate) : '—') },
          { header: t('billing.col.status'), cell: (item) => <StatusBadge document={item} /> },
          { header: t('billing.col.total'), className: 'num', cell: (item) => money(item.total) },
          { header: t('billing.col.balance'), className: 'num', cell: (item) => money(item.balance) },
        ]}
      />
      <Receivables />
    </>
  );
}

function Receivables() {
  const receivables = useResource<{ items: ReceivableRow[] }>('/billing/receivables');
  return (
    <section aria-labelledby="receivables-title">
      <h2 id="receivables-title">{t('billing.receivables.title')}</h2>
      {receivables.error ? <ErrorState error={receivables.error} onRetry={receivables.reload} /> : null}
      {receivables.data && !receivables.data.items.length ? (
        <p className="muted">{t('billing.receivables.empty')}</p>
      ) : null}
      {receivables.data?.items.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('billing.receivables.caption')}>
          <table>
            <caption className="sr-only">{t('billing.receivables.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('billing.col.account')}</th>
                <th scope="col" className="num">
                  {t('billing.receivables.open')}
                </th>
                <th scope="col" className="num">
                  {t('billing.receivables.outstanding')}
                </th>
                <th scope="col" className="num">
                  {t('billing.receivables.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {receivables.data.items.map((row) => (
                <tr key={`${row.accountId}-${row.currency}`}>
                  <td>{row.accountName}</td>
                  <td className="num">{row.openInvoices}</td>
                  <td className="num">{money(row.outstanding)}</td>
                  <td className="num">{money(row.overdue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
