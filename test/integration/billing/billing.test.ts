import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { startWithoutBilling } from './helpers.ts';

describe('billing: setup, invoices and quotes through the API', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let vat: string;
  let net30: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    alice = await portal.signedIn('alice@acme.example');
  });
  afterAll(() => portal.close());

  it('staff set up tax rates, payment terms, number series and the account profile; agents only read', async () => {
    const rate = await owner.post('/api/v1/billing/tax-rates', { name: 'VAT', rate: 20 });
    expect(rate.statusCode, rate.body).toBe(201);
    expect(rate.json()).toMatchObject({ rate: 20, inclusive: false, compound: false, abilities: { update: true } });
    vat = rate.json().id;
    expectProblem(await owner.post('/api/v1/billing/tax-rates', { name: 'Bad', rate: 100.00001 }), 400);
    const terms = await owner.post('/api/v1/billing/payment-terms', { name: 'Net 30', days: 30 });
    expect(terms.statusCode).toBe(201);
    net30 = terms.json().id;
    const series = (await owner.get('/api/v1/billing/number-series')).json().items;
    expect(series.find((s: { kind: string }) => s.kind === 'invoice').example).toBe(`INV-${year}-0001`);

    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get('/api/v1/billing/tax-rates')).json().items[0].abilities.update).toBe(false);
    expectProblem(await agent.post('/api/v1/billing/tax-rates', { name: 'Nope', rate: 5 }), 403);
    expectProblem(await alice.get('/api/v1/billing/tax-rates'), 403);

    expect((await alice.get(`/api/v1/accounts/${acme}/billing-profile`)).json()).toMatchObject({ configured: false });
    const profile = await owner.put(`/api/v1/accounts/${acme}/billing-profile`, {
      legalName: 'Acme Manufacturing GmbH',
      address: 'Hafenstraße 1, Hamburg',
      taxId: 'DE123456789',
      contacts: ['accounts@acme.example'],
      currency: 'EUR',
      paymentTermsId: net30,
    });
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({ configured: true, currency: 'EUR', abilities: { update: true } });
    expectProblem(
      await owner.put(`/api/v1/accounts/${acme}/billing-profile`, { legalName: 'X', currency: 'XXX' }),
      400,
    );
  });

  let invoiceId: string;
  it('a draft invoice: totals computed by the server, server fields refused, bad lines are 400 with field errors', async () => {
    const lines = [
      { description: 'Annual accounts', quantity: 1, unitPrice: 150000, taxRateIds: [vat] },
      { description: 'Advisory hours', quantity: 2.5, unitPrice: 12000, taxRateIds: [vat] },
    ];
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-documents`, { kind: 'invoice', lines, total: 1 }),
      403,
      'not_allowed',
    );
    const bad = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
        kind: 'invoice',
        lines: [{ description: 'x', quantity: -1, unitPrice: 1.5 }],
      }),
      400,
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['lines.0.quantity', 'lines.0.unitPrice']);
    expectProblem(await alice.post(`/api/v1/accounts/${acme}/billing-documents`, { kind: 'invoice', lines }), 403);
    const created = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'invoice',
      lines,
      discount: { type: 'percent', value: 10 },
    });
    expect(created.statusCode, created.body).toBe(201);
    invoiceId = created.json().id;
    // 1500.00 + 2.5 × 120.00 = 1800.00; 10 % off = 1620.00; VAT 20 % = 324.00; total 1944.00.
    expect(created.json()).toMatchObject({
      status: 'draft',
      number: null,
      currency: 'EUR',
      subtotal: { amount: 180000, currency: 'EUR' },
      discountTotal: { amount: 18000 },
      net: { amount: 162000 },
      tax: { amount: 32400 },
      total: { amount: 194400 },
      abilities: { update: true, send: true, void: false, recordPayment: false },
    });
    // People never see drafts.
    expectProblem(await alice.get(`/api/v1/billing-documents/${invoiceId}`), 404);
    expect((await alice.get(`/api/v1/accounts/${acme}/billing-documents`)).json().items).toEqual([]);
    // A stale If-Match is 409; a good one changes the draft.
    const version = created.json().version;
    expectProblem(
      await owner.patch(`/api/v1/billing-documents/${invoiceId}`, { notes: 'x' }, { 'if-match': String(version + 5) }),
      409,
    );
    const changed = await owner.patch(
      `/api/v1/billing-documents/${invoiceId}`,
      { notes: 'Bank transfer to IBAN DE00 1234' },
      { 'if-match': String(version) },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().total.amount).toBe(194400);
  });

  it('sending gives the number, keeps the PDF with its hash, mails it with the PDF, and shows it to the client', async () => {
    const sent = await owner.post(`/api/v1/billing-documents/${invoiceId}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', number: `INV-${year}-0001`, abilities: { update: false } });
    expect(sent.json().pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expectProblem(await owner.patch(`/api/v1/billing-documents/${invoiceId}`, { notes: 'late' }), 409, 'not_a_draft');
    expectProblem(await owner.post(`/api/v1/billing-documents/${invoiceId}/send`), 409);

    const pdf = await alice.get(`/api/v1/billing-documents/${invoiceId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['x-content-sha256']).toBe(sent.json().pdfSha256);
    const text = await pdfText(pdf.rawPayload);
    for (const expected of [
      `INV-${year}-0001`,
      'Acme Manufacturing GmbH',
      'DE123456789',
      'Annual accounts',
      '€1,944.00',
      '€324.00',
      '-€180.00',
    ])
      expect(text).toContain(expected);

    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
    const { rows } = await portal.ctx.db.query<{
      to_address: string;
      subject: string;
      headers: Record<string, string>;
    }>("SELECT to_address, subject, headers FROM mail_messages WHERE subject LIKE 'Invoice%'");
    expect(rows).toEqual([
      {
        to_address: 'accounts@acme.example',
        subject: `Invoice INV-${year}-0001 from Northwind Advisory`,
        headers: { 'X-Portico-Attachment': `INV-${year}-0001.pdf; sha256=${sent.json().pdfSha256}` },
      },
    ]);
    const list = (await alice.get(`/api/v1/accounts/${acme}/billing-documents`)).json();
    expect(list.items.map((item: { number: string }) => item.number)).toEqual([`INV-${year}-0001`]);
    expect(list.items[0].abilities).toMatchObject({ downloadPdf: true, recordPayment: false, void: false });
  });

  it('manual payments move the invoice to paid; receivables follow; overpayment is refused', async () => {
    const receivable = (await owner.get('/api/v1/billing/receivables')).json().items;
    expect(receivable).toEqual([
      expect.objectContaining({ accountId: acme, outstanding: { amount: 194400, currency: 'EUR' }, openInvoices: 1 }),
    ]);
    expectProblem(
      await alice.post(`/api/v1/billing-documents/${invoiceId}/payments`, {
        amount: 100,
        method: 'cash',
        receivedOn: '2026-01-02',
      }),
      403,
    );
    const first = await owner.post(`/api/v1/billing-documents/${invoiceId}/payments`, {
      amount: 94400,
      method: 'bank_transfer',
      reference: 'SEPA 1',
      receivedOn: '2026-01-02',
    });
    expect(first.statusCode, first.body).toBe(201);
    expectProblem(
      await owner.post(`/api/v1/billing-documents/${invoiceId}/payments`, {
        amount: 100001,
        method: 'cash',
        receivedOn: '2026-01-03',
      }),
      400,
    );
    await owner.post(`/api/v1/billing-documents/${invoiceId}/payments`, {
      amount: 100000,
      method: 'cheque',
      receivedOn: '2026-01-03',
    });
    const paid = (await alice.get(`/api/v1/billing-documents/${invoiceId}`)).json();
    expect(paid).toMatchObject({ status: 'paid', amountPaid: { amount: 194400 }, balance: { amount: 0 } });
    expect((await owner.get('/api/v1/billing/receivables')).json().items).toEqual([]);
    expectProblem(await owner.post(`/api/v1/billing-documents/${invoiceId}/void`), 409);
  });

  it('a quote: the account admin accepts it with full name and consent; a member cannot; staff cannot answer', async () => {
    const quote = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      lines: [{ description: 'Payroll setup', quantity: 1, unitPrice: 50000, taxRateIds: [vat] }],
    });
    const id = quote.json().id;
    const sent = await owner.post(`/api/v1/billing-documents/${id}/send`);
    expect(sent.json().number).toBe(`Q-${year}-0001`);
    const adam = await portal.signedIn('adam@acme.example');
    expectProblem(await adam.post(`/api/v1/billing-documents/${id}/accept`, { fullName: 'Adam', consent: true }), 403);
    expectProblem(
      await owner.post(`/api/v1/billing-documents/${id}/accept`, { fullName: 'Olivia Owner', consent: true }),
      403,
    );
    expectProblem(
      await alice.post(`/api/v1/billing-documents/${id}/accept`, { fullName: 'Alice A', consent: false }),
      400,
    );
    expect((await alice.get(`/api/v1/billing-documents/${id}`)).json().abilities).toMatchObject({ accept: true });
    const accepted = await alice.post(
      `/api/v1/billing-documents/${id}/accept`,
      { fullName: 'Alice Anders', consent: true },
      { 'user-agent': 'Test browser' },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', accepted: { name: 'Alice Anders', ip: null } });
    const staffView = (await owner.get(`/api/v1/billing-documents/${id}`)).json();
    expect(staffView.accepted).toMatchObject({ name: 'Alice Anders', ip: '127.0.0.1', userAgent: 'Test browser' });
    expectProblem(await alice.post(`/api/v1/billing-documents/${id}/decline`, { comment: 'changed my mind' }), 409);
  });

  it('void keeps the number used; deleting is for drafts only', async () => {
    const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'invoice',
      lines: [{ description: 'One-off', quantity: 1, unitPrice: 1000 }],
    });
    const id = draft.json().id;
    await owner.post(`/api/v1/billing-documents/${id}/send`);
    const voided = await owner.post(`/api/v1/billing-documents/${id}/void`);
    expect(voided.json()).toMatchObject({ status: 'void', number: `INV-${year}-0002` });
    expectProblem(await owner.delete(`/api/v1/billing-documents/${id}`), 409);
    const other = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, { kind: 'invoice', lines: [] });
    expect((await owner.delete(`/api/v1/billing-documents/${other.json().id}`)).statusCode).toBe(200);
    expectProblem(await owner.get(`/api/v1/billing-documents/${other.json().id}`), 404);
  });

  it('a quote valid until a date becomes one draft invoice once accepted; past that date it cannot be accepted', async () => {
    const inDays = (days: number) =>
      new Date(portal.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const lines = [
      { description: 'Annual accounts', quantity: 1, unitPrice: 120000, taxRateIds: [vat] },
      { description: 'Tax return', quantity: 2, unitPrice: 25050 },
    ];
    const onInvoice = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-documents`, { kind: 'invoice', validUntil: inDays(5), lines }),
      400,
    );
    expect(onInvoice.errors).toEqual([expect.objectContaining({ path: 'validUntil', code: 'quotes_only' })]);
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
        kind: 'quote',
        validUntil: '2026-13-45',
        lines,
      }),
      400,
    );
    const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      validUntil: inDays(10),
      notes: 'Fixed fee for the year',
      lines,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const quoteId = draft.json().id;
    const sent = (await owner.post(`/api/v1/billing-documents/${quoteId}/send`)).json();
    // 1,200.00 + 20 % VAT, and 2 × 250.50 without tax: 1,941.00.
    expect(sent).toMatchObject({ validUntil: inDays(10), expired: false, total: { amount: 194100 } });
    expect(sent.abilities.invoice).toBe(false);
    const quotePdf = await pdfText((await alice.get(`/api/v1/billing-documents/${quoteId}/pdf`)).rawPayload);
    expect(quotePdf).toContain('Valid until');

    // Not before the client accepted it, and never by the client.
    expectProblem(await owner.post(`/api/v1/billing-documents/${quoteId}/invoice`), 409, 'quote_not_accepted');
    const accepted = await alice.post(`/api/v1/billing-documents/${quoteId}/accept`, {
      fullName: 'Alice Anders',
      consent: true,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expectProblem(await alice.post(`/api/v1/billing-documents/${quoteId}/invoice`), 403);
    expect((await owner.get(`/api/v1/billing-documents/${quoteId}`)).json().abilities.invoice).toBe(true);

    // Two clicks at once make one invoice; the other gets 409.
    const answers = await Promise.all([
      owner.post(`/api/v1/billing-documents/${quoteId}/invoice`),
      owner.post(`/api/v1/billing-documents/${quoteId}/invoice`),
    ]);
    const made = answers.find((answer) => answer.statusCode === 201)!;
    expect(made, answers.map((answer) => answer.body).join('\n')).toBeDefined();
    expectProblem(answers.find((answer) => answer !== made)!, 409, 'already_invoiced');
    const invoice = made.json();
    expect(invoice).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      number: null,
      notes: 'Fixed fee for the year',
      total: { amount: 194100, currency: 'EUR' },
      related: { id: quoteId, kind: 'quote', number: sent.number, status: 'accepted' },
    });
    expect(invoice.lines.map((line: { description: string }) => line.description)).toEqual([
      'Annual accounts',
      'Tax return',
    ]);
    const invoiced = (await owner.get(`/api/v1/billing-documents/${quoteId}`)).json();
    expect(invoiced).toMatchObject({
      status: 'accepted',
      replacedBy: { id: invoice.id },
      abilities: { invoice: false },
    });
    expectProblem(await owner.post(`/api/v1/billing-documents/${quoteId}/invoice`), 409, 'already_invoiced');
    const links = await portal.ctx.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM billing_documents WHERE related_document_id = $1',
      [quoteId],
    );
    expect(links.rows[0]!.n).toBe(1);
    // The client sees the invoice once it is sent, with the quote it came from on its PDF.
    expect((await alice.get(`/api/v1/billing-documents/${quoteId}`)).json().replacedBy).toBeNull();
    const issued = (await owner.post(`/api/v1/billing-documents/${invoice.id}/send`)).json();
    expect(issued).toMatchObject({ status: 'sent', total: { amount: 194100 } });
    expect((await alice.get(`/api/v1/billing-documents/${quoteId}`)).json().replacedBy).toMatchObject({
      number: issued.number,
    });
    const invoicePdf = await pdfText((await alice.get(`/api/v1/billing-documents/${invoice.id}/pdf`)).rawPayload);
    expect(invoicePdf).toContain(`Quote ${sent.number}`);

    // Expiry: sent with a day left, looked at three days later.
    const brief = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      validUntil: inDays(1),
      lines,
    });
    const late = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      validUntil: inDays(2),
      lines,
    });
    expect((await owner.post(`/api/v1/billing-documents/${brief.json().id}/send`)).statusCode).toBe(200);
    portal.clock.advanceMinutes(3 * 24 * 60);
    // Three days on, the morning's sessions have expired: sign in again.
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    const expired = (await alice.get(`/api/v1/billing-documents/${brief.json().id}`)).json();
    expect(expired).toMatchObject({ status: 'sent', expired: true, abilities: { accept: false } });
    expectProblem(
      await alice.post(`/api/v1/billing-documents/${brief.json().id}/accept`, {
        fullName: 'Alice Anders',
        consent: true,
      }),
      409,
      'quote_expired',
    );
    // A draft whose date has passed is not sent until staff move the date.
    expectProblem(await owner.post(`/api/v1/billing-documents/${late.json().id}/send`), 409, 'quote_expired');
    const moved = await owner.patch(
      `/api/v1/billing-documents/${late.json().id}`,
      { validUntil: inDays(30) },
      {
        'if-match': String(late.json().version),
      },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await owner.post(`/api/v1/billing-documents/${late.json().id}/send`)).json()).toMatchObject({
      validUntil: inDays(30),
      expired: false,
    });
  });
});
