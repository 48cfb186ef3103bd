import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { BillingDocumentSummary, Checkout } from '../../../contract/index.ts';
import { api, ApiError, newIdempotencyKey } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { money } from './format.tsx';

/** Opens a Stripe Checkout for the invoices (amounts are the server's) and goes to Stripe's page. */
export function PayButton({
  accountId,
  documentIds,
  label,
  secondary,
}: {
  accountId: string;
  documentIds: string[];
  label: string;
  secondary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per intent to pay: a double click, or a retry after the network dropped, gets the same Stripe session.
  const intent = useRef(newIdempotencyKey());
  async function pay() {
    setBusy(true);
    setError(null);
    try {
      const checkout = await api<Checkout>(`/accounts/${accountId}/billing-checkouts`, {
        method: 'POST',
        body: { documentIds },
        idempotencyKey: intent.current,
      });
      if (checkout.url) window.location.assign(checkout.url);
      else {
        // The checkout under this key is over (paid or expired): the next click is a new intent.
        intent.current = newIdempotencyKey();
        setBusy(false);
      }
    } catch (caught) {
      // Only a request that may never have reached the server keeps its key for the retry.
      if (!(caught instanceof ApiError && caught.status === 0)) intent.current = newIdempotencyKey();
      setError(caught);
      setBusy(false);
    }
  }
  return (
    <div className="stack">
      <FormAlert error={error} />
      <div>
        <button
          type="button"
          className={secondary ? 'btn btn--secondary' : 'btn'}
          disabled={busy}
          onClick={() => void pay()}
        >
          {label}
        </button>
      </div>
    </div>
  );
}

/** "Pay all": one button per currency for the open invoices the client may pay online (two or more). */
export function PayAll({ accountId }: { accountId: string }) {
  const open = useResource<{ items: BillingDocumentSummary[] }>(`/accounts/${accountId}/billing-documents`, {
    kind: 'invoice',
    status: 'sent',
    limit: '50',
  });
  const payable = (open.data?.items ?? []).filter((item) => item.abilities.pay);
  const byCurrency = new Map<string, BillingDocumentSummary[]>();
  for (const item of payable) byCurrency.set(item.currency, [...(byCurrency.get(item.currency) ?? []), item]);
  const groups = [...byCurrency.entries()].filter(([, items]) => items.length > 1);
  if (!groups.length) return null;
  return (
    <section className="card stack" aria-labelledby="pay-all-title">
      <h2 id="pay-all-title" className="h3">
        {t('billing.pay.allTitle')}
      </h2>
      {groups.map(([currency, items]) => (
        <PayButton
          key={currency}
          accountId={accountId}
          documentIds={items.map((item) => item.id)}
          label={t('billing.pay.all', {
            count: items.length,
            total: money({ amount: items.reduce((sum, item) => sum + item.balance.amount, 0), currency }),
          })}
        />
      ))}
    </section>
  );
}

/** Where Stripe sends the client back: "processing" until the webhook has confirmed the payment. */
export function CheckoutReturn() {
  const { accountId, checkoutId } = useParams();
  const [search] = useSearchParams();
  const cancelled = search.get('cancelled') === '1';
  const checkout = useResource<Checkout>(`/accounts/${accountId}/billing-checkouts/${checkoutId}`);
  const status = checkout.data?.status;
  const reload = checkout.reload;
  useEffect(() => {
    if (cancelled || status !== 'open') return;
    // Stripe's event usually arrives within seconds; the page asks again until it has.
    const timer = window.setTimeout(reload, 2000);
    return () => window.clearTimeout(timer);
  }, [cancelled, status, reload]);
  if (checkout.error) return <ErrorState error={checkout.error} onRetry={checkout.reload} />;
  if (!checkout.data) return <Loading />;
  const data = checkout.data;
  const message = cancelled
    ? t('billing.pay.cancelled')
    : data.status === 'completed'
      ? t('billing.pay.paid', { amount: money(data.amountReceived ?? data.amount) })
      : data.status === 'open'
        ? t('billing.pay.processing', { amount: money(data.amount) })
        : t('billing.pay.failed');
  return (
    <>
      <PageHeader title={t('billing.pay.title')} />
      <div className="card stack">
        <p role="status" aria-live="polite">
          {message}
        </p>
        <p>
          <Link to="/billing">{t('billing.pay.back')}</Link>
        </p>
      </div>
    </>
  );
}
