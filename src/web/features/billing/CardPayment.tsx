import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { BillingDocument, CardPayment, CardPaymentOptions } from '../../../contract/index.ts';
import { api, ApiError, newIdempotencyKey } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { money } from './format.tsx';

/**
 * Pay an invoice with the account's saved card, here in the portal. When the bank wants 3-D Secure (or an automatic
 * charge waits on it), the browser goes to the bank's challenge and comes back to the payment's page, which waits
 * for Stripe's confirmation: the invoice is paid only when Stripe says so.
 */
export function CardPaymentPanel({ document }: { document: BillingDocument }) {
  const options = useResource<CardPaymentOptions>(`/billing-documents/${document.id}/card-payment`);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [declined, setDeclined] = useState(false);
  // One key per intent to pay: a double click or a retry after a dropped connection is the same payment.
  const intent = useRef(newIdempotencyKey());
  const data = options.data;
  if (!data?.abilities.pay || !data.card) return null;
  const card = data.card;
  async function pay() {
    setBusy(true);
    setError(null);
    setDeclined(false);
    try {
      const payment = await api<CardPayment>(`/billing-documents/${document.id}/card-payments`, {
        method: 'POST',
        idempotencyKey: intent.current,
      });
      intent.current = newIdempotencyKey();
      if (payment.status === 'requires_action' && payment.redirectUrl) {
        window.location.assign(payment.redirectUrl);
        return;
      }
      if (payment.status === 'failed') {
        setDeclined(true);
        setBusy(false);
        options.reload();
        return;
      }
      navigate(`/billing/pay/${payment.accountId}/${payment.checkoutId}`);
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.status === 0)) intent.current = newIdempotencyKey();
      setError(caught);
      setBusy(false);
    }
  }
  const label = data.awaitingAuthentication
    ? t('billing.card.authenticate')
    : t('billing.card.pay', { balance: money(document.balance), brand: card.brand, last4: card.last4 });
  return (
    <section className="card stack" aria-labelledby="card-payment-title">
      <h2 id="card-payment-title" className="h3">
        {data.awaitingAuthentication ? t('billing.card.authenticateTitle') : t('billing.card.title')}
      </h2>
      {data.awaitingAuthentication ? <p role="status">{t('billing.card.authenticateText')}</p> : null}
      {declined ? (
        <p role="alert" className="alert alert--error">
          {t('billing.card.declined')}
        </p>
      ) : null}
      <FormAlert error={error} />
      <div>
        <button type="button" className="btn" disabled={busy} onClick={() => void pay()}>
          {label}
        </button>
      </div>
    </section>
  );
}
