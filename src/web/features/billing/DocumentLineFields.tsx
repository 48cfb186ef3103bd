import type { BillingDocumentKind, CatalogItem, TaxRate } from '../../../contract/index.ts';
import { formatMinor } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import type { DraftDiscount, DraftLine } from './document-draft.ts';

/** Up to five taxes a line (the contract's limit); one empty slot more than the line has, to add one. */
const MAX_TAXES = 5;

/** An amount off: a number and what it is in (percent, or the document's currency). */
export function DiscountFields({
  label,
  name,
  discount,
  currency,
  error,
  onChange,
}: {
  label: string;
  name: string;
  discount: DraftDiscount;
  currency: string;
  error: unknown;
  onChange: (discount: DraftDiscount) => void;
}) {
  return (
    <div className="form-row billing-discount">
      <TextField
        label={label}
        name={name}
        errorKey={`${name}.${discount.unit === 'percent' ? 'value' : 'amount'}`}
        inputMode="decimal"
        value={discount.value}
        onChange={(e) => onChange({ ...discount, value: e.target.value })}
        error={error}
      />
      <SelectField
        label={t('billing.edit.discountUnit', { field: label })}
        name={`${name}.unit`}
        value={discount.unit}
        onChange={(e) => onChange({ ...discount, unit: e.target.value as DraftDiscount['unit'] })}
      >
        <option value="percent">%</option>
        <option value="amount">{currency}</option>
      </SelectField>
    </div>
  );
}

/**
 * One line of the editor: a catalogue item fills it (name, price in the document's currency, tax), then every field
 * stays editable; free text lines are typed in. Field names are the API's paths, so the server's errors land here.
 */
export function DocumentLineFields({
  index,
  line,
  kind,
  currency,
  rates,
  catalog,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  line: DraftLine;
  kind: BillingDocumentKind;
  currency: string;
  rates: TaxRate[];
  catalog: CatalogItem[];
  error: unknown;
  onChange: (change: Partial<DraftLine>) => void;
  onRemove: (() => void) | null;
}) {
  const path = `lines.${index}`;
  const priced = catalog.filter((item) => item.prices.some((price) => price.currency === currency));
  const pick = (id: string) => {
    const item = priced.find((candidate) => candidate.id === id);
    const price = item?.prices.find((candidate) => candidate.currency === currency);
    if (!item || !price) return;
    onChange({
      description: item.name,
      unitPrice: formatMinor(price.amount, currency),
      taxRateIds: item.taxRateId ? [item.taxRateId] : line.taxRateIds,
    });
  };
  // A rate archived since the draft was written stays listed on its line (the server asks for a current one).
  const known = new Set(rates.map((rate) => rate.id));
  const slots = [...line.taxRateIds.slice(0, MAX_TAXES)];
  if (slots.length < MAX_TAXES && (slots.length === 0 || slots[slots.length - 1])) slots.push('');
  const setTax = (slot: number, id: string) => {
    const next = [...line.taxRateIds];
    next[slot] = id;
    onChange({ taxRateIds: next.filter(Boolean) });
  };
  return (
    <fieldset className="card stack">
      <legend>{t('billing.new.line', { number: index + 1 })}</legend>
      {priced.length ? (
        <SelectField
          label={t('billing.edit.product')}
          name={`${path}.product`}
          value=""
          onChange={(e) => pick(e.target.value)}
        >
          <option value="">{t('billing.edit.freeText')}</option>
          {priced.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        label={t('billing.new.description')}
        name={`${path}.description`}
        value={line.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={error}
        required
      />
      <div className="form-row">
        <TextField
          label={t('billing.new.quantity')}
          name={`${path}.quantity`}
          inputMode="decimal"
          value={line.quantity}
          onChange={(e) => onChange({ quantity: e.target.value })}
          error={error}
        />
        <TextField
          label={t('billing.new.unitPrice', { currency })}
          name={`${path}.unitPrice`}
          inputMode="decimal"
          value={line.unitPrice}
          onChange={(e) => onChange({ unitPrice: e.target.value })}
          error={error}
        />
      </div>
      <DiscountFields
        label={t('billing.edit.lineDiscount')}
        name={`${path}.discount`}
        discount={line.discount}
        currency={currency}
        error={error}
        onChange={(discount) => onChange({ discount })}
      />
      <div className="form-row">
        {slots.map((id, slot) => (
          <SelectField
            key={slot}
            label={slot === 0 ? t('billing.new.tax') : t('billing.edit.moreTax', { number: slot + 1 })}
            name={`${path}.taxRateIds.${slot}`}
            value={id}
            onChange={(e) => setTax(slot, e.target.value)}
            error={error}
          >
            <option value="">{t('billing.new.noTax')}</option>
            {id && !known.has(id) ? <option value={id}>{t('billing.edit.archivedTax')}</option> : null}
            {rates.map((rate) => (
              <option key={rate.id} value={rate.id}>
                {rate.name} ({rate.rate} %)
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      {kind === 'quote' ? (
        <Checkbox
          label={t('billing.new.optional')}
          name={`${path}.optional`}
          checked={line.optional}
          onChange={(e) => onChange({ optional: e.target.checked, selected: false })}
        />
      ) : null}
      {kind === 'quote' && line.optional ? (
        <Checkbox
          label={t('billing.edit.selected')}
          name={`${path}.selected`}
          checked={line.selected}
          onChange={(e) => onChange({ selected: e.target.checked })}
        />
      ) : null}
      {onRemove ? (
        <div>
          <button type="button" className="btn btn--secondary" onClick={onRemove}>
            {t('billing.new.removeLine', { number: index + 1 })}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
