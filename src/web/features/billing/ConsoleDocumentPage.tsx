import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { BillingDocument, BillingPayment } from '../../../contract/index.ts';
import { currencyExponent, parseMinor } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { CreditNoteDialog } from './CreditNoteDialog.tsx';
import { DocumentView, PdfLink } from './DocumentView.tsx';
import { ApplyCreditForm } from './CreditPanels.tsx';
import { PaymentsList } from './PaymentsList.tsx';
import { money, titleOf } from './format.tsx';

/** One document in the console: edit, send or delete a draft, void, record payments. */
export function ConsoleBillingDocument() {
  const { documentId } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const confirm = useConfirm();
  const document = useResource<BillingDocument>(`/billing-documents/${documentId}`);
  const payments = useResource<{ items: BillingPayment[] }>(`/billing-documents/${documentId}/payments`);
  const [error, setError] = useState<unknown>(null);
  const [crediting, setCrediting] = useState(false);
  if (document.error) return <ErrorState error={document.error} onRetry={document.reload} />;
  if (!document.data) return <Loading />;
  const doc = document.data;

  async function act(action: 'send' | 'void') {
    setError(null);
    try {
      const updated = await api<BillingDocument>(`/billing-documents/${doc.id}/${action}`, {
        method: 'POST',
        body: {},
      });
      document.setData(updated);
      if (action === 'send') toast(t('billing.sent', { number: updated.number ?? '' }));
    } catch (caught) {
      setError(caught);
    }
  }
  async function reissue() {
    setError(null);
    try {
      const draft = await api<BillingDocument>(`/billing-documents/${doc.id}/reissue`, { method: 'POST', body: {} });
      navigate(`/console/billing/${draft.id}`);
    } catch (caught) {
      setError(caught);
    }
  }
  async function invoiceQuote() {
    setError(null);
    try {
      const invoice = await api<BillingDocument>(`/billing-documents/${doc.id}/invoice`, {
        method: 'POST',
        body: {},
        idempotencyKey: true,
      });
      toast(t('billing.quoteInvoiced'));
      navigate(`/console/billing/${invoice.id}`);
    } catch (caught) {
      setError(caught);
    }
  }
  async function remove() {
    try {
      await api(`/billing-documents/${doc.id}`, { method: 'DELETE' });
      navigate('/console/billing');
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <>
      <PageHeader
        title={titleOf(doc)}
        description={doc.accountName}
        actions={
          <>
            <PdfLink document={doc} />
            {doc.abilities.update ? (
              <Link className="btn btn--secondary" to={`/console/billing/${doc.id}/edit`}>
                {t('billing.edit.open')}
              </Link>
            ) : null}
            {doc.abilities.send ? (
              <button type="button" className="btn" onClick={() => void act('send')}>
                {t('billing.send')}
              </button>
            ) : null}
            {doc.abilities.void ? (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() =>
                  void confirm({
                    title: t('billing.voidConfirm', { number: doc.number ?? '' }),
                    confirmLabel: t('billing.void'),
                    danger: true,
                  }).then((ok) => (ok ? act('void') : undefined))
                }
              >
                {t('billing.void')}
              </button>
            ) : null}
            {doc.abilities.creditNote ? (
              <button type="button" className="btn btn--secondary" onClick={() => setCrediting(true)}>
                {t('billing.creditNote.open')}
              </button>
            ) : null}
            {doc.abilities.reissue ? (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() =>
                  void confirm({
                    title: t('billing.reissueConfirm', { number: doc.number ?? '' }),
                    confirmLabel: t('billing.reissue'),
                    danger: true,
                  }).then((ok) => (ok ? reissue() : undefined))
                }
              >
                {t('billing.reissue')}
              </button>
            ) : null}
            {doc.abilities.invoice ? (
              <button type="button" className="btn" onClick={() => void invoiceQuote()}>
                {t('billing.invoiceQuote')}
              </button>
            ) : null}
            {doc.abilities.delete ? (
              <button type="button" className="btn btn--secondary" onClick={() => void remove()}>
                {t('billing.delete')}
              </button>
            ) : null}
          </>
        }
      />
      <FormAlert error={error} />
      {crediting ? (
        <CreditNoteDialog
          invoice={doc}
          onClose={() => setCrediting(false)}
          onCreated={(note) => {
            setCrediting(false);
            toast(t('billing.creditNote.created'));
            navigate(`/console/billing/${note.id}`);
          }}
        />
      ) : null}
      <DocumentView document={doc} />
      <PaymentsList
        document={doc}
        payments={payments.data?.items ?? []}
        onChanged={() => {
          document.reload();
          payments.reload();
        }}
      />
      {doc.abilities.applyCredit ? (
        <ApplyCreditForm
          document={doc}
          onApplied={(updated) => {
            document.setData(updated);
            payments.reload();
            toast(t('billing.credit.appliedToast', { amount: money(updated.creditApplied) }));
          }}
        />
      ) : null}
      {doc.abilities.recordPayment ? (
        <PaymentForm
          document={doc}
          onRecorded={() => {
            document.reload();
            payments.reload();
            toast(t('billing.payment.recorded'));
          }}
        />
      ) : null}
    </>
  );
}

const METHODS = ['bank_transfer', 'cheque', 'cash', 'card', 'other'] as const;

function PaymentForm({ document, onRecorded }: { document: BillingDocument; onRecorded: () => void }) {
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<(typeof METHODS)[number]>('bank_transfer');
  const [reference, setReference] = useState('');
  const [receivedOn, setReceivedOn] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const minor = parseMinor(amount, document.currency);
    if (minor === null) {
      const message = t('billing.new.badPrice', { digits: currencyExponent(document.currency) });
      setError(new ApiError({ status: 400, code: 'invalid', title: message, fieldErrors: { amount: message } }));
      return;
    }
    try {
      await api(`/billing-documents/${document.id}/payments`, {
        method: 'POST',
        body: { amount: minor, method, reference, receivedOn },
        idempotencyKey: true,
      });
      setAmount('');
      setReference('');
      setError(null);
      onRecorded();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="h3">{t('billing.payment.title')}</h2>
      <FormAlert error={error} fields={['amount', 'method', 'reference', 'receivedOn']} />
      <TextField
        label={t('billing.payment.amount', { currency: document.currency })}
        name="amount"
        inputMode="decimal"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        error={error}
        required
      />
      <SelectField
        label={t('billing.payment.method')}
        name="method"
        value={method}
        onChange={(event) => setMethod(event.target.value as (typeof METHODS)[number])}
      >
        {METHODS.map((value) => (
          <option key={value} value={value}>
            {t(`billing.payment.method.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('billing.payment.reference')}
        name="reference"
        value={reference}
        onChange={(event) => setReference(event.target.value)}
        error={error}
      />
      <TextField
        label={t('billing.payment.receivedOn')}
        name="receivedOn"
        type="date"
        value={receivedOn}
        onChange={(event) => setReceivedOn(event.target.value)}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="btn">
          {t('billing.payment.record')}
        </button>
      </div>
    </form>
  );
}
