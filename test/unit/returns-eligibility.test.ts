import { describe, expect, it } from 'vitest';
import { DEFAULT_RETURN_POLICY } from '../../src/contract/index.ts';
import type { OrderForReturnsRow } from '../../src/server/modules/orders/index.ts';
import { deliveredAtOf, eligibilityOf, isNonReturnable } from '../../src/server/modules/returns/policy.ts';

const order = (overrides: Partial<OrderForReturnsRow> = {}): OrderForReturnsRow => ({
  id: 'o',
  account_id: 'a',
  segment_id: 's',
  number: 'SO-1',
  status: 'delivered',
  currency: 'EUR',
  lines: [
    { sku: 'MUG-BLUE', name: 'Mug', quantity: 3, unitPrice: 100, tax: 0 },
    { sku: 'GIFT-25', name: 'Gift card', quantity: 1, unitPrice: 2500, tax: 0 },
  ],
  shipments: [],
  delivered_at: new Date('2026-12-01T00:00:00Z'),
  ...overrides,
});
const policy = { ...DEFAULT_RETURN_POLICY, windowDays: 10, nonReturnable: ['gift-*'] };

describe('returns eligibility', () => {
  it('excludes SKUs by exact name or by prefix, in any case', () => {
    expect(isNonReturnable(policy, 'GIFT-25')).toBe(true);
    expect(isNonReturnable({ ...policy, nonReturnable: ['MUG-BLUE'] }, 'mug-blue')).toBe(true);
    expect(isNonReturnable(policy, 'MUG-GIFT')).toBe(false);
  });

  it('takes the delivery from the shipments when all have a date, else from the status history', () => {
    const shipped = { carrier: 'dhl', trackingNumber: '1', trackingUrl: null, shippedAt: null };
    expect(deliveredAtOf(order({ status: 'shipped', delivered_at: null }))).toBeNull();
    expect(
      deliveredAtOf(
        order({
          status: 'shipped',
          shipments: [
            { ...shipped, deliveredAt: '2026-12-02T00:00:00Z' },
            { ...shipped, deliveredAt: '2026-12-03T00:00:00Z' },
          ],
        }),
      )?.toISOString(),
    ).toBe('2026-12-03T00:00:00.000Z');
    expect(deliveredAtOf(order({ shipments: [{ ...shipped, deliveredAt: null }] }))?.toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
  });

  it('offers delivered minus returned, and says why a line is blocked', () => {
    const inside = new Date('2026-12-05T00:00:00Z');
    const result = eligibilityOf(order(), policy, new Map([[0, 2]]), inside);
    expect(result.lines.map((l) => [l.available, l.blockedBy])).toEqual([
      [1, null],
      [0, 'non_returnable'],
    ]);
    expect(eligibilityOf(order(), policy, new Map([[0, 3]]), inside).lines[0]!.blockedBy).toBe('fully_returned');
    const late = eligibilityOf(order(), policy, new Map(), new Date('2026-12-12T00:00:00Z'));
    expect(late.lines[0]!.blockedBy).toBe('window_closed');
    expect(late.windowEndsAt?.toISOString()).toBe('2026-12-11T00:00:00.000Z');
    const early = eligibilityOf(order({ status: 'shipped', delivered_at: null }), policy, new Map(), inside);
    expect(early.lines.map((l) => l.blockedBy)).toEqual(['not_delivered', 'not_delivered']);
  });
});
