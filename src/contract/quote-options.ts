import { computeDocument, type Discount, type DocumentTotals, type LineInput } from './money.ts';

/**
 * Totals of a quote with optional lines: the document is the lines that are in (required ones and ticked optional
 * ones), computed by the one rule of money.ts, document discount included; a line that is out gets the figures it
 * has on its own (its own discount, no share of the document's), so it can show its price, and adds nothing. With
 * every line in, this is exactly `computeDocument`. The server stores these figures; the web may run it too.
 */
export function computeWithOptions(
  lines: (LineInput & { included: boolean })[],
  documentDiscount?: Discount | null,
): DocumentTotals {
  const inside = lines.flatMap((line, index) => (line.included ? [index] : []));
  const totals = computeDocument(
    inside.map((index) => lines[index]!),
    documentDiscount,
  );
  const position = new Map(inside.map((index, k) => [index, k]));
  return {
    ...totals,
    lines: lines.map((line, index) => {
      const k = position.get(index);
      return k === undefined ? computeDocument([line], null).lines[0]! : totals.lines[k]!;
    }),
  };
}
