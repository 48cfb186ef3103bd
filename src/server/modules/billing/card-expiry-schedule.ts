/**
 * When a saved card counts as expiring (pure; UTC). A card marked MM/YYYY works until the last day of that month,
 * so it is "expiring" during that month and the month before (the window the notice sweep looks at, and the
 * warning the portal shows), and "expired" from the first day of the month after.
 */
export type CardExpiry = 'valid' | 'expiring' | 'expired';

/** Months since year 0 (January = 0): the one number the SQL and this rule compare (`exp_year * 12 + exp_month - 1`). */
export function monthIndex(year: number, month: number) {
  return year * 12 + month - 1;
}

/** The month index of `now` in UTC. */
export function monthIndexOf(now: Date) {
  return monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);
}

export function cardExpiryOf(expMonth: number, expYear: number, now: Date): CardExpiry {
  const card = monthIndex(expYear, expMonth);
  const current = monthIndexOf(now);
  if (card < current) return 'expired';
  return card <= current + 1 ? 'expiring' : 'valid';
}

/** "MM/YYYY", as printed on the card and in the notice. */
export function expiryLabel(expMonth: number, expYear: number) {
  return `${String(expMonth).padStart(2, '0')}/${expYear}`;
}
