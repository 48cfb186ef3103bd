import {
  computeWithOptions,
  MAX_AMOUNT,
  QUANTITY_SCALE,
  SERVER_ONLY_DOCUMENT_FIELDS,
  type Discount,
  type DiscountInput,
  type QuoteLineInput,
} from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { forbidden, invalid, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { billingPolicy } from '../policy.ts';
import { fromPercent } from '../presenters.ts';
import { findDocument, type ComputedDocument } from '../repository-documents.ts';
import { findTaxRates, type TaxRateRow } from '../repository-setup.ts';

export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

/** A document in the caller's scope (drafts only for staff), or 404 whether it is missing or someone else's. */
export async function loadDocument(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db, lock = false) {
  const row = await findDocument(
    db,
    id,
    scopeParams(accountScopeOf(actor)),
    todayOf(ctx.clock.now()),
    !billingPolicy.seesDrafts(actor),
    lock,
  );
  if (!row) throw notFound();
  return row;
}

/** Figures are the server's: a body naming one is refused, never applied (no mass assignment). */
export function refuseServerFields(input: Record<string, unknown>) {
  const sent = SERVER_ONLY_DOCUMENT_FIELDS.filter((key) => input[key] !== undefined);
  if (sent.length) throw forbidden(`These fields are set by the server: ${sent.join(', ')}.`, 'not_allowed');
}

const toDiscount = (discount: DiscountInput | null | undefined): Discount | null =>
  discount ? (discount.type === 'percent' ? { type: 'percent', value: fromPercent(discount.value) } : discount) : null;

export interface DocumentInput {
  notes: string;
  /** Quotes only (the caller checks the kind: refuseCoverNoteOutsideQuotes). Left out: none. */
  coverNote?: string;
  /** Left out: none (documents made by the server, e.g. recurring runs, carry no terms unless given). */
  terms?: string;
  dueDate: string | null;
  /** Quotes only (the caller checks the kind). */
  validUntil?: string | null;
  paymentTermsId: string | null;
  discount: DiscountInput | null;
  /** `optional`/`selected` on quotes only (the caller checks the kind: refuseOptionalOutsideQuotes). */
  lines: QuoteLineInput[];
}

/** A valid-until date belongs to quotes: on an invoice or credit note it is a field error, never stored. */
export function refuseValidUntilOutsideQuotes(kind: string, validUntil: string | null | undefined) {
  if (kind !== 'quote' && validUntil)
    throw invalid([{ path: 'validUntil', code: 'quotes_only', message: 'Only a quote has a valid-until date.' }]);
}

/** A cover note is a quote's opening letter: on an invoice or credit note it is a field error, never stored. */
export function refuseCoverNoteOutsideQuotes(kind: string, coverNote: string | undefined) {
  if (kind !== 'quote' && coverNote)
    throw invalid([{ path: 'coverNote', code: 'quotes_only', message: 'Only a quote has a cover note.' }]);
}

/**
 * Optional lines belong to quotes; `selected` says whether an optional line starts ticked, so on a required line it
 * can only be true. Field errors, never stored.
 */
export function refuseOptionalOutsideQuotes(kind: string, lines: QuoteLineInput[] | undefined) {
  const errors: FieldError[] = [];
  (lines ?? []).forEach((line, index) => {
    if (line.optional && kind !== 'quote')
      errors.push({
        path: `lines.${index}.optional`,
        code: 'quotes_only',
        message: 'Only a quote has optional lines.',
      });
    else if (!line.optional && line.selected === false)
      errors.push({
        path: `lines.${index}.selected`,
        code: 'line_required',
        message: 'A line that is not optional is always part of the quote.',
      });
  });
  if (errors.length) throw invalid(errors);
}

/** Whether a line counts in the totals: required lines always, optional ones when ticked (not, unless said). */
const includedOf = (line: QuoteLineInput) => !line.optional || line.selected === true;

/** Every figure of a draft from what staff typed and the current tax rates (archived rates are refused). */
export async function computeFromInput(db: Queryable, input: DocumentInput): Promise<ComputedDocument> {
  const rateIds = [...new Set(input.lines.flatMap((line) => line.taxRateIds))];
  return computeWithRates(new Map((await findTaxRates(db, rateIds)).map((rate) => [rate.id, rate])), input);
}

/** computeFromInput with the tax rates already read (the recurring batch reads those of many invoices at once). */
export function computeWithRates(rates: ReadonlyMap<string, TaxRateRow>, input: DocumentInput): ComputedDocument {
  const errors: FieldError[] = [];
  input.lines.forEach((line, index) =>
    line.taxRateIds.forEach((id, rateIndex) => {
      const rate = rates.get(id);
      if (!rate || rate.archived_at)
        errors.push({
          path: `lines.${index}.taxRateIds.${rateIndex}`,
          code: 'unknown_tax_rate',
          message: 'Choose a current tax rate from the list.',
        });
    }),
  );
  if (errors.length) throw invalid(errors);
  const applied = input.lines.map((line) => [...new Set(line.taxRateIds)].map((id) => rates.get(id)!));
  const totals = computeWithOptions(
    input.lines.map((line, index) => ({
      quantity: Math.round(line.quantity * QUANTITY_SCALE),
      unitPrice: line.unitPrice,
      discount: toDiscount(line.discount),
      taxes: applied[index]!.map((rate) => ({ ...rate })),
      included: includedOf(line),
    })),
    toDiscount(input.discount),
  );
  // Every line counted (the client may tick every optional one): the largest the total can become.
  const most = (pick: (line: (typeof totals.lines)[number]) => number) =>
    totals.lines.reduce((sum, line) => sum + pick(line), 0);
  if (most((line) => line.total) > MAX_AMOUNT || most((line) => line.gross) > MAX_AMOUNT)
    throw invalid([{ path: 'lines', code: 'total_too_large', message: 'The document total is too large.' }]);
  const rateOf = (id: string) => rates.get(id)!;
  return {
    notes: input.notes,
    coverNote: input.coverNote ?? '',
    terms: input.terms ?? '',
    dueDate: input.dueDate,
    validUntil: input.validUntil ?? null,
    paymentTermsId: input.paymentTermsId,
    discount: toDiscount(input.discount),
    subtotal: totals.subtotal,
    discountTotal: totals.discount,
    net: totals.net,
    tax: totals.tax,
    total: totals.total,
    taxes: totals.taxes.map((tax) => ({ ...tax, name: rateOf(tax.taxRateId).name, rate: rateOf(tax.taxRateId).rate })),
    lines: input.lines.map((line, index) => {
      const computed = totals.lines[index]!;
      return {
        position: index,
        description: line.description,
        quantity: Math.round(line.quantity * QUANTITY_SCALE),
        unit_price: line.unitPrice,
        discount: toDiscount(line.discount),
        tax_rates: computed.taxes.map((tax) => {
          const rate = rateOf(tax.taxRateId);
          return {
            id: rate.id,
            name: rate.name,
            rate: rate.rate,
            inclusive: rate.inclusive,
            compound: rate.compound,
            amount: tax.amount,
          };
        }),
        gross: computed.gross,
        discount_total: computed.discount + computed.documentDiscount,
        net: computed.net,
        tax_total: computed.tax,
        total: computed.total,
        optional: line.optional === true,
        selected: includedOf(line),
      };
    }),
  };
}
