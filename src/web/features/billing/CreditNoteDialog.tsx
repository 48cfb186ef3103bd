import { useState } from 'react';
import type { BillingDocument, TaxRate } from '../../../contract/index.ts';
import { currencyExponent, parseMinor } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Dialog } from '../documents/Dialog.tsx';
import { money, titleOf } from './format.tsx';

/**
 * Drafts a credit note against a sent invoice: the whole invoice (copied line by line) or one amount with a tax
 * rate. The server checks it fits the open balance; the draft opens for review and sending.
 */
export function CreditNoteDialog({
  invoice,
  onCreated,
  onClose,
}: {
  invoice: BillingDocument;
  onCreated: (note: BillingDocument) => void;
  onClose: () => void;
}) {
  const settled = invoice.amountPaid.amount > 0 || invoice.amountCredited.amount > 0;
  const [mode, setMode] = useState<'full' | 'partial'>(settled ? 'partial' : 'full');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [taxRateId, setTaxRateId] = useState(invoice.lines[0]?.taxRateIds[0] ?? '');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const rates = useResource<{ items: TaxRate[] }>(mode === 'partial' ? '/billing/tax-rates' : null);

  async function submit() {
    setError(null);
    let body: unknown = { mode: 'full' };
    if (mode === 'partial') {
      const minor = parseMinor(amount, invoice.currency);
      if (minor === null || minor <= 0) {
        const message = t('billing.new.badPrice', { digits: currencyExponent(invoice.currency) });
        setError(new ApiError({ status: 400, code: 'invalid', title: message, fieldErrors: { amount: message } }));
        return;
      }
      body = {
        mode,
        lines: [{ description, quantity: 1, unitPrice: minor, taxRateIds: taxRateId ? [taxRateId] : [] }],
      };
    }
    setPending(true);
    try {
      onCreated(
        await api<BillingDocument>(`/billing-documents/${invoice.id}/credit-notes`, {
          method: 'POST',
          body,
          idempotencyKey: true,
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      title={t('billing.creditNote.title', { number: titleOf(invoice) })}
      submitLabel={t('billing.creditNote.create')}
      pending={pending}
      error={error}
      fields={['amount', 'lines.0.description', 'lines.0.unitPrice']}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p>{t('billing.creditNote.intro', { balance: money(invoice.balance) })}</p>
      <fieldset className="stack">
        <legend>{t('billing.creditNote.mode')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="mode"
            value="full"
            checked={mode === 'full'}
            disabled={settled}
            onChange={() => setMode('full')}
          />
          <span>
            {t('billing.creditNote.full')} ({money(invoice.total)})
          </span>
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="mode"
            value="partial"
            checked={mode === 'partial'}
            onChange={() => setMode('partial')}
          />
          <span>{t('billing.creditNote.partial')}</span>
        </label>
      </fieldset>
      {mode === 'partial' ? (
        <>
          <TextField
            label={t('billing.creditNote.description')}
            name="lines.0.description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={error}
            required
          />
          <TextField
            label={t('billing.creditNote.amount', { currency: invoice.currency })}
            name="amount"
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={error}
            required
          />
          <SelectField
            label={t('billing.new.tax')}
            name="taxRateId"
            value={taxRateId}
            onChange={(event) => setTaxRateId(event.target.value)}
          >
            <option value="">{t('billing.new.noTax')}</option>
            {rates.data?.items
              .filter((rate) => !rate.archived)
              .map((rate) => (
                <option key={rate.id} value={rate.id}>
                  {rate.name} ({rate.rate} %)
                </option>
              ))}
          </SelectField>
        </>
      ) : null}
    </Dialog>
  );
}
