import { useState, type FormEvent, type ReactNode } from 'react';
import type { BillingDocumentKind, CatalogItem, TaxRate } from '../../../contract/index.ts';
import { currencyExponent } from '../../../contract/index.ts';
import { ApiError } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { DiscountFields, DocumentLineFields } from './DocumentLineFields.tsx';
import {
  draftToBody,
  emptyLine,
  previewTotals,
  type DraftBody,
  type DraftLine,
  type DraftProblems,
  type DraftValues,
} from './document-draft.ts';
import { money } from './format.tsx';

function problemsError(problems: DraftProblems, currency: string): ApiError {
  const messages = {
    price: t('billing.new.badPrice', { digits: currencyExponent(currency) }),
    quantity: t('billing.edit.badQuantity'),
    percent: t('billing.edit.badPercent'),
  };
  const fieldErrors = Object.fromEntries(Object.entries(problems).map(([path, kind]) => [path, messages[kind]]));
  return new ApiError({ status: 400, code: 'invalid', title: Object.values(fieldErrors)[0]!, fieldErrors });
}

/**
 * The one editor of a draft invoice, quote or credit note, for a new one and for a change: lines (from the catalogue
 * or typed), discounts, dates, notes. `onSave` gets the body (never a total) and throws what the server refused;
 * the field errors land on their fields. `before` holds what only a new document asks (account, type).
 */
export function DocumentForm({
  kind,
  currency,
  initial,
  submitLabel,
  before,
  creating = false,
  onSave,
}: {
  kind: BillingDocumentKind;
  /** Null until the account's currency is known (nothing can be priced before). */
  currency: string | null;
  initial: DraftValues;
  submitLabel: string;
  before?: ReactNode;
  /** A new document (empty terms then take the firm's default). */
  creating?: boolean;
  onSave: (body: DraftBody) => Promise<void>;
}) {
  const rates = useResource<{ items: TaxRate[] }>('/billing/tax-rates');
  const catalog = useResource<{ items: CatalogItem[] }>('/billing/catalog', { archived: 'false' });
  const [values, setValues] = useState<DraftValues>(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const liveRates = rates.data?.items.filter((rate) => !rate.archived) ?? [];

  const set = (change: Partial<DraftValues>) => setValues((previous) => ({ ...previous, ...change }));
  const setLine = (index: number, change: Partial<DraftLine>) =>
    setValues((previous) => ({
      ...previous,
      lines: previous.lines.map((line, i) => (i === index ? { ...line, ...change } : line)),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!currency) return;
    const { body, problems } = draftToBody(values, kind, currency, creating);
    if (Object.keys(problems).length) {
      setError(problemsError(problems, currency));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(body);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fields = [
    'kind',
    'validUntil',
    'coverNote',
    'dueDate',
    'notes',
    'terms',
    'discount',
    'discount.value',
    'discount.amount',
    ...values.lines.flatMap((line, i) => [
      `lines.${i}.description`,
      `lines.${i}.quantity`,
      `lines.${i}.unitPrice`,
      `lines.${i}.discount.value`,
      `lines.${i}.discount.amount`,
      ...line.taxRateIds.map((_, k) => `lines.${i}.taxRateIds.${k}`),
    ]),
  ];
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={error} fields={fields} />
      {before}
      {kind === 'quote' ? (
        <TextField
          label={t('billing.new.validUntil')}
          name="validUntil"
          type="date"
          value={values.validUntil}
          onChange={(e) => set({ validUntil: e.target.value })}
          error={error}
        />
      ) : null}
      {kind === 'invoice' ? (
        <TextField
          label={t('billing.edit.dueDate')}
          hint={t('billing.edit.dueDateHint')}
          name="dueDate"
          type="date"
          value={values.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
          error={error}
        />
      ) : null}
      {kind === 'quote' ? (
        <TextAreaField
          label={t('billing.edit.coverNote')}
          hint={t('billing.edit.coverNoteHint')}
          name="coverNote"
          rows={5}
          maxLength={4000}
          value={values.coverNote}
          onChange={(e) => set({ coverNote: e.target.value })}
          error={error}
        />
      ) : null}
      {values.lines.map((line, index) => (
        <DocumentLineFields
          key={index}
          index={index}
          line={line}
          kind={kind}
          currency={currency ?? ''}
          rates={liveRates}
          catalog={catalog.data?.items ?? []}
          error={error}
          onChange={(change) => setLine(index, change)}
          onRemove={values.lines.length > 1 ? () => set({ lines: values.lines.filter((_, i) => i !== index) }) : null}
        />
      ))}
      <div>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => set({ lines: [...values.lines, emptyLine()] })}
        >
          {t('billing.new.addLine')}
        </button>
      </div>
      <DiscountFields
        label={t('billing.edit.documentDiscount')}
        name="discount"
        discount={values.discount}
        currency={currency ?? ''}
        error={error}
        onChange={(discount) => set({ discount })}
      />
      <TextField
        label={t('billing.new.notes')}
        name="notes"
        value={values.notes}
        onChange={(e) => set({ notes: e.target.value })}
        error={error}
      />
      <TextAreaField
        label={t('billing.terms')}
        hint={creating ? t('billing.edit.termsHint') : undefined}
        name="terms"
        rows={5}
        maxLength={8000}
        value={values.terms}
        onChange={(e) => set({ terms: e.target.value })}
        error={error}
      />
      {currency ? <Preview values={values} kind={kind} currency={currency} rates={liveRates} /> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={busy || !currency}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** What the lines come to by the contract's rule; the saved document shows the server's figures. */
function Preview({
  values,
  kind,
  currency,
  rates,
}: {
  values: DraftValues;
  kind: BillingDocumentKind;
  currency: string;
  rates: TaxRate[];
}) {
  const totals = previewTotals(values, kind, currency, rates);
  const amount = (value: number) => money({ amount: value, currency });
  return (
    <section className="card billing-preview" aria-labelledby="billing-preview-title" aria-live="polite">
      <h2 className="h3" id="billing-preview-title">
        {t('billing.edit.preview')}
      </h2>
      {totals ? (
        <dl className="billing-doc__facts">
          <div>
            <dt>{t('billing.edit.previewSubtotal')}</dt>
            <dd>{amount(totals.subtotal)}</dd>
          </div>
          <div>
            <dt>{t('billing.edit.previewDiscount')}</dt>
            <dd>{amount(totals.discount)}</dd>
          </div>
          <div>
            <dt>{t('billing.edit.previewTax')}</dt>
            <dd>{amount(totals.tax)}</dd>
          </div>
          <div>
            <dt>{t('billing.edit.previewTotal')}</dt>
            <dd>{amount(totals.total)}</dd>
          </div>
        </dl>
      ) : (
        <p>{t('billing.edit.computedOnSave')}</p>
      )}
      <p className="field-hint">{t('billing.edit.previewHint')}</p>
    </section>
  );
}
