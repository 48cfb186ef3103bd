import { describe, expect, it } from 'vitest';
import type { BillingDocument, TaxRate } from '../../src/contract/index.ts';
import {
  draftFromDocument,
  draftToBody,
  emptyDraft,
  previewTotals,
  type DraftValues,
} from '../../src/web/features/billing/document-draft.ts';

const vat = { id: 'rate-vat', rate: 20, inclusive: false, compound: false, archived: false } as TaxRate;
const money = (amount: number) => ({ amount, currency: 'EUR' });

function values(change: Partial<DraftValues> = {}): DraftValues {
  return { ...emptyDraft(), ...change };
}

describe('the draft editor: body and preview', () => {
  it('sends prices in minor units, percent or amount discounts, and no totals', () => {
    const { body, problems } = draftToBody(
      values({
        lines: [
          {
            description: 'Bookkeeping',
            quantity: '1,5',
            unitPrice: '450.50',
            discount: { value: '10', unit: 'percent' },
            taxRateIds: ['rate-vat', ''],
            optional: true,
            selected: true,
          },
        ],
        discount: { value: '5', unit: 'amount' },
        dueDate: '2027-01-31',
      }),
      'invoice',
      'EUR',
    );
    expect(problems).toEqual({});
    expect(body).toEqual({
      notes: '',
      terms: '',
      discount: { type: 'amount', amount: 500 },
      dueDate: '2027-01-31',
      lines: [
        {
          description: 'Bookkeeping',
          quantity: 1.5,
          unitPrice: 45050,
          discount: { type: 'percent', value: 10 },
          taxRateIds: ['rate-vat'],
        },
      ],
    });
    expect(JSON.stringify(body)).not.toMatch(/total/i);
  });

  it('sends a cover note on quotes only; a new document without terms leaves them out (the default applies)', () => {
    const typed = values({ coverNote: 'Dear Alice', terms: '' });
    expect(draftToBody(typed, 'quote', 'EUR').body).toMatchObject({ coverNote: 'Dear Alice', terms: '' });
    expect(draftToBody(typed, 'invoice', 'EUR').body).not.toHaveProperty('coverNote');
    // Creating: empty terms are not sent, so the server copies the firm's default; typed terms are sent.
    expect(draftToBody(typed, 'quote', 'EUR', true).body).not.toHaveProperty('terms');
    expect(draftToBody(values({ terms: 'Net 14' }), 'invoice', 'EUR', true).body).toMatchObject({ terms: 'Net 14' });
  });

  it('keeps optional and selected on quotes only, and names the fields it cannot send', () => {
    const line = { ...emptyDraft().lines[0]!, description: 'Add-on', unitPrice: '3.001', optional: true };
    const quote = draftToBody(values({ lines: [line] }), 'quote', 'EUR');
    expect(quote.body.lines[0]).toMatchObject({ optional: true, selected: false });
    expect(quote.body.validUntil).toBeNull();
    expect(quote.problems).toEqual({ 'lines.0.unitPrice': 'price' });
    const percent = draftToBody(values({ discount: { value: '120', unit: 'percent' } }), 'quote', 'EUR');
    expect(percent.problems['discount.value']).toBe('percent');
  });

  it('previews by the contract rule, leaves an unticked optional line out, and waits for missing prices', () => {
    const lines = [
      { ...emptyDraft().lines[0]!, description: 'A', quantity: '2', unitPrice: '500', taxRateIds: ['rate-vat'] },
      { ...emptyDraft().lines[0]!, description: 'B', unitPrice: '300', optional: true },
    ];
    const totals = previewTotals(values({ lines }), 'quote', 'EUR', [vat]);
    expect(totals).toMatchObject({ subtotal: 100000, tax: 20000, total: 120000 });
    expect(previewTotals(values({ lines: [{ ...lines[0]!, unitPrice: '' }] }), 'quote', 'EUR', [vat])).toBeNull();
    // A rate not in the list (archived): the server's figures will tell.
    expect(previewTotals(values({ lines }), 'quote', 'EUR', [])).toBeNull();
  });

  it('prefills from the server document, in the currency of the document', () => {
    const document = {
      currency: 'JPY',
      notes: 'Thanks',
      dueDate: null,
      validUntil: '2027-02-01',
      discount: { type: 'amount', amount: 100 },
      lines: [
        {
          description: 'Audit',
          quantity: 1.25,
          unitPrice: money(12000),
          discount: null,
          taxRateIds: ['rate-vat'],
          optional: true,
          selected: true,
        },
      ],
    } as unknown as BillingDocument;
    expect(draftFromDocument(document)).toEqual({
      notes: 'Thanks',
      dueDate: '',
      validUntil: '2027-02-01',
      discount: { value: '100', unit: 'amount' },
      lines: [
        {
          description: 'Audit',
          quantity: '1.25',
          unitPrice: '12000',
          discount: { value: '', unit: 'percent' },
          taxRateIds: ['rate-vat'],
          optional: true,
          selected: true,
        },
      ],
    });
  });
});
