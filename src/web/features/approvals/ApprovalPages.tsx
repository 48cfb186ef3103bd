import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import { NewApprovalPage } from './NewApprovalPage.tsx';
import type { Approval } from '../../../contract/index.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { ErrorState, LoadMore, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { ApprovalCard, StatusBadge } from './ApprovalCard.tsx';

/** Where a file of an approval opens: the portal's document page or the console's, under its account. */
const documentLink = (approval: Approval, console: boolean) => {
  const item = approval.items[0];
  if (!item) return null;
  return console
    ? `/console/accounts/${approval.accountId}/documents/files/${item.documentId}`
    : `/documents/files/${item.documentId}`;
};

function ApprovalWithLink({
  approval,
  console,
  onChange,
}: {
  approval: Approval;
  console: boolean;
  onChange: (a: Approval) => void;
}) {
  const link = documentLink(approval, console);
  return (
    <div className="stack">
      <ApprovalCard approval={approval} onChange={onChange} />
      {link ? (
        <p>
          <Link to={link}>{t('approvals.open')} →</Link>
        </p>
      ) : null}
    </div>
  );
}

/** The portal's "Approvals waiting on you": each with its decision form, across the person's accounts. */
function WaitingOnYouPage() {
  usePageTitle(t('approvals.portal.title'));
  const list = usePagedList<Approval>('/approvals', { waitingOn: 'me' });
  const replace = (next: Approval) =>
    list.setItems((items) => items.map((item) => (item.id === next.id ? next : item)));
  return (
    <>
      <PageHeader title={t('approvals.portal.title')} description={t('approvals.portal.description')} />
      <div className="approvals">
        {list.error && !list.items.length ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {!list.loading && !list.error && !list.items.length ? (
          <p className="muted">{t('approvals.waitingEmpty')}</p>
        ) : null}
        {list.items.map((approval) => (
          <ApprovalWithLink key={approval.id} approval={approval} console={false} onChange={replace} />
        ))}
        <LoadMore hasMore={list.hasMore} loading={list.loading} error={list.error} onLoadMore={list.loadMore} />
      </div>
    </>
  );
}

/** One approval (the emails link here). */
function ApprovalPage({ console }: { console: boolean }) {
  const { approvalId = '' } = useParams();
  const approval = useResource<Approval>(`/approvals/${approvalId}`);
  usePageTitle(approval.data?.title ?? t('approvals.title'));
  if (approval.error) return <ErrorState error={approval.error} onRetry={approval.reload} />;
  if (!approval.data) return <Loading />;
  return (
    <>
      <PageHeader title={approval.data.title} />
      <ApprovalWithLink approval={approval.data} console={console} onChange={approval.setData} />
    </>
  );
}

/** The console's list: every approval in the caller's scope, filtered by status and by whose move it is. */
function ConsoleApprovalsList() {
  usePageTitle(t('approvals.title'));
  const [status, setStatus] = useState('pending');
  const [waitingOn, setWaitingOn] = useState('');
  const list = usePagedList<Approval>('/approvals', {
    ...(status ? { status } : {}),
    ...(waitingOn ? { waitingOn } : {}),
  });
  return (
    <>
      <PageHeader
        title={t('approvals.title')}
        description={t('approvals.console.description')}
        actions={
          <Link className="btn" to="/console/approvals/new">
            {t('approvals.new.title')}
          </Link>
        }
      />
      <div className="form-row approvals-filters">
        <SelectField
          label={t('approvals.filter.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value)}
        >
          <option value="">{t('approvals.filter.anyStatus')}</option>
          {(['pending', 'approved', 'changes_requested', 'cancelled'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`approvals.status.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('approvals.filter.waitingOn')}
          name="waitingOn"
          value={waitingOn}
          onChange={(event) => setWaitingOn(event.target.value)}
        >
          <option value="">{t('approvals.waitingOn.any')}</option>
          <option value="firm">{t('approvals.waitingOn.firm')}</option>
          <option value="client">{t('approvals.waitingOn.client')}</option>
          <option value="me">{t('approvals.waitingOn.me')}</option>
        </SelectField>
      </div>
      <PagedTable
        list={list}
        caption={t('approvals.caption')}
        rowKey={(approval) => approval.id}
        empty={<p className="muted">{t('approvals.empty')}</p>}
        columns={[
          {
            header: t('approvals.col.title'),
            cell: (approval) => <Link to={`/console/approvals/${approval.id}`}>{approval.title}</Link>,
          },
          { header: t('approvals.col.account'), cell: (approval) => approval.accountName },
          { header: t('approvals.col.status'), cell: (approval) => <StatusBadge approval={approval} /> },
          {
            header: t('approvals.col.waitingOn'),
            cell: (approval) => (approval.waitingOn ? t(`approvals.waitingOn.${approval.waitingOn}`) : '—'),
          },
          {
            header: t('approvals.col.due'),
            cell: (approval) => (approval.dueDate ? formatDate(approval.dueDate) : '—'),
          },
        ]}
      />
    </>
  );
}

export function PortalApprovals() {
  return (
    <Routes>
      <Route index element={<WaitingOnYouPage />} />
      <Route path=":approvalId" element={<ApprovalPage console={false} />} />
    </Routes>
  );
}

export function ConsoleApprovals() {
  return (
    <Routes>
      <Route index element={<ConsoleApprovalsList />} />
      <Route path="new" element={<NewApprovalPage />} />
      <Route path=":approvalId" element={<ApprovalPage console />} />
    </Routes>
  );
}
