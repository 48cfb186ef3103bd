import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import { idOf } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { startWithoutBilling } from './helpers.ts';

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('billing: credit notes, reissue, receivables views and CSV exports', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let vat: string;
  const year = new Date().getUTCFullYear();

  /** A sent invoice of `lines` × 100.00 + 20 % VAT (120.00 each), due on `dueDate` when given. */
  async function sentInvoice(account: string, units: number, dueDate?: string) {
    const created = await owner.post(`/api/v1/accounts/${account}/billing-documents`, {
      kind: 'invoice',
      dueDate,
      lines: [{ description: 'Bookkeeping', quantity: units, unitPrice: 10000, taxRateIds: [vat] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const sent = await owner.post(`/api/v1/billing-documents/${created.json().id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json() as { id: string; number: string };
  }

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    vat = (await owner.post('/api/v1/billing/tax-rates', { name: 'VAT', rate: 20 })).json().id;
    for (const [account, legalName] of [
      [acme, 'Acme Manufacturing GmbH'],
      [blueHarbor, 'Blue Harbor Dental LLC'],
    ] as const) {
      const profile = await owner.put(`/api/v1/accounts/${account}/billing-profile`, {
        legalName,
        currency: 'EUR',
        contacts: [],
      });
      expect(profile.statusCode, profile.body).toBe(200);
    }
  });
  afterAll(() => portal.close());

  let invoice: { id: string; number: string };
  let creditNoteId: string;
  it('a partial credit note is numbered in the CN series at send and takes its total off the invoice balance', async () => {
    invoice = await sentInvoice(acme, 10); // 1,200.00
    expect((await owner.get(`/api/v1/billing-documents/${invoice.id}`)).json().abilities).toMatchObject({
      creditNote: true,
      reissue: true,
    });
    const lines = [{ description: 'Goodwill: two hours', quantity: 2, unitPrice: 10000, taxRateIds: [vat] }];
    expectProblem(
      await alice.post(`/api/v1/billing-documents/${invoice.id}/credit-notes`, { mode: 'partial', lines }),
      403,
    );
    expectProblem(await owner.post(`/api/v1/billing-documents/${invoice.id}/credit-notes`, { mode: 'partial' }), 400);
    expectProblem(
      await owner.post(`/api/v1/billing-documents/${invoice.id}/credit-notes`, {
        mode: 'partial',
        lines: [{ description: 'Too much', quantity: 11, unitPrice: 10000, taxRateIds: [vat] }],
      }),
      409,
      'credit_exceeds_balance',
    );
    const draft = await owner.post(`/api/v1/billing-documents/${invoice.id}/credit-notes`, { mode: 'partial', lines });
    expect(draft.statusCode, draft.body).toBe(201);
    creditNoteId = draft.json().id;
    expect(draft.json()).toMatchObject({
      kind: 'credit_note',
      status: 'draft',
      number: null,
      total: { amount: 24000, currency: 'EUR' },
      related: { id: invoice.id, number: invoice.number, kind: 'invoice' },
    });
    // A draft changes nothing yet, and the client does not see it.
    expect((await owner.get(`/api/v1/billing-documents/${invoice.id}`)).json().balance.amount).toBe(120000);
    expect((await alice.get(`/api/v1/billing-documents/${invoice.id}`)).json().creditNotes).toEqual([]);

    const sent = await owner.post(`/api/v1/billing-documents/${creditNoteId}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().number).toBe(`CN-${year}-0001`);
    const credited = (await alice.get(`/api/v1/billing-documents/${invoice.id}`)).json();
    expect(credited).toMatchObject({
      status: 'sent',
      amountCredited: { amount: 24000 },
      balance: { amount: 96000 },
      creditNotes: [{ id: creditNoteId, number: `CN-${year}-0001`, status: 'sent' }],
      abilities: { void: false, reissue: false },
    });
    const clientList = (await alice.get(`/api/v1/accounts/${acme}/billing-documents?kind=credit_note`)).json();
    expect(clientList.items.map((item: { number: string }) => item.number)).toEqual([`CN-${year}-0001`]);
    const text = await pdfText((await alice.get(`/api/v1/billing-documents/${creditNoteId}/pdf`)).rawPayload);
    for (const expected of [`CN-${year}-0001`, `Credits invoice ${invoice.number}`, '€240.00'])
      expect(text).toContain(expected);
    // Something is credited: a full credit note and a void are refused; the invoice is corrected by credit only.
    expectProblem(
      await owner.post(`/api/v1/billing-documents/${invoice.id}/credit-notes`, { mode: 'full' }),
      409,
      'partly_settled',
    );
    expectProblem(await owner.post(`/api/v1/billing-documents/${invoice.id}/void`), 409);
  });

  it('payments settle the rest; voiding a credit note gives its amount back to the invoice', async () => {
    const payment = await owner.post(`/api/v1/billing-documents/${invoice.id}/payments`, {
      amount: 96001,
      method: 'bank_transfer',
      receivedOn: dayOffset(0),
    });
    expectProblem(payment, 400);
    const voided = await owner.post(`/api/v1/billing-documents/${creditNoteId}/void`);
    expect(voided.json()).toMatchObject({ status: 'void', number: `CN-${year}-0001` });
    expect((await owner.get(`/api/v1/billing-documents/${invoice.id}`)).json()).toMatchObject({
      amountCredited: { amount: 0 },
      balance: { amount: 120000 },
    });
    const again = await owner.post(`/api/v1/billing-documents/${invoice.id}/credit-notes`, {
      mode: 'partial',
      lines: [{ description: 'Goodwill', quantity: 1, unitPrice: 10000, taxRateIds: [vat] }],
    });
    expect((await owner.post(`/api/v1/billing-documents/${again.json().id}/send`)).json().number).toBe(
      `CN-${year}-0002`,
    );
    const paid = await owner.post(`/api/v1/billing-documents/${invoice.id}/payments`, {
      amount: 108000,
      method: 'bank_transfer',
      reference: 'SEPA 7',
      receivedOn: dayOffset(0),
    });
    expect(paid.statusCode, paid.body).toBe(201);
    expect((await alice.get(`/api/v1/billing-documents/${invoice.id}`)).json()).toMatchObject({
      status: 'paid',
      balance: { amount: 0 },
    });
  });

  it('a full credit note settles an unpaid invoice; a credit note for a closed invoice cannot be sent', async () => {
    const second = await sentInvoice(acme, 1);
    const full = await owner.post(`/api/v1/billing-documents/${second.id}/credit-notes`, { mode: 'full' });
    expect(full.statusCode, full.body).toBe(201);
    expect(full.json()).toMatchObject({ total: { amount: 12000 }, lines: [{ description: 'Bookkeeping' }] });
    // Two drafts against the same invoice: the second cannot be sent once the first closed it.
    const extra = await owner.post(`/api/v1/billing-documents/${second.id}/credit-notes`, { mode: 'full' });
    expect((await owner.post(`/api/v1/billing-documents/${full.json().id}/send`)).statusCode).toBe(200);
    expect((await owner.get(`/api/v1/billing-documents/${second.id}`)).json()).toMatchObject({
      status: 'paid',
      balance: { amount: 0 },
      amountCredited: { amount: 12000 },
    });
    expectProblem(await owner.post(`/api/v1/billing-documents/${extra.json().id}/send`), 409, 'not_creditable');
    expect((await owner.get(`/api/v1/billing-documents/${extra.json().id}`)).json()).toMatchObject({
      status: 'draft',
      number: null,
    });
  });

  it('void and reissue keeps the number history: the old number stays void, the new draft is numbered at send', async () => {
    const old = await sentInvoice(acme, 3);
    expectProblem(await alice.post(`/api/v1/billing-documents/${old.id}/reissue`), 403);
    const reissued = await owner.post(`/api/v1/billing-documents/${old.id}/reissue`);
    expect(reissued.statusCode, reissued.body).toBe(201);
    expect(reissued.json()).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      total: { amount: 36000 },
      related: { id: old.id, number: old.number, status: 'void' },
    });
    expect((await owner.get(`/api/v1/billing-documents/${old.id}`)).json()).toMatchObject({
      status: 'void',
      number: old.number,
      replacedBy: { id: reissued.json().id, status: 'draft' },
    });
    expectProblem(await owner.post(`/api/v1/billing-documents/${old.id}/reissue`), 409);
    const sent = (await owner.post(`/api/v1/billing-documents/${reissued.json().id}/send`)).json();
    expect(sent.number).not.toBe(old.number);
    const text = await pdfText((await owner.get(`/api/v1/billing-documents/${sent.id}/pdf`)).rawPayload);
    expect(text).toContain(`Replaces invoice ${old.number}`);
    // The client sees the replacement's number from the voided invoice.
    expect((await alice.get(`/api/v1/billing-documents/${old.id}`)).json().replacedBy.number).toBe(sent.number);
  });

  it('list filters by due range with totals per currency; aging buckets per account; people see no aging', async () => {
    await sentInvoice(blueHarbor, 1, dayOffset(-45)); // 31-60
    await sentInvoice(blueHarbor, 2, dayOffset(-100)); // 90+
    await sentInvoice(blueHarbor, 4, dayOffset(10)); // current
    const filtered = (
      await owner.get(
        `/api/v1/billing-documents?accountId=${blueHarbor}&dueFrom=${dayOffset(-120)}&dueTo=${dayOffset(-1)}`,
      )
    ).json();
    expect(filtered.items).toHaveLength(2);
    const totals = (
      await owner.get(
        `/api/v1/billing-documents/totals?accountId=${blueHarbor}&dueFrom=${dayOffset(-120)}&dueTo=${dayOffset(-1)}`,
      )
    ).json();
    expect(totals.items).toEqual([
      {
        currency: 'EUR',
        count: 2,
        total: { amount: 36000, currency: 'EUR' },
        balance: { amount: 36000, currency: 'EUR' },
      },
    ]);
    const overdue = (await owner.get(`/api/v1/billing-documents/totals?overdue=true&kind=invoice`)).json();
    expect(overdue.items[0]).toMatchObject({ count: 2, balance: { amount: 36000 } });
    // People see totals of their own account only.
    expect((await bianca.get('/api/v1/billing-documents/totals?kind=invoice')).json().items[0].count).toBe(3);
    expect((await alice.get('/api/v1/billing-documents/totals?kind=invoice')).json().items[0].count).toBe(4);

    const aging = (await owner.get('/api/v1/billing/aging')).json();
    expect(aging.asOf).toBe(dayOffset(0));
    expect(aging.items.find((row: { accountId: string }) => row.accountId === blueHarbor)).toMatchObject({
      current: { amount: 48000 },
      days1to30: { amount: 0 },
      days31to60: { amount: 12000 },
      days61to90: { amount: 0 },
      days90plus: { amount: 24000 },
      total: { amount: 84000 },
    });
    expectProblem(await bianca.get('/api/v1/billing/aging'), 403);
  });

  it('the statement of account: opening balance, invoices, credit notes, payments, running balance; JSON and CSV', async () => {
    const statement = (await alice.get(`/api/v1/accounts/${acme}/billing-statement`)).json();
    const eur = statement.currencies[0];
    expect(eur.currency).toBe('EUR');
    expect(eur.opening.amount).toBe(0);
    // Acme: 1,200 + 120 + 360 (reissued) invoiced; 120 + 120 credited; 1,080 paid => 360 open.
    expect(eur.closing.amount).toBe(36000);
    expect(eur.entries.map((entry: { type: string }) => entry.type).sort()).toEqual([
      'credit_note',
      'credit_note',
      'invoice',
      'invoice',
      'invoice',
      'payment',
    ]);
    expect(eur.entries.at(-1).balance.amount).toBe(36000);
    const later = (
      await alice.get(`/api/v1/accounts/${acme}/billing-statement?from=${dayOffset(1)}&to=${dayOffset(2)}`)
    ).json();
    expect(later.currencies[0]).toMatchObject({ opening: { amount: 36000 }, entries: [] });
    expectProblem(await alice.get(`/api/v1/accounts/${blueHarbor}/billing-statement`), 404);
    const csv = await alice.get(`/api/v1/accounts/${acme}/billing-statement.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('"Date","Type","Number","Reference","Currency","Debit","Credit","Balance"');
    expect(csv.body).toContain('"payment"');
    expect(csv.body).toContain('"SEPA 7"');
    const pdf = await alice.get(`/api/v1/accounts/${acme}/billing-statement.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    for (const expected of [
      'Statement of account',
      'Acme Manufacturing GmbH',
      `Credit note CN-${year}-0002`,
      'Payment for',
      '€360.00',
    ])
      expect(text).toContain(expected);
  });

  it('CSV exports for accountants: staff only, audited, formula cells neutralized', async () => {
    const renamed = await owner.patch(`/api/v1/accounts/${blueHarbor}`, { name: '=HYPERLINK("http://evil.example")' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expectProblem(await alice.get('/api/v1/billing/exports/invoices.csv'), 403);
    const invoices = await owner.get('/api/v1/billing/exports/invoices.csv');
    expect(invoices.statusCode, invoices.body).toBe(200);
    expect(invoices.headers['content-disposition']).toMatch(/^attachment; filename="invoices-all-/);
    const lines = invoices.body.trim().split('\r\n');
    expect(lines[0]).toContain('"Number","Type","Status","Contact"');
    expect(lines).toHaveLength(8);
    expect(invoices.body).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(invoices.body).not.toMatch(/(^|,)"=/m);
    const credits = (await owner.get('/api/v1/billing/exports/credit-notes.csv')).body;
    expect(credits).toContain(`"CN-${year}-0002","Credit note","sent"`);
    const payments = (await owner.get(`/api/v1/billing/exports/payments.csv?from=${dayOffset(-1)}`)).body;
    expect(payments).toContain('"SEPA 7","EUR","1080.00"');
    expectProblem(await owner.get(`/api/v1/billing/exports/payments.csv?from=${dayOffset(1)}&to=${dayOffset(0)}`), 400);
    const { rows } = await portal.ctx.db.query<{ details: { kind: string } }>(
      "SELECT details FROM audit_events WHERE action = 'export.billing_csv' ORDER BY occurred_at",
    );
    expect(rows.map((row) => row.details.kind)).toEqual(['invoices', 'credit-notes', 'payments']);
  });

  it('a credit note and a payment racing for the same balance: one wins, the balance never goes below zero', async () => {
    const raced = await sentInvoice(acme, 1); // 120.00
    const note = await owner.post(`/api/v1/billing-documents/${raced.id}/credit-notes`, { mode: 'full' });
    const [sent, paid] = await Promise.all([
      owner.post(`/api/v1/billing-documents/${note.json().id}/send`),
      owner.post(`/api/v1/billing-documents/${raced.id}/payments`, {
        amount: 12000,
        method: 'cash',
        receivedOn: dayOffset(0),
      }),
    ]);
    expect([sent.statusCode, paid.statusCode].sort()).toEqual(sent.statusCode === 200 ? [200, 409] : [201, 409]);
    const after = (await owner.get(`/api/v1/billing-documents/${raced.id}`)).json();
    expect(after.status).toBe('paid');
    expect(after.amountPaid.amount + after.amountCredited.amount).toBe(12000);
  });
});
