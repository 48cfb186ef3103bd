import { describe, expect, it } from 'vitest';
import {
  allocate,
  computeDocument,
  currencyExponent,
  displayMoney,
  formatMinor,
  parseMinor,
  roundDiv,
  type Discount,
  type LineInput,
  type TaxRateInput,
} from '../../src/contract/money.ts';

const pct = (percent: number) => Math.round(percent * 10_000);
const tax = (id: string, percent: number, options: Partial<TaxRateInput> = {}): TaxRateInput => ({
  id,
  rate: pct(percent),
  inclusive: false,
  compound: false,
  ...options,
});
const line = (quantity: number, unitPrice: number, taxes: TaxRateInput[] = [], discount?: Discount): LineInput => ({
  quantity: Math.round(quantity * 1000),
  unitPrice,
  taxes,
  discount: discount ?? null,
});

interface Case {
  name: string;
  lines: LineInput[];
  discount?: Discount;
  expect: { subtotal: number; discount: number; net: number; tax: number; total: number };
  lineTotals?: number[];
  taxes?: Record<string, number>;
}

const CASES: Case[] = [
  {
    name: 'JPY has no minor unit: 10 % of 999 yen is 99.9, rounded to 100',
    lines: [line(3, 333, [tax('vat', 10)])],
    expect: { subtotal: 999, discount: 0, net: 999, tax: 100, total: 1099 },
  },
  {
    name: 'half a cent rounds away from zero (1.5 × 9.99 EUR = 14.985 → 14.99)',
    lines: [line(1.5, 999)],
    expect: { subtotal: 1499, discount: 0, net: 1499, tax: 0, total: 1499 },
  },
  {
    name: 'BHD has three decimals: 5 % of 1.234 is 0.0617 → 0.062',
    lines: [line(1, 1234, [tax('vat', 5)])],
    expect: { subtotal: 1234, discount: 0, net: 1234, tax: 62, total: 1296 },
  },
  {
    name: 'inclusive 19 %: 100.00 holds 84.03 net and 15.97 tax, adding up exactly',
    lines: [line(1, 10_000, [tax('vat', 19, { inclusive: true })])],
    expect: { subtotal: 10_000, discount: 0, net: 8403, tax: 1597, total: 10_000 },
  },
  {
    name: 'inclusive 7.7 % of 1.00 CHF: 0.93 + 0.07',
    lines: [line(1, 100, [tax('vat', 7.7, { inclusive: true })])],
    expect: { subtotal: 100, discount: 0, net: 93, tax: 7, total: 100 },
  },
  {
    name: 'compound: QST 9.975 % on top of GST 5 % (100.00 → 5.00 + 10.47)',
    lines: [line(1, 10_000, [tax('qst', 9.975, { compound: true }), tax('gst', 5)])],
    expect: { subtotal: 10_000, discount: 0, net: 10_000, tax: 1547, total: 11_547 },
    taxes: { gst: 500, qst: 1047 },
  },
  {
    name: 'two non-compound rates on the same base (5 % + 9.975 %: 9.975 rounds 9.98)',
    lines: [line(1, 10_000, [tax('gst', 5), tax('qst', 9.975)])],
    expect: { subtotal: 10_000, discount: 0, net: 10_000, tax: 1498, total: 11_498 },
  },
  {
    name: 'tax is rounded per line, then summed (3 × 5 % of 0.10 = 3 cents, not round(1.5) = 2)',
    lines: [line(1, 10, [tax('vat', 5)]), line(1, 10, [tax('vat', 5)]), line(1, 10, [tax('vat', 5)])],
    expect: { subtotal: 30, discount: 0, net: 30, tax: 3, total: 33 },
    lineTotals: [11, 11, 11],
  },
  {
    name: 'a document discount of 1.00 over three lines of 1.00 splits 34/33/33 and sums exactly',
    lines: [line(1, 100), line(1, 100), line(1, 100)],
    discount: { type: 'amount', amount: 100 },
    expect: { subtotal: 300, discount: 100, net: 200, tax: 0, total: 200 },
    lineTotals: [66, 67, 67],
  },
  {
    name: 'a percent line discount of 33.3333 % of 10.00 is 3.33',
    lines: [line(1, 1000, [], { type: 'percent', value: pct(33.3333) })],
    expect: { subtotal: 1000, discount: 333, net: 667, tax: 0, total: 667 },
  },
  {
    name: 'an amount discount larger than the line is capped at the line (no negative line)',
    lines: [line(2, 500, [tax('vat', 20)], { type: 'amount', amount: 5000 })],
    expect: { subtotal: 1000, discount: 1000, net: 0, tax: 0, total: 0 },
  },
  {
    name: 'document percent discount is taken before tax (10 % off 200.00, then 20 % VAT)',
    lines: [line(1, 15_000, [tax('vat', 20)]), line(1, 5000, [tax('vat', 20)])],
    discount: { type: 'percent', value: pct(10) },
    expect: { subtotal: 20_000, discount: 2000, net: 18_000, tax: 3600, total: 21_600 },
  },
  {
    name: 'inclusive and exclusive together: 11.90 incl. 19 % VAT, plus 2 % exclusive levy on the net',
    lines: [line(1, 1190, [tax('vat', 19, { inclusive: true }), tax('levy', 2)])],
    expect: { subtotal: 1190, discount: 0, net: 1000, tax: 210, total: 1210 },
    taxes: { vat: 190, levy: 20 },
  },
  {
    name: 'half a yen rounds up (0.5 × 1 JPY)',
    lines: [line(0.5, 1)],
    expect: { subtotal: 1, discount: 0, net: 1, tax: 0, total: 1 },
  },
  {
    name: 'a fractional quantity of hours (0.333 h × 150.00 = 49.95)',
    lines: [line(0.333, 15_000, [tax('vat', 0)])],
    expect: { subtotal: 4995, discount: 0, net: 4995, tax: 0, total: 4995 },
  },
  {
    name: 'no lines: every figure is zero',
    lines: [],
    discount: { type: 'amount', amount: 500 },
    expect: { subtotal: 0, discount: 0, net: 0, tax: 0, total: 0 },
  },
];

describe('computeDocument: one rounding rule, table of awkward cases', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const totals = computeDocument(testCase.lines, testCase.discount);
      expect({
        subtotal: totals.subtotal,
        discount: totals.discount,
        net: totals.net,
        tax: totals.tax,
        total: totals.total,
      }).toEqual(testCase.expect);
      if (testCase.lineTotals) expect(totals.lines.map((l) => l.total)).toEqual(testCase.lineTotals);
      if (testCase.taxes)
        expect(Object.fromEntries(totals.taxes.map((t) => [t.taxRateId, t.amount]))).toEqual(testCase.taxes);
      // Invariants of the rule: lines add up to the document, and each line's net + taxes is its total.
      expect(totals.lines.reduce((a, l) => a + l.total, 0)).toBe(totals.total);
      for (const l of totals.lines) expect(l.net + l.tax).toBe(l.total);
      expect(totals.taxes.reduce((a, t) => a + t.amount, 0)).toBe(totals.tax);
    });
  }
});

describe('money helpers', () => {
  it('rounds half away from zero on both sides', () => {
    expect([roundDiv(5n, 2n), roundDiv(-5n, 2n), roundDiv(4n, 3n), roundDiv(-7n, 4n)]).toEqual([3n, -3n, 1n, -2n]);
  });

  it('allocates by largest remainder, summing exactly', () => {
    expect(allocate(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(allocate(1n, [0n, 5n])).toEqual([0n, 1n]);
    expect(allocate(7n, [0n, 0n])).toEqual([0n, 0n]);
  });

  it('knows each currency exponent and formats minor units', () => {
    expect([currencyExponent('JPY'), currencyExponent('EUR'), currencyExponent('BHD')]).toEqual([0, 2, 3]);
    expect(formatMinor(123450, 'EUR')).toBe('1234.50');
    expect(formatMinor(5, 'EUR')).toBe('0.05');
    expect(formatMinor(-5, 'BHD')).toBe('-0.005');
    expect(formatMinor(1235, 'JPY')).toBe('1235');
    expect(displayMoney(123450, 'EUR', 'en')).toBe('€1,234.50');
    expect(displayMoney(1235, 'JPY', 'en')).toBe('¥1,235');
  });

  it('parses decimal text into minor units, refusing more decimals than the currency has', () => {
    expect(parseMinor('12.5', 'EUR')).toBe(1250);
    expect(parseMinor('12,50', 'EUR')).toBe(1250);
    expect(parseMinor('1.234', 'BHD')).toBe(1234);
    expect(parseMinor('12.345', 'EUR')).toBeNull();
    expect(parseMinor('1.5', 'JPY')).toBeNull();
    expect(parseMinor('abc', 'EUR')).toBeNull();
  });
});
