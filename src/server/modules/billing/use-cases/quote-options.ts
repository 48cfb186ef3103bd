import { computeWithOptions, type SelectQuoteOptions } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { invalid, type FieldError } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { billingPolicy } from '../policy.ts';
import { listLines, type DocumentRow, type LineRow } from '../repository-documents.ts';
import { writeSelection, type SelectionFigures } from '../repository-quotes.ts';
import { quoteClosed, quoteFacts, refuseUnlessQuoteAdmin } from './answer-quote.ts';
import { loadDocument } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

/** The ticks asked for, on the quote's lines: 400 for a line of another quote, twice, or a required one left out. */
function applyTicks(lines: LineRow[], ticks: SelectQuoteOptions['lines']): LineRow[] {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const wanted = new Map<string, boolean>();
  const errors: FieldError[] = [];
  ticks.forEach((tick, index) => {
    const line = byId.get(tick.lineId);
    if (!line)
      errors.push({ path: `lines.${index}.lineId`, code: 'unknown_line', message: 'Choose lines of this quote.' });
    else if (wanted.has(tick.lineId))
      errors.push({ path: `lines.${index}.lineId`, code: 'duplicate_line', message: 'Name each line once.' });
    else if (!line.optional && !tick.selected)
      errors.push({
        path: `lines.${index}.selected`,
        code: 'line_required',
        message: 'This line is part of the quote and cannot be left out.',
      });
    wanted.set(tick.lineId, tick.selected);
  });
  if (errors.length) throw invalid(errors);
  return lines.map((line) => ({ ...line, selected: wanted.get(line.id) ?? line.selected }));
}

/**
 * The quote's figures for these ticks, from what the lines carry (quantities, prices, discounts and the tax rates
 * frozen on them at send), by the one rule of contract/money.ts: a later change of a tax rate does not move them.
 */
export function figuresFor(row: DocumentRow, lines: LineRow[]): SelectionFigures {
  const totals = computeWithOptions(
    lines.map((line) => ({
      quantity: line.quantity,
      unitPrice: line.unit_price,
      discount: line.discount,
      taxes: line.tax_rates.map(({ id, rate, inclusive, compound }) => ({ id, rate, inclusive, compound })),
      included: line.selected,
    })),
    row.discount,
  );
  const rates = new Map(lines.flatMap((line) => line.tax_rates).map((rate) => [rate.id, rate]));
  return {
    subtotal: totals.subtotal,
    discountTotal: totals.discount,
    net: totals.net,
    tax: totals.tax,
    total: totals.total,
    taxes: totals.taxes.map((tax) => ({
      ...tax,
      name: rates.get(tax.taxRateId)!.name,
      rate: rates.get(tax.taxRateId)!.rate,
    })),
    lines: lines.map((line, index) => {
      const computed = totals.lines[index]!;
      const amounts = new Map(computed.taxes.map((tax) => [tax.taxRateId, tax.amount]));
      return {
        id: line.id,
        selected: line.selected,
        tax_rates: line.tax_rates.map((rate) => ({ ...rate, amount: amounts.get(rate.id) ?? 0 })),
        gross: computed.gross,
        discount_total: computed.discount + computed.documentDiscount,
        net: computed.net,
        tax_total: computed.tax,
        total: computed.total,
      };
    }),
  };
}

/**
 * The client ticks or unticks optional lines of a sent quote; the totals follow at once (computed here, stored on
 * the quote, so a reload or another tab shows the same). Account admins only, like the answer the ticks are part
 * of; not once the quote is answered or past its date. Under the quote's row lock, like acceptance: an accept and a
 * change of ticks at once end one after the other, and the acceptance holds exactly the ticks it saw.
 */
export async function selectQuoteOptionsUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: SelectQuoteOptions,
  expectedVersion: number | null,
) {
  const current = await loadDocument(ctx, actor, id);
  refuseUnlessQuoteAdmin(actor, current, 'Only an admin of the account can choose the options of its quotes.');
  if (!billingPolicy.canAnswerQuote(actor, quoteFacts(current))) throw quoteClosed(current);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadDocument(ctx, actor, id, tx, true);
    if (!billingPolicy.canAnswerQuote(actor, quoteFacts(row))) throw quoteClosed(row);
    if (expectedVersion !== null && row.version !== expectedVersion) throw staleVersion();
    const before = await listLines(tx, id);
    const after = applyTicks(before, input.lines);
    // Nothing changes: no new version, so a tab holding this version may still accept.
    if (after.every((line, index) => line.selected === before[index]!.selected)) return;
    if (!(await writeSelection(tx, id, figuresFor(row, after), now))) throw quoteClosed(row);
  });
  return getDocumentUseCase(ctx, actor, id);
}
