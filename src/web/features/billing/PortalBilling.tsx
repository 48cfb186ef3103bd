import { CardPaymentPanel } from './CardPayment.tsx';
import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import type { BillingDocument, BillingDocumentSummary } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { useMe, useSession } from '../../session/SessionProvider.tsx';
import { Checkbox, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { DocumentView, PdfLink } from './DocumentView.tsx';
import { AccountCreditBalance } from './CreditPanels.tsx';
import { SavedCards } from './SavedCards.tsx';
import { CheckoutReturn, PayAll, PayButton } from './OnlinePayment.tsx';
import { day, money, StatusBadge, titleOf } from './format.tsx';
import { RecurringPlan } from './RecurringPlan.tsx';
import { PortalRetainer } from './RetainerBurn.tsx';
import { StatementView } from './StatementView.tsx';

/** The portal's billing pages: the active account's invoices and quotes, one document, its PDF, accepting a quote. */
export function PortalBilling() {
  return (
    <Routes>
      <Route index element={<PortalBillingList />} />
      <Route path=":documentId" element={<PortalBillingDocument />} />
      <Route path="pay/:accountId/:checkoutId" element={<CheckoutReturn />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function PortalBillingList() {
  const me = useMe();
  const { branding } = useSession();
  const list = usePagedList<BillingDocumentSummary>(
    me.activeAccountId ? `/accounts/${me.activeAccountId}/billing-documents` : null,
  );
  return (
    <>
      <PageHeader
        title={t('billing.list.title')}
        description={t('billing.list.portalDescription', { portal: branding.name })}
      />
      {me.activeAccountId ? <PortalRetainer accountId={me.activeAccountId} /> : null}
      {me.activeAccountId ? <RecurringPlan accountId={me.activeAccountId} /> : null}
      <PagedTable
        list={list}
        caption={t('billing.list.caption')}
        rowKey={(item) => item.id}
        empty={<EmptyState title={t('billing.list.empty')} />}
        columns={[
          { header: t('billing.col.number'), cell: (item) => <Link to={`/billing/${item.id}`}>{titleOf(item)}</Link> },
          { header: t('billing.col.issued'), cell: (item) => day(item.issueDate) },
          { header: t('billing.col.due'), cell: (item) => (item.kind === 'invoice' ? day(item.dueDate) : '—') },
          { header: t('billing.col.status'), cell: (item) => <StatusBadge document={item} /> },
          { header: t('billing.col.total'), className: 'num', cell: (item) => money(item.total) },
          { header: t('billing.col.balance'), className: 'num', cell: (item) => money(item.balance) },
        ]}
      />
      {me.activeAccountId ? <PayAll accountId={me.activeAccountId} /> : null}
      {me.activeAccountId ? (
        <div className="billing-account-panels">
          <AccountCreditBalance accountId={me.activeAccountId} />
          <SavedCards accountId={me.activeAccountId} />
        </div>
      ) : null}
      {me.activeAccountId ? <StatementView accountId={me.activeAccountId} /> : null}
    </>
  );
}

function PortalBillingDocument() {
  const { documentId } = useParams();
  const document = useResource<BillingDocument>(`/billing-documents/${documentId}`);
  const [saving, setSaving] = useState(false);
  const [optionError, setOptionError] = useState<unknown>(null);
  if (document.error) return <ErrorState error={document.error} onRetry={document.reload} />;
  if (!document.data) return <Loading />;
  const doc = document.data;
  const choosing = doc.abilities.selectOptions && doc.lines.some((line) => line.optional);

  // The box flips at once; the totals are the server's, which answers with the whole quote recomputed.
  async function toggle(lineId: string, selected: boolean) {
    setSaving(true);
    setOptionError(null);
    document.setData(
      (previous) =>
        previous && {
          ...previous,
          lines: previous.lines.map((line) => (line.id === lineId ? { ...line, selected } : line)),
        },
    );
    try {
      document.setData(
        await api<BillingDocument>(`/billing-documents/${doc.id}/selection`, {
          method: 'PATCH',
          body: { lines: [{ lineId, selected }] },
        }),
      );
    } catch (caught) {
      setOptionError(caught);
      document.reload();
    } finally {
      setSaving(false);
    }
  }
  return (
    <>
      <PageHeader title={titleOf(doc)} actions={<PdfLink document={doc} />} />
      {doc.abilities.pay ? (
        // The saved card (and a waiting 3-D Secure confirmation) above the hosted checkout, spaced as one block.
        <div className="stack">
          <CardPaymentPanel document={doc} />
          <PayButton
            accountId={doc.accountId}
            documentIds={[doc.id]}
            label={t('billing.pay.one', { balance: money(doc.balance) })}
          />
        </div>
      ) : null}
      {choosing ? <p>{t('billing.options.hint')}</p> : null}
      {choosing ? <FormAlert error={optionError} /> : null}
      <DocumentView document={doc} onToggle={choosing ? (id, on) => void toggle(id, on) : undefined} busy={saving} />
      {doc.accepted ? (
        <p role="status">
          {t('billing.accept.done', { name: doc.accepted.name, date: formatDateTime(doc.accepted.at) })}
        </p>
      ) : null}
      {doc.expired ? <p role="status">{t('billing.accept.expired', { date: day(doc.validUntil) })}</p> : null}
      {doc.abilities.accept ? (
        <AcceptQuoteForm
          document={doc}
          onDone={document.setData}
          onStale={document.reload}
          saving={saving}
          showTotal={choosing}
        />
      ) : null}
    </>
  );
}

function AcceptQuoteForm({
  document,
  onDone,
  onStale,
  saving,
  showTotal,
}: {
  document: BillingDocument;
  onDone: (doc: BillingDocument) => void;
  /** The quote's options changed elsewhere since it was loaded: load it again before anyone accepts. */
  onStale: () => void;
  /** A change of options is on its way: accepting waits for its total. */
  saving: boolean;
  showTotal: boolean;
}) {
  const [fullName, setFullName] = useState('');
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(
        await api<BillingDocument>(`/billing-documents/${document.id}/accept`, {
          method: 'POST',
          body: { fullName, consent },
          // The options as shown here: changed in another window since, the server refuses (409) and we reload.
          ifMatch: document.version,
        }),
      );
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'stale_version') {
        setError(new ApiError({ status: 409, code: caught.code, title: t('billing.options.stale') }));
        onStale();
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  }
  async function decline() {
    setBusy(true);
    try {
      onDone(await api<BillingDocument>(`/billing-documents/${document.id}/decline`, { method: 'POST', body: {} }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="h3">{t('billing.accept.title')}</h2>
      {showTotal ? (
        <p className="billing-options-total" role="status" aria-live="polite">
          {saving ? t('billing.options.saving') : t('billing.options.total', { total: money(document.total) })}
        </p>
      ) : null}
      <FormAlert error={error} fields={['fullName', 'consent']} />
      <TextField
        label={t('billing.accept.fullName')}
        name="fullName"
        autoComplete="name"
        value={fullName}
        onChange={(event) => setFullName(event.target.value)}
        error={error}
        required
      />
      <Checkbox
        label={t('billing.accept.consent', { account: document.accountName })}
        checked={consent}
        onChange={(event) => setConsent(event.target.checked)}
      />
      <div className="form-actions">
        <button type="submit" className="btn" disabled={busy || saving}>
          {t('billing.accept.submit')}
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void decline()}>
          {t('billing.decline')}
        </button>
      </div>
    </form>
  );
}
