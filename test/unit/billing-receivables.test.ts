import { describe, expect, it } from 'vitest';
import { dunningStepDue, reminderWhen } from '../../src/server/modules/billing/dunning-schedule.ts';
import { documentCsvLine, paymentCsvLine } from '../../src/server/modules/billing/use-cases/exports.ts';

const STEPS = [-3, 0, 7, 14];

describe('dunning: which reminder step is due', () => {
  // Issued 1 March, due 31 March.
  const step = (today: string, sent: number[] = [], steps = STEPS) =>
    dunningStepDue(steps, '2026-03-01', '2026-03-31', today, sent);

  it.each<[string, number[], number | null, string]>([
    ['2026-03-27', [], null, 'four days before: nothing yet'],
    ['2026-03-28', [], -3, 'three days before'],
    ['2026-03-30', [-3], null, 'the -3 step was sent'],
    ['2026-03-31', [-3], 0, 'on the due date'],
    ['2026-04-07', [-3, 0], 7, 'a week late'],
    ['2026-04-10', [-3, 0, 7], null, 'between steps'],
    ['2026-04-14', [-3, 0, 7], 14, 'two weeks late'],
    ['2026-06-01', [-3, 0, 7, 14], null, 'all sent: never again'],
    ['2026-04-20', [], 14, 'after a long gap: only the latest step reached, not a burst'],
    ['2026-04-20', [14], null, 'a later step already sent covers the earlier ones'],
  ])('%s with %j sent → %s (%s)', (today, sent, expected) => {
    expect(step(today, sent)).toBe(expected);
  });

  it('skips steps on or before the issue date (the invoice mail just went out)', () => {
    // Due on receipt: issued and due the same day; -3 and 0 fall on or before the issue date.
    expect(dunningStepDue(STEPS, '2026-03-31', '2026-03-31', '2026-03-31', [])).toBeNull();
    expect(dunningStepDue(STEPS, '2026-03-31', '2026-03-31', '2026-04-07', [])).toBe(7);
    // Sent two days before the due date: -3 is skipped, 0 comes on the day.
    expect(dunningStepDue(STEPS, '2026-03-29', '2026-03-31', '2026-03-30', [])).toBeNull();
    expect(dunningStepDue(STEPS, '2026-03-29', '2026-03-31', '2026-03-31', [])).toBe(0);
  });

  it('works across month and year ends, with duplicate or unsorted steps and none at all', () => {
    expect(dunningStepDue([14, 7, 7], '2026-12-01', '2026-12-25', '2027-01-08', [])).toBe(14);
    expect(dunningStepDue([], '2026-12-01', '2026-12-25', '2027-01-08', [])).toBeNull();
  });

  it('words each step as before, on the day, or after', () => {
    expect([-3, 0, 7].map(reminderWhen)).toEqual(['before', 'today', 'after']);
  });
});

describe('accountants CSV lines', () => {
  const invoice = {
    number: 'INV-2026-0001',
    kind: 'invoice',
    status: 'sent',
    account_name: '=HYPERLINK("http://evil.example")',
    legal_name: '+Acme',
    tax_id: '@DE123',
    issue_date: '2026-03-01',
    due_date: '2026-03-31',
    currency: 'JPY',
    net: 10000,
    tax_total: 1000,
    total: 11000,
    amount_paid: 3000,
    amount_credited: 1000,
    related_number: null,
  };

  it('prefixes cells a spreadsheet would run as formulas and quotes every cell', () => {
    const line = documentCsvLine(invoice);
    expect(line).toBe(
      '"INV-2026-0001","Invoice","sent","\'=HYPERLINK(""http://evil.example"")","\'+Acme","\'@DE123","2026-03-01",' +
        '"2026-03-31","JPY","10000","1000","11000","3000","1000","7000",""\r\n',
    );
  });

  it('writes amounts in major units per currency exponent; a payment reference starting with - is text', () => {
    expect(
      paymentCsvLine({
        received_on: '2026-03-02',
        invoice_number: 'INV-2026-0001',
        account_name: 'Acme',
        method: 'bank_transfer',
        reference: '-SEPA 1',
        currency: 'BHD',
        amount: 12345,
      }),
    ).toBe('"2026-03-02","INV-2026-0001","Acme","bank_transfer","\'-SEPA 1","BHD","12.345"\r\n');
    expect(documentCsvLine({ ...invoice, currency: 'EUR', status: 'paid' })).toContain(
      '"110.00","30.00","10.00","0.00"',
    );
  });
});
