import { useEffect, useState, type FormEvent } from 'react';
import type { AccountCredit, BillingDocument } from '../../../contract/index.ts';
import { currencyExponent, formatMinor, parseMinor } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { money } from './format.tsx';

/** The account's credit per currency, on the portal's billing page (nothing when there is none). */
export function AccountCreditBalance({ accountId }: { accountId: string }) {
  const credit = useResource<AccountCredit>(`/accounts/${accountId}/billing-credit`);
  const items = credit.data?.items ?? [];
  if (!items.length) return null;
  return (
    <section className="card stack" aria-labelledby="credit-title">
      <h2 id="credit-title" className="h3">
        {t('billing.credit.title')}
      </h2>
      <ul className="billing-credit-list stack">
        {items.map((item) => (
          <li key={item.currency}>
            <strong>{money(item)}</strong>
          </li>
        ))}
      </ul>
      <p className="muted">{t('billing.credit.hint')}</p>
    </section>
  );
}

/** Staff spend the account's credit on a sent invoice: prefilled with what the balance and the credit allow. */
export function ApplyCreditForm({
  document,
  onApplied,
}: {
  document: BillingDocument;
  onApplied: (document: BillingDocument) => void;
}) {
  const credit = useResource<AccountCredit>(`/accounts/${document.accountId}/billing-credit`);
  const available = credit.data?.items.find((item) => item.currency === document.currency)?.amount ?? 0;
  const suggested = Math.min(available, document.balance.amount);
  const [amount, setAmount] = useState('');
  const submission = useSubmit();
  useEffect(() => {
    if (suggested > 0) setAmount(formatMinor(suggested, document.currency));
  }, [suggested, document.currency]);
  if (suggested <= 0) return null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const minor = parseMinor(amount, document.currency);
    if (minor === null || minor <= 0) {
      const message = t('billing.new.badPrice', { digits: currencyExponent(document.currency) });
      submission.setError(
        new ApiError({ status: 400, code: 'invalid', title: message, fieldErrors: { amount: message } }),
      );
      return;
    }
    await submission.run(async (idempotencyKey) => {
      const updated = await api<BillingDocument>(`/billing-documents/${document.id}/credit-applications`, {
        method: 'POST',
        body: { amount: minor },
        idempotencyKey,
      });
      credit.reload();
      onApplied(updated);
    });
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="apply-credit">
      <h2 id="apply-credit" className="h3">
        {t('billing.credit.applyTitle')}
      </h2>
      <p>{t('billing.credit.available', { amount: money({ amount: available, currency: document.currency }) })}</p>
      <FormAlert error={submission.error} fields={['amount']} />
      <TextField
        label={t('billing.payment.amount', { currency: document.currency })}
        name="amount"
        inputMode="decimal"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        error={submission.error}
        required
      />
      <div className="form-actions">
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('billing.credit.apply')}
        </button>
      </div>
    </form>
  );
}
