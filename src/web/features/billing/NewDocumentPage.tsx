import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { BillingDocument, BillingProfile, TaxRate } from '../../../contract/index.ts';
import { currencyExponent, parseMinor } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { PageHeader } from '../../ui/common.tsx';
import { AccountSelect, ProfileMissing } from './AccountPicker.tsx';

interface DraftLine {
  description: string;
  quantity: string;
  unitPrice: string;
  taxRateId: string;
  /** Quotes: the client may tick it in the portal (it starts unticked, out of the total). */
  optional: boolean;
}
const emptyLine = (): DraftLine => ({ description: '', quantity: '1', unitPrice: '', taxRateId: '', optional: false });

/**
 * A new draft quote or invoice. Staff type prices in the account's currency; the page converts them to minor units
 * and the server computes every total (the page sends none).
 */
export function NewDocumentPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const rates = useResource<{ items: TaxRate[] }>('/billing/tax-rates');
  const [accountId, setAccountId] = useState(params.get('accountId') ?? '');
  const profile = useResource<BillingProfile>(accountId ? `/accounts/${accountId}/billing-profile` : null);
  const [kind, setKind] = useState<'invoice' | 'quote'>('invoice');
  const [lines, setLines] = useState<DraftLine[]>([emptyLine()]);
  const [discount, setDiscount] = useState('');
  const [notes, setNotes] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const currency = profile.data?.configured ? profile.data.currency : null;

  const setLine = (index: number, change: Partial<DraftLine>) =>
    setLines((previous) => previous.map((line, i) => (i === index ? { ...line, ...change } : line)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!currency) return;
    const bad = lines.findIndex((line) => parseMinor(line.unitPrice, currency) === null);
    if (bad >= 0) {
      const message = t('billing.new.badPrice', { digits: currencyExponent(currency) });
      setError(
        new ApiError({
          status: 400,
          code: 'invalid',
          title: message,
          fieldErrors: { [`lines.${bad}.unitPrice`]: message },
        }),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api<BillingDocument>(`/accounts/${accountId}/billing-documents`, {
        method: 'POST',
        idempotencyKey: true,
        body: {
          kind,
          notes,
          ...(kind === 'quote' && validUntil ? { validUntil } : {}),
          discount: discount ? { type: 'percent', value: Number(discount) } : null,
          lines: lines.map((line) => ({
            description: line.description,
            quantity: Number(line.quantity),
            unitPrice: parseMinor(line.unitPrice, currency),
            taxRateIds: line.taxRateId ? [line.taxRateId] : [],
            ...(kind === 'quote' && line.optional ? { optional: true } : {}),
          })),
        },
      });
      navigate(`/console/billing/${created.id}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const liveRates = rates.data?.items.filter((rate) => !rate.archived) ?? [];
  return (
    <>
      <PageHeader title={t('billing.new.title')} />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert
          error={error}
          fields={[
            'kind',
            'validUntil',
            'notes',
            'discount',
            ...lines.flatMap((_, i) => [`lines.${i}.description`, `lines.${i}.quantity`, `lines.${i}.unitPrice`]),
          ]}
        />
        <AccountSelect
          label={t('billing.new.account')}
          value={accountId}
          onChange={setAccountId}
          emptyLabel={t('billing.new.chooseAccount')}
          required
        />
        <ProfileMissing accountId={accountId} profile={profile.data} />
        <SelectField
          label={t('billing.new.kind')}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'invoice' | 'quote')}
        >
          <option value="invoice">{t('billing.kind.invoice')}</option>
          <option value="quote">{t('billing.kind.quote')}</option>
        </SelectField>
        {kind === 'quote' ? (
          <TextField
            label={t('billing.new.validUntil')}
            name="validUntil"
            type="date"
            value={validUntil}
            onChange={(e) => setValidUntil(e.target.value)}
            error={error}
          />
        ) : null}
        {lines.map((line, index) => (
          <fieldset key={index} className="card stack">
            <legend>{t('billing.new.line', { number: index + 1 })}</legend>
            <TextField
              label={t('billing.new.description')}
              name={`lines.${index}.description`}
              value={line.description}
              onChange={(e) => setLine(index, { description: e.target.value })}
              error={error}
              required
            />
            <TextField
              label={t('billing.new.quantity')}
              name={`lines.${index}.quantity`}
              inputMode="decimal"
              value={line.quantity}
              onChange={(e) => setLine(index, { quantity: e.target.value })}
              error={error}
            />
            <TextField
              label={t('billing.new.unitPrice', { currency: currency ?? '' })}
              name={`lines.${index}.unitPrice`}
              inputMode="decimal"
              value={line.unitPrice}
              onChange={(e) => setLine(index, { unitPrice: e.target.value })}
              error={error}
            />
            <SelectField
              label={t('billing.new.tax')}
              name={`lines.${index}.tax`}
              value={line.taxRateId}
              onChange={(e) => setLine(index, { taxRateId: e.target.value })}
            >
              <option value="">{t('billing.new.noTax')}</option>
              {liveRates.map((rate) => (
                <option key={rate.id} value={rate.id}>
                  {rate.name} ({rate.rate} %)
                </option>
              ))}
            </SelectField>
            {kind === 'quote' ? (
              <Checkbox
                label={t('billing.new.optional')}
                name={`lines.${index}.optional`}
                checked={line.optional}
                onChange={(e) => setLine(index, { optional: e.target.checked })}
              />
            ) : null}
            {lines.length > 1 ? (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => setLines(lines.filter((_, i) => i !== index))}
              >
                {t('billing.new.removeLine', { number: index + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        <div>
          <button type="button" className="btn btn--secondary" onClick={() => setLines([...lines, emptyLine()])}>
            {t('billing.new.addLine')}
          </button>
        </div>
        <TextField
          label={t('billing.new.discountPercent')}
          name="discount"
          inputMode="decimal"
          value={discount}
          onChange={(e) => setDiscount(e.target.value)}
          error={error}
        />
        <TextField
          label={t('billing.new.notes')}
          name="notes"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={error}
        />
        <div className="form-actions">
          <button type="submit" className="btn" disabled={busy || !currency}>
            {t('billing.new.create')}
          </button>
        </div>
      </form>
    </>
  );
}
