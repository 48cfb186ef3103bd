/*
 * The retainer's figures, pure: which period is current, and what the billable minutes make of the budget. One
 * rule for money: a money budget is converted to minutes at the hourly rate (rounded down, so the client is never
 * billed overage for a fraction of a minute the budget paid), and minutes are priced at the rate rounded half up.
 */
export interface RetainerTerms {
  unit: 'hours' | 'money';
  period: 'monthly' | 'prepaid';
  budget_minutes: number | null;
  budget_amount: number | null;
  hourly_rate: number;
  starts_on: string;
  ended_on: string | null;
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
function monthEnd(day: string) {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/**
 * The current period: a monthly retainer's calendar month (UTC) of `today` (or of its last day once ended), cut to
 * its start; a prepaid one runs from its start to its end (or to today while open).
 */
export function currentPeriod(terms: RetainerTerms, today: string) {
  const last = terms.ended_on ?? today;
  if (terms.period === 'prepaid') return { start: terms.starts_on, end: max(terms.starts_on, last) };
  const anchor = max(last, terms.starts_on);
  const start = max(monthStart(anchor), terms.starts_on);
  return { start, end: terms.ended_on ? max(start, min(monthEnd(anchor), terms.ended_on)) : monthEnd(anchor) };
}

/** Minutes priced at an hourly rate, rounded half up, exactly (BigInt: minutes × rate may pass 2^53). */
export function priceOfMinutes(minutes: number, hourlyRate: number) {
  return Number((BigInt(minutes) * BigInt(hourlyRate) * 2n + 60n) / 120n);
}

export function budgetMinutesOf(terms: RetainerTerms) {
  if (terms.unit === 'hours') return terms.budget_minutes ?? 0;
  if (terms.hourly_rate <= 0) return 0;
  return Number((BigInt(terms.budget_amount ?? 0) * 60n) / BigInt(terms.hourly_rate));
}

export function burnOf(terms: RetainerTerms, usedMinutes: number, coveredMinutes: number) {
  const budgetMinutes = budgetMinutesOf(terms);
  const overMinutes = Math.max(0, usedMinutes - budgetMinutes);
  const usedAmount = priceOfMinutes(usedMinutes, terms.hourly_rate);
  const budgetAmount =
    terms.unit === 'money' ? (terms.budget_amount ?? 0) : priceOfMinutes(budgetMinutes, terms.hourly_rate);
  return {
    usedMinutes,
    budgetMinutes,
    leftMinutes: Math.max(0, budgetMinutes - usedMinutes),
    overMinutes,
    usedAmount,
    budgetAmount,
    leftAmount: Math.max(0, budgetAmount - usedAmount),
    unrequestedMinutes: Math.max(0, overMinutes - coveredMinutes),
  };
}
