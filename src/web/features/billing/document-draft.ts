import type {
  BillingDocument,
  BillingDocumentKind,
  DiscountInput,
  DocumentTotals,
  QuoteLineInput,
  TaxRate,
} from '../../../contract/index.ts';
import { computeWithOptions, formatMinor, parseMinor, QUANTITY_SCALE } from '../../../contract/index.ts';

/**
 * The editor's state of a draft, as people type it (strings), and its two conversions: from the server's document
 * (edit) and to the request body (create or PATCH). The body never carries a total: the server computes them.
 */
export interface DraftDiscount {
  /** Empty: no discount. */
  value: string;
  unit: 'percent' | 'amount';
}
export interface DraftLine {
  description: string;
  quantity: string;
  unitPrice: string;
  discount: DraftDiscount;
  /** The line's tax rates in order (empty slots are dropped on save). */
  taxRateIds: string[];
  /** Quotes: the client may tick it in the portal; `selected`: whether it starts ticked (in the total). */
  optional: boolean;
  selected: boolean;
}
export interface DraftValues {
  lines: DraftLine[];
  discount: DraftDiscount;
  notes: string;
  /** Quotes only: the opening letter. */
  coverNote: string;
  /** Empty on a new document: the firm's default terms of the kind apply when it is created. */
  terms: string;
  /** Invoices: due date (empty: the payment terms fix it on sending). Quotes: valid until (empty: no limit). */
  dueDate: string;
  validUntil: string;
}

const noDiscount = (): DraftDiscount => ({ value: '', unit: 'percent' });
export const emptyLine = (): DraftLine => ({
  description: '',
  quantity: '1',
  unitPrice: '',
  discount: noDiscount(),
  taxRateIds: [],
  optional: false,
  selected: false,
});
export const emptyDraft = (): DraftValues => ({
  lines: [emptyLine()],
  discount: noDiscount(),
  notes: '',
  coverNote: '',
  terms: '',
  dueDate: '',
  validUntil: '',
});

function discountFrom(discount: DiscountInput | null, currency: string): DraftDiscount {
  if (!discount) return noDiscount();
  return discount.type === 'percent'
    ? { value: String(discount.value), unit: 'percent' }
    : { value: formatMinor(discount.amount, currency), unit: 'amount' };
}

/** The editor prefilled with a draft as the server has it. */
export function draftFromDocument(document: BillingDocument): DraftValues {
  return {
    lines: document.lines.map((line) => ({
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: formatMinor(line.unitPrice.amount, document.currency),
      discount: discountFrom(line.discount, document.currency),
      taxRateIds: [...line.taxRateIds],
      optional: line.optional,
      selected: line.optional && line.selected,
    })),
    discount: discountFrom(document.discount, document.currency),
    notes: document.notes,
    coverNote: document.coverNote,
    terms: document.terms,
    dueDate: document.dueDate ?? '',
    validUntil: document.validUntil ?? '',
  };
}

export interface DraftBody {
  notes: string;
  coverNote?: string;
  terms?: string;
  discount: DiscountInput | null;
  dueDate?: string | null;
  validUntil?: string | null;
  lines: QuoteLineInput[];
}
/** Field path -> which rule it breaks, for what the page checks before sending (the server checks the rest). */
export type DraftProblems = Record<string, 'price' | 'quantity' | 'percent'>;

function parseDiscount(
  discount: DraftDiscount,
  currency: string,
  path: string,
  problems: DraftProblems,
): DiscountInput | null {
  if (!discount.value.trim()) return null;
  if (discount.unit === 'amount') {
    const amount = parseMinor(discount.value, currency);
    if (amount === null || amount < 0) problems[`${path}.amount`] = 'price';
    return { type: 'amount', amount: amount ?? 0 };
  }
  const value = Number(discount.value.trim().replace(',', '.'));
  if (!Number.isFinite(value) || value < 0 || value > 100) problems[`${path}.value`] = 'percent';
  return { type: 'percent', value };
}

/** The request body; `problems` lists the fields typed so that they cannot be sent (then the body is not used). */
export function draftToBody(
  values: DraftValues,
  kind: BillingDocumentKind,
  currency: string,
  /** A new document: empty terms are left out, so the firm's default terms apply. */
  creating = false,
): { body: DraftBody; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const lines = values.lines.map((line, index): QuoteLineInput => {
    const unitPrice = parseMinor(line.unitPrice, currency);
    if (unitPrice === null || unitPrice < 0) problems[`lines.${index}.unitPrice`] = 'price';
    const quantity = Number(line.quantity.trim().replace(',', '.'));
    if (!line.quantity.trim() || !Number.isFinite(quantity)) problems[`lines.${index}.quantity`] = 'quantity';
    return {
      description: line.description,
      quantity,
      unitPrice: unitPrice ?? 0,
      discount: parseDiscount(line.discount, currency, `lines.${index}.discount`, problems),
      taxRateIds: line.taxRateIds.filter(Boolean),
      ...(kind === 'quote' && line.optional ? { optional: true, selected: line.selected } : {}),
    };
  });
  const body: DraftBody = {
    notes: values.notes,
    discount: parseDiscount(values.discount, currency, 'discount', problems),
    lines,
  };
  if (values.terms || !creating) body.terms = values.terms;
  if (kind === 'quote') {
    body.validUntil = values.validUntil || null;
    body.coverNote = values.coverNote;
  }
  if (kind === 'invoice') body.dueDate = values.dueDate || null;
  return { body, problems };
}

/**
 * A live preview by the contract's own rule (the one the server stores), or null while a line cannot be computed
 * yet (a price or quantity not typed, a tax rate not in the list). The server's figures replace it on save.
 */
export function previewTotals(values: DraftValues, kind: BillingDocumentKind, currency: string, rates: TaxRate[]) {
  const { body, problems } = draftToBody(values, kind, currency);
  if (Object.keys(problems).length) return null;
  const byId = new Map(rates.map((rate) => [rate.id, rate]));
  const lines = [];
  for (const line of body.lines) {
    if (!(line.quantity > 0)) return null;
    const taxes = [];
    for (const id of new Set(line.taxRateIds)) {
      const rate = byId.get(id);
      if (!rate) return null;
      taxes.push({ id, rate: Math.round(rate.rate * 10_000), inclusive: rate.inclusive, compound: rate.compound });
    }
    lines.push({
      quantity: Math.round(line.quantity * QUANTITY_SCALE),
      unitPrice: line.unitPrice,
      discount: line.discount ?? null,
      taxes,
      included: !line.optional || line.selected === true,
    });
  }
  const totals: DocumentTotals = computeWithOptions(lines, body.discount);
  return totals;
}
