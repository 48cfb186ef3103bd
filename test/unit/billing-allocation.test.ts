import { describe, expect, it } from 'vitest';
import { allocatePayment, type OpenInvoice } from '../../src/server/modules/billing/payments/allocation.ts';
import { stripeAmountProblem } from '../../src/server/modules/billing/payments/stripe-client.ts';

const inv = (id: string, dueDate: string | null, balance: number, issueDate = '2026-01-01'): OpenInvoice => ({
  id,
  dueDate,
  issueDate,
  balance,
});

describe('allocatePayment: oldest due first, the rest is account credit', () => {
  const cases: [string, number, OpenInvoice[], ReturnType<typeof allocatePayment>][] = [
    [
      'exact',
      300,
      [inv('a', '2026-02-01', 100), inv('b', '2026-01-01', 200)],
      {
        allocations: [
          { id: 'b', amount: 200 },
          { id: 'a', amount: 100 },
        ],
        credit: 0,
      },
    ],
    [
      'partial: the oldest due is settled first',
      250,
      [inv('a', '2026-02-01', 100), inv('b', '2026-01-01', 200)],
      {
        allocations: [
          { id: 'b', amount: 200 },
          { id: 'a', amount: 50 },
        ],
        credit: 0,
      },
    ],
    [
      'overpayment to credit',
      350,
      [inv('a', '2026-02-01', 100), inv('b', '2026-01-01', 200)],
      {
        allocations: [
          { id: 'b', amount: 200 },
          { id: 'a', amount: 100 },
        ],
        credit: 50,
      },
    ],
    [
      'no due date sorts last, then by issue date',
      100,
      [inv('a', null, 100), inv('b', '2026-05-01', 60, '2026-04-01')],
      {
        allocations: [
          { id: 'b', amount: 60 },
          { id: 'a', amount: 40 },
        ],
        credit: 0,
      },
    ],
    [
      'settled meanwhile (balance 0 or below) takes nothing',
      100,
      [inv('a', '2026-01-01', 0), inv('b', '2026-02-01', -5)],
      {
        allocations: [],
        credit: 100,
      },
    ],
    [
      'same due date: by issue date, then id',
      30,
      [inv('b', '2026-01-01', 20), inv('a', '2026-01-01', 20)],
      {
        allocations: [
          { id: 'a', amount: 20 },
          { id: 'b', amount: 10 },
        ],
        credit: 0,
      },
    ],
    ['nothing received', 0, [inv('a', '2026-01-01', 20)], { allocations: [], credit: 0 }],
  ];
  it.each(cases)('%s', (_name, amount, invoices, expected) => {
    const result = allocatePayment(amount, invoices);
    expect(result).toEqual(expected);
    // Reconciliation: every minor unit is either on an invoice or credit.
    expect(result.allocations.reduce((sum, a) => sum + a.amount, 0) + result.credit).toBe(amount);
  });
  it('refuses amounts that are not whole minor units', () => {
    expect(() => allocatePayment(1.5, [])).toThrow(RangeError);
    expect(() => allocatePayment(-1, [])).toThrow(RangeError);
  });
});

describe('stripeAmountProblem', () => {
  it('takes 0 and 2 decimal currencies, 3 decimal ones only in whole hundredths', () => {
    expect(stripeAmountProblem(1001, 0)).toBeNull();
    expect(stripeAmountProblem(1001, 2)).toBeNull();
    expect(stripeAmountProblem(1010, 3)).toBeNull();
    expect(stripeAmountProblem(1001, 3)).toMatch(/hundredths/);
  });
});
