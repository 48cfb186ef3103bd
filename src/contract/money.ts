import { z } from 'zod';

/*
 * Money: amounts are integers in the currency's minor unit (ISO 4217 exponent: JPY 0, EUR 2, BHD 3), never floats.
 * The server computes every line and document total with `computeDocument`; the client sends quantities, unit
 * prices, discounts and tax rate ids, never a total. The web app runs the same function for its live preview.
 *
 * THE ROUNDING RULE (one rule, applied per line, then summed):
 *   Every step that can produce a fraction of a minor unit is computed exactly (BigInt rationals) and rounded
 *   once to the minor unit, half away from zero, in this order:
 *   1. gross     = quantity × unit price                                  (rounded)
 *   2. discount  = a percent of gross (rounded), or an amount (capped at gross)
 *   3. document discount: a percent of the sum of line nets (rounded) or an amount (capped), allocated to the
 *      lines in proportion to their nets by the largest-remainder method, so the shares add up exactly
 *   4. taxes of the line, in its order (non-compound first, then compound ones):
 *        exclusive: tax = rate × base (rounded); a compound tax's base also includes the line's earlier taxes;
 *        inclusive: the line amount already contains them: base = amount ÷ (1 + Σ non-compound) ÷ Π(1 + compound)
 *                   (rounded), each inclusive tax is computed on that base as above, and the last one takes the
 *                   rounding difference, so base + inclusive taxes = the amount exactly.
 *   Document totals are sums of the rounded line figures (tax per rate too), so lines always add up to the total.
 */

/** ISO 4217 minor-unit exponents that are not 2 (every other listed currency has 2). */
const EXPONENT_EXCEPTIONS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

/** The currencies an account may bill in (a closed list: an unknown code would have an unknown exponent). */
export const CURRENCIES = [
  'AED',
  'AUD',
  'BRL',
  'CAD',
  'CHF',
  'CNY',
  'CZK',
  'DKK',
  'EUR',
  'GBP',
  'HKD',
  'HUF',
  'ILS',
  'INR',
  'MXN',
  'NOK',
  'NZD',
  'PLN',
  'RON',
  'SEK',
  'SGD',
  'TRY',
  'USD',
  'ZAR',
  ...Object.keys(EXPONENT_EXCEPTIONS),
] as const;
export const Currency = z.enum(CURRENCIES as unknown as [string, ...string[]], {
  error: 'Use an ISO 4217 currency code this portal supports, such as EUR.',
});

export function currencyExponent(currency: string): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}

/** Money as the API carries it. */
export const Money = z.object({ amount: z.number().int(), currency: z.string() });
export type Money = z.infer<typeof Money>;

/** Largest amount (minor units) accepted anywhere: keeps every product exact in a double once summed. */
export const MAX_AMOUNT = 1_000_000_000_000;
/** Quantities have up to 3 decimals (hours, kilograms); stored as thousandths. */
export const QUANTITY_SCALE = 1000;
/** Rates and percents have up to 4 decimals (9.975 %); stored as millionths (percent × 10 000). */
export const RATE_SCALE = 1_000_000;

export type Discount = { type: 'percent'; value: number } | { type: 'amount'; amount: number };
export interface TaxRateInput {
  id: string;
  /** Percent × 10 000 (19 % = 190000). */
  rate: number;
  inclusive: boolean;
  compound: boolean;
}
export interface LineInput {
  /** Thousandths (1.5 h = 1500). */
  quantity: number;
  unitPrice: number;
  discount?: Discount | null;
  taxes: TaxRateInput[];
}
export interface LineTax {
  taxRateId: string;
  amount: number;
}
export interface LineTotals {
  gross: number;
  discount: number;
  documentDiscount: number;
  /** Taxable base, without any tax. */
  net: number;
  taxes: LineTax[];
  tax: number;
  total: number;
}
export interface DocumentTotals {
  lines: LineTotals[];
  subtotal: number;
  discount: number;
  net: number;
  taxes: LineTax[];
  tax: number;
  total: number;
}

/** a / b rounded half away from zero (BigInt, exact). */
export function roundDiv(a: bigint, b: bigint): bigint {
  if (b < 0n) return roundDiv(-a, -b);
  const negative = a < 0n;
  const abs = negative ? -a : a;
  const q = (abs * 2n + b) / (2n * b);
  return negative ? -q : q;
}

const big = (n: number) => BigInt(n);
const num = (n: bigint) => Number(n);

function lineDiscount(gross: bigint, discount: Discount | null | undefined): bigint {
  if (!discount) return 0n;
  const value =
    discount.type === 'percent' ? roundDiv(gross * big(discount.value), big(100 * 10_000)) : big(discount.amount);
  return value > gross ? gross : value;
}

/** Splits `total` across `weights` in proportion, largest remainder first (ties: earlier line), summing exactly. */
export function allocate(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n || total === 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, index) => ({ index, rest: (total * w) % sum }));
  let left = total - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.index - b.index));
  for (const { index } of remainders) {
    if (left <= 0n) break;
    shares[index] = shares[index]! + 1n;
    left -= 1n;
  }
  return shares;
}

/** Non-compound taxes first (in their given order), then compound ones (in theirs). */
const ordered = (taxes: TaxRateInput[]) => [...taxes.filter((t) => !t.compound), ...taxes.filter((t) => t.compound)];

/** Taxes on `base` for the given rates; `before` = taxes of the line already computed (compound ones add them). */
function taxesOn(base: bigint, rates: TaxRateInput[], before: bigint[]): bigint[] {
  const out: bigint[] = [];
  const scale = big(100 * 10_000);
  for (const rate of rates) {
    const earlier = rate.compound ? [...before, ...out].reduce((a, b) => a + b, 0n) : 0n;
    out.push(roundDiv((base + earlier) * big(rate.rate), scale));
  }
  return out;
}

function lineTaxes(amount: bigint, taxes: TaxRateInput[]) {
  const inclusive = ordered(taxes.filter((t) => t.inclusive));
  const exclusive = ordered(taxes.filter((t) => !t.inclusive));
  const scale = big(100 * 10_000);
  let base = amount;
  let inclusiveAmounts: bigint[] = [];
  if (inclusive.length) {
    // amount = base × (S + Σ non-compound) / S × Π (S + compound) / S, with S the rate scale.
    let numerator = scale + inclusive.filter((t) => !t.compound).reduce((a, t) => a + big(t.rate), 0n);
    let denominator = scale;
    for (const t of inclusive.filter((t) => t.compound)) {
      numerator *= scale + big(t.rate);
      denominator *= scale;
    }
    base = roundDiv(amount * denominator, numerator);
    inclusiveAmounts = taxesOn(base, inclusive, []);
    const difference = amount - base - inclusiveAmounts.reduce((a, b) => a + b, 0n);
    inclusiveAmounts[inclusiveAmounts.length - 1] = inclusiveAmounts[inclusiveAmounts.length - 1]! + difference;
  }
  const exclusiveAmounts = taxesOn(base, exclusive, inclusiveAmounts);
  const rates = [...inclusive, ...exclusive];
  const amounts = [...inclusiveAmounts, ...exclusiveAmounts];
  return { base, taxes: rates.map((rate, index) => ({ taxRateId: rate.id, amount: amounts[index]! })) };
}

/** Every figure of a document from its lines and its discount, by the rule above. */
export function computeDocument(lines: LineInput[], documentDiscount?: Discount | null): DocumentTotals {
  const grosses = lines.map((line) => roundDiv(big(line.quantity) * big(line.unitPrice), big(QUANTITY_SCALE)));
  const discounts = lines.map((line, index) => lineDiscount(grosses[index]!, line.discount));
  const nets = grosses.map((gross, index) => gross - discounts[index]!);
  const netSum = nets.reduce((a, b) => a + b, 0n);
  const documentShare = allocate(lineDiscount(netSum, documentDiscount), nets);
  const computed: LineTotals[] = lines.map((line, index) => {
    const amount = nets[index]! - documentShare[index]!;
    const { base, taxes } = lineTaxes(amount, line.taxes);
    const tax = taxes.reduce((a, t) => a + t.amount, 0n);
    return {
      gross: num(grosses[index]!),
      discount: num(discounts[index]!),
      documentDiscount: num(documentShare[index]!),
      net: num(base),
      taxes: taxes.map((t) => ({ taxRateId: t.taxRateId, amount: num(t.amount) })),
      tax: num(tax),
      total: num(base + tax),
    };
  });
  const byRate = new Map<string, number>();
  for (const line of computed)
    for (const tax of line.taxes) byRate.set(tax.taxRateId, (byRate.get(tax.taxRateId) ?? 0) + tax.amount);
  const sum = (pick: (line: LineTotals) => number) => computed.reduce((a, line) => a + pick(line), 0);
  return {
    lines: computed,
    subtotal: sum((l) => l.gross),
    discount: sum((l) => l.discount + l.documentDiscount),
    net: sum((l) => l.net),
    taxes: [...byRate].map(([taxRateId, amount]) => ({ taxRateId, amount })),
    tax: sum((l) => l.tax),
    total: sum((l) => l.total),
  };
}

/** Minor units → a decimal string with the currency's exponent ("1234.50"), for CSV and forms. */
export function formatMinor(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = amount < 0;
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const whole = exponent ? digits.slice(0, -exponent) : digits;
  const fraction = exponent ? `.${digits.slice(-exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** "12.5" in EUR → 1250; null when it has more decimals than the currency allows or is not a number. */
export function parseMinor(text: string, currency: string): number | null {
  const exponent = currencyExponent(currency);
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.length > exponent) return null;
  const value = Number(match[2]! + fraction.padEnd(exponent, '0'));
  return match[1] ? -value : value;
}

/** Locale display ("1.234,50 €", "¥1,235", "BHD 1.235"), always with the currency's own exponent. */
export function displayMoney(amount: number, currency: string, locale = 'en'): string {
  const exponent = currencyExponent(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(amount / 10 ** exponent);
}
