import { describe, expect, it } from 'vitest';
import {
  cardExpiryOf,
  expiryLabel,
  monthIndex,
  monthIndexOf,
} from '../../src/server/modules/billing/card-expiry-schedule.ts';
import { billingPolicy } from '../../src/server/modules/billing/policy.ts';
import { ACME, HARBOR, person, staff } from './actors.ts';

describe('billing: when a saved card counts as expiring', () => {
  const at = (iso: string) => new Date(iso);

  it('is expiring in its last month and the month before, expired after, valid before', () => {
    const now = at('2026-12-07T10:00:00Z');
    expect(cardExpiryOf(12, 2026, now)).toBe('expiring');
    expect(cardExpiryOf(1, 2027, now)).toBe('expiring');
    expect(cardExpiryOf(2, 2027, now)).toBe('valid');
    expect(cardExpiryOf(11, 2026, now)).toBe('expired');
    expect(cardExpiryOf(12, 2025, now)).toBe('expired');
  });

  it('follows UTC at the month boundaries (a card works until the last moment of its month)', () => {
    expect(cardExpiryOf(12, 2026, at('2026-12-31T23:59:59Z'))).toBe('expiring');
    expect(cardExpiryOf(12, 2026, at('2027-01-01T00:00:00Z'))).toBe('expired');
    expect(cardExpiryOf(3, 2027, at('2027-01-31T23:59:59Z'))).toBe('valid');
    expect(cardExpiryOf(3, 2027, at('2027-02-01T00:00:00Z'))).toBe('expiring');
  });

  it('counts months the way the SQL does (exp_year * 12 + exp_month - 1)', () => {
    expect(monthIndex(2027, 1) - monthIndex(2026, 12)).toBe(1);
    expect(monthIndexOf(at('2026-12-15T00:00:00Z'))).toBe(2026 * 12 + 11);
    expect(expiryLabel(4, 2027)).toBe('04/2027');
  });

  it('offers the replacement to the account’s people, for the card charged, when it expires', () => {
    const alice = person([[ACME, 'member']]);
    const expiring = { usedForAutoCharge: true, expiry: 'expiring' as const };
    expect(billingPolicy.canReplaceCard(alice, ACME, expiring, true)).toBe(true);
    expect(billingPolicy.canReplaceCard(alice, ACME, { ...expiring, expiry: 'expired' }, true)).toBe(true);
    expect(billingPolicy.canReplaceCard(alice, ACME, { ...expiring, expiry: 'valid' }, true)).toBe(false);
    expect(billingPolicy.canReplaceCard(alice, ACME, { ...expiring, usedForAutoCharge: false }, true)).toBe(false);
    // Without Stripe no card can be saved; another account's person and staff never save the client's card.
    expect(billingPolicy.canReplaceCard(alice, ACME, expiring, false)).toBe(false);
    expect(billingPolicy.canReplaceCard(alice, HARBOR, expiring, true)).toBe(false);
    expect(billingPolicy.canReplaceCard(staff('owner'), ACME, expiring, true)).toBe(false);
  });
});
