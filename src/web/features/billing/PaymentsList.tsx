import { useState, type FormEvent } from 'react';
import type { BillingDocument, BillingPayment } from '../../../contract/index.ts';
import { currencyExponent, parseMinor } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { day, money } from './format.tsx';

/** The console's payments of an invoice: where each came from (manual or Stripe), refunds of online ones. */
export function PaymentsList({
  document,
  payments,
  onChanged,
}: {
  document: BillingDocument;
  payments: BillingPayment[];
  onChanged: () => void;
}) {
  const [refunding, setRefunding] = useState<string | null>(null);
  const confirm = useConfirm();
  const toast = useToast();
  const [reverseError, setReverseError] = useState<unknown>(null);
  if (!payments.length) return null;
  // Undo a credit application: the invoice reopens for it and the credit goes back (a repeat changes nothing).
  async function reverse(payment: BillingPayment) {
    const amount = money(payment.amount);
    if (!(await confirm({ title: t('billing.credit.reverseConfirm', { amount }), danger: true }))) return;
    setReverseError(null);
    try {
      await api(`/billing-documents/${document.id}/credit-applications/${payment.id}/reversal`, { method: 'POST' });
      toast(t('billing.credit.reversedToast', { amount }));
      onChanged();
    } catch (caught) {
      setReverseError(caught);
    }
  }
  return (
    <section aria-labelledby="payments-title">
      <h2 id="payments-title" className="h3">
        {t('billing.payments')}
      </h2>
      <FormAlert error={reverseError} />
      <ul className="stack">
        {payments.map((payment) => (
          <li key={payment.id}>
            {day(payment.receivedOn)} · {money(payment.amount)} · {t(`billing.payment.method.${payment.method}`)} ·{' '}
            {t(`billing.payment.source.${payment.source}`)}
            {payment.reference ? ` · ${payment.reference}` : ''}
            {payment.amountRefunded.amount > 0
              ? ` · ${t('billing.refund.refunded', { amount: money(payment.amountRefunded) })}`
              : ''}
            {payment.reversedAt
              ? ` · ${t('billing.credit.reversed', { date: day(payment.reversedAt.slice(0, 10)) })}`
              : ''}{' '}
            {payment.abilities.reverse ? (
              <button type="button" className="btn btn--secondary btn--small" onClick={() => void reverse(payment)}>
                {t('billing.credit.reverse')}
              </button>
            ) : null}
            {payment.abilities.refund && refunding !== payment.id ? (
              <button type="button" className="btn btn--secondary btn--small" onClick={() => setRefunding(payment.id)}>
                {t('billing.refund.open')}
              </button>
            ) : null}
            {refunding === payment.id ? (
              <RefundForm
                document={document}
                payment={payment}
                onDone={() => {
                  setRefunding(null);
                  onChanged();
                }}
                onCancel={() => setRefunding(null)}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RefundForm({
  document,
  payment,
  onDone,
  onCancel,
}: {
  document: BillingDocument;
  payment: BillingPayment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const toast = useToast();
  const left = payment.amount.amount - payment.amountRefunded.amount;
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const minor = amount.trim() === '' ? undefined : parseMinor(amount, document.currency);
    if (minor === null) {
      const message = t('billing.new.badPrice', { digits: currencyExponent(document.currency) });
      setError(new ApiError({ status: 400, code: 'invalid', title: message, fieldErrors: { amount: message } }));
      return;
    }
    setBusy(true);
    try {
      await api(`/billing-documents/${document.id}/payments/${payment.id}/refunds`, {
        method: 'POST',
        body: { amount: minor, reason },
      });
      toast(t('billing.refund.done'));
      onDone();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="h4">
        {t('billing.refund.title', { left: money({ amount: left, currency: document.currency }) })}
      </h3>
      <FormAlert error={error} fields={['amount', 'reason']} />
      <TextField
        label={t('billing.refund.amount', { currency: document.currency })}
        name="amount"
        inputMode="decimal"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        error={error}
      />
      <TextField
        label={t('billing.refund.reason')}
        name="reason"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn--danger" disabled={busy}>
          {t('billing.refund.submit')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
