import { describe, expect, it } from 'vitest';
import { expiryOf } from '../../../src/server/modules/signatures/certificate.ts';

const DAY = 86_400_000;
const now = new Date('2026-12-07T15:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe('the signing certificate’s expiry', () => {
  it('is valid with more than 30 days left, and warns at nothing', () => {
    expect(expiryOf(at(3650), now)).toEqual({ state: 'valid', daysLeft: 3650, threshold: null });
    expect(expiryOf(new Date(at(30).getTime() + 1), now)).toMatchObject({ state: 'valid', threshold: null });
  });

  it('is expiring from 30 days before: the 30-day warning, then the 7-day one (only the latest reached)', () => {
    expect(expiryOf(at(30), now)).toEqual({ state: 'expiring', daysLeft: 30, threshold: 30 });
    expect(expiryOf(at(7.5), now)).toEqual({ state: 'expiring', daysLeft: 8, threshold: 30 });
    expect(expiryOf(at(7), now)).toEqual({ state: 'expiring', daysLeft: 7, threshold: 7 });
    expect(expiryOf(new Date(now.getTime() + 1), now)).toEqual({ state: 'expiring', daysLeft: 1, threshold: 7 });
  });

  it('is expired from its notAfter on, and mails nothing more', () => {
    expect(expiryOf(now, now)).toMatchObject({ state: 'expired', threshold: null });
    expect(expiryOf(at(-2), now)).toEqual({ state: 'expired', daysLeft: -2, threshold: null });
  });
});
