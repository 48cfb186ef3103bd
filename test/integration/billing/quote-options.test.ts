import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { expectProblem, randomId, withoutRequestId } from '../platform/problem-assertions.ts';
import { startWithoutBilling } from './helpers.ts';

interface Line {
  id: string;
  description: string;
  optional: boolean;
  selected: boolean;
  total: { amount: number };
}

/** Quotes with optional lines: staff mark them, the client ticks them, acceptance and the invoice keep the choice. */
describe('billing: optional quote lines the client ticks', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let vat: string;
  const inDays = (days: number) =>
    new Date(portal.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const lineOf = (document: { lines: Line[] }, description: string) =>
    document.lines.find((line) => line.description === description)!;
  const select = (client: HttpClient, id: string, lines: { lineId: string; selected: boolean }[], version?: number) =>
    client.patch(
      `/api/v1/billing-documents/${id}/selection`,
      { lines },
      version === undefined ? {} : { 'if-match': String(version) },
    );
  const accept = (id: string, version?: number) =>
    alice.post(
      `/api/v1/billing-documents/${id}/accept`,
      { fullName: 'Alice Anders', consent: true },
      version === undefined ? {} : { 'if-match': String(version) },
    );

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    alice = await portal.signedIn('alice@acme.example');
    vat = (await owner.post('/api/v1/billing/tax-rates', { name: 'VAT', rate: 20 })).json().id;
    const profile = await owner.put(`/api/v1/accounts/${acme}/billing-profile`, {
      legalName: 'Acme Manufacturing GmbH',
      currency: 'EUR',
      // Alice reads German; the shared mailbox gets the portal's English.
      contacts: ['alice@acme.example', 'accounts@acme.example'],
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const language = await alice.patch('/api/v1/me', { locale: 'de' });
    expect(language.statusCode, language.body).toBe(200);
  });
  afterAll(() => portal.close());

  const LINES = [
    { description: 'Annual accounts', quantity: 1, unitPrice: 100000, taxRateIds: [] as string[] },
    { description: 'Payroll add-on', quantity: 2, unitPrice: 10000, optional: true },
    { description: 'Tax review', quantity: 1, unitPrice: 5000, optional: true, selected: true },
  ];
  let quote: { id: string; number: string; version: number; pdfSha256: string; lines: Line[] };

  it('staff mark quote lines optional (never on an invoice); only ticked lines count; the mail states the date', async () => {
    const lines = LINES.map((line) => ({ ...line, taxRateIds: [vat] }));
    const onInvoice = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-documents`, { kind: 'invoice', lines }),
      400,
    );
    expect(onInvoice.errors).toEqual([
      expect.objectContaining({ path: 'lines.1.optional', code: 'quotes_only' }),
      expect.objectContaining({ path: 'lines.2.optional', code: 'quotes_only' }),
    ]);
    const untickedRequired = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
        kind: 'quote',
        lines: [{ ...lines[0], selected: false }],
      }),
      400,
    );
    expect(untickedRequired.errors).toEqual([
      expect.objectContaining({ path: 'lines.0.selected', code: 'line_required' }),
    ]);
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
        kind: 'quote',
        lines: [{ ...lines[1], optional: 'yes' }],
      }),
      400,
    );

    const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      validUntil: inDays(20),
      discount: { type: 'percent', value: 10 },
      lines,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const created = draft.json();
    expect(created.lines.map((line: Line) => [line.description, line.optional, line.selected])).toEqual([
      ['Annual accounts', false, true],
      ['Payroll add-on', true, false],
      ['Tax review', true, true],
    ]);
    // 1,000.00 + 50.00 ticked, 10 % off: 945.00 + 20 % VAT = 1,134.00; the unticked add-on shows its own price.
    expect(created).toMatchObject({ subtotal: { amount: 105000 }, tax: { amount: 18900 }, total: { amount: 113400 } });
    expect(lineOf(created, 'Payroll add-on').total.amount).toBe(24000);
    // A draft kept as is when only its notes change: the lines keep their marks.
    const patched = await owner.patch(
      `/api/v1/billing-documents/${created.id}`,
      { notes: 'Options as discussed' },
      { 'if-match': String(created.version) },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().lines.map((line: Line) => line.optional)).toEqual([false, true, true]);

    const sent = await owner.post(`/api/v1/billing-documents/${created.id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    quote = sent.json();
    // Staff cannot change a sent quote's lines.
    expectProblem(
      await owner.patch(`/api/v1/billing-documents/${quote.id}`, { lines }, { 'if-match': String(quote.version) }),
      409,
      'not_a_draft',
    );
    const pdf = await pdfText((await alice.get(`/api/v1/billing-documents/${quote.id}/pdf`)).rawPayload);
    expect(pdf).toContain('Optional item, not included in the total');
    expect(pdf).toContain('Optional item, included in the total');

    const day = new Date(`${inDays(20)}T00:00:00Z`);
    const german = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(day);
    const english = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(day);
    const toAlice = await lastMailTo(portal, 'alice@acme.example', { containing: quote.number });
    expect(toAlice?.text_body).toContain(`Dieses Angebot ist gültig bis ${german}.`);
    const toShared = await lastMailTo(portal, 'accounts@acme.example', { containing: quote.number });
    expect(toShared?.text_body).toContain(`This quote is valid until ${english}.`);
  });

  it('the client ticks an optional line: the totals follow at once and the choice survives a reload', async () => {
    const addOn = lineOf(quote, 'Payroll add-on');
    expect((await alice.get(`/api/v1/billing-documents/${quote.id}`)).json().abilities).toMatchObject({
      selectOptions: true,
      accept: true,
    });
    const ticked = await select(alice, quote.id, [{ lineId: addOn.id, selected: true }], quote.version);
    expect(ticked.statusCode, ticked.body).toBe(200);
    // 1,200.00 + 50.00, 10 % off: 1,125.00 + 20 % VAT = 1,350.00.
    expect(ticked.json()).toMatchObject({
      subtotal: { amount: 125000 },
      discountTotal: { amount: 12500 },
      tax: { amount: 22500 },
      taxes: [{ name: 'VAT', amount: { amount: 22500 } }],
      total: { amount: 135000 },
      version: quote.version + 1,
    });
    const reloaded = (await alice.get(`/api/v1/billing-documents/${quote.id}`)).json();
    expect(lineOf(reloaded, 'Payroll add-on').selected).toBe(true);
    expect(reloaded.total.amount).toBe(135000);
    // The same figures as a quote with those lines only: one rounding rule, whichever way the lines came in.
    const reference = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      discount: { type: 'percent', value: 10 },
      lines: LINES.map(({ optional: _o, selected: _s, ...line }) => ({ ...line, taxRateIds: [vat] })),
    });
    expect(reference.json()).toMatchObject({
      subtotal: reloaded.subtotal,
      discountTotal: reloaded.discountTotal,
      tax: reloaded.tax,
      total: reloaded.total,
    });
    await owner.delete(`/api/v1/billing-documents/${reference.json().id}`);
    // Unticking the tax review takes it back out.
    const review = lineOf(quote, 'Tax review');
    const unticked = (await select(alice, quote.id, [{ lineId: review.id, selected: false }])).json();
    expect(unticked.total.amount).toBe(129600);
    expect(lineOf(unticked, 'Tax review')).toMatchObject({ selected: false, optional: true });
    // The console reads the same choice.
    expect((await owner.get(`/api/v1/billing-documents/${quote.id}`)).json().total.amount).toBe(129600);
    quote = unticked;
  });

  it('bad choices are refused with 400 and change nothing; only the account admin chooses', async () => {
    const required = lineOf(quote, 'Annual accounts');
    const addOn = lineOf(quote, 'Payroll add-on');
    const untick = expectProblem(await select(alice, quote.id, [{ lineId: required.id, selected: false }]), 400);
    expect(untick.errors).toEqual([expect.objectContaining({ path: 'lines.0.selected', code: 'line_required' })]);
    const unknown = expectProblem(await select(alice, quote.id, [{ lineId: randomId(), selected: true }]), 400);
    expect(unknown.errors).toEqual([expect.objectContaining({ path: 'lines.0.lineId', code: 'unknown_line' })]);
    const twice = expectProblem(
      await select(alice, quote.id, [
        { lineId: addOn.id, selected: false },
        { lineId: addOn.id, selected: true },
      ]),
      400,
    );
    expect(twice.errors).toEqual([expect.objectContaining({ path: 'lines.1.lineId', code: 'duplicate_line' })]);
    for (const body of [
      { lines: [] },
      { lines: 'all' },
      { lines: [{ lineId: addOn.id, selected: 'yes' }] },
      { lines: [{ lineId: '<b>x</b>', selected: true }] },
      { lines: [{ lineId: addOn.id, selected: true }], total: 1 },
      { lines: Array.from({ length: 201 }, () => ({ lineId: addOn.id, selected: true })) },
    ])
      expectProblem(await alice.patch(`/api/v1/billing-documents/${quote.id}/selection`, body), 400);
    expectProblem(await select(alice, quote.id, [{ lineId: addOn.id, selected: false }], quote.version - 1), 409);
    const adam = await portal.signedIn('adam@acme.example');
    expect((await adam.get(`/api/v1/billing-documents/${quote.id}`)).json().abilities.selectOptions).toBe(false);
    expectProblem(await select(adam, quote.id, [{ lineId: addOn.id, selected: false }]), 403);
    expectProblem(await select(owner, quote.id, [{ lineId: addOn.id, selected: false }]), 403);
    const after = (await alice.get(`/api/v1/billing-documents/${quote.id}`)).json();
    expect({ total: after.total.amount, version: after.version }).toEqual({ total: 129600, version: quote.version });
  });

  it('a quote of another account reads as missing', async () => {
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    const addOn = lineOf(quote, 'Payroll add-on');
    const foreign = await select(bianca, quote.id, [{ lineId: addOn.id, selected: false }]);
    const missing = await select(bianca, randomId(), [{ lineId: addOn.id, selected: false }]);
    expectProblem(foreign, 404, 'not_found');
    expect(withoutRequestId(foreign)).toEqual(withoutRequestId(missing));
  });

  it('acceptance keeps exactly the lines chosen: the accepted PDF and the invoice carry only those', async () => {
    // Accepting what another window has since changed is refused: the client accepts what it saw.
    expectProblem(await accept(quote.id, quote.version - 1), 409, 'stale_version');
    const accepted = await accept(quote.id, quote.version);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', total: { amount: 129600 } });
    const addOn = lineOf(quote, 'Payroll add-on');
    expectProblem(await select(alice, quote.id, [{ lineId: addOn.id, selected: false }]), 409, 'quote_closed');

    const download = await alice.get(`/api/v1/billing-documents/${quote.id}/pdf`);
    expect(download.headers['x-content-sha256']).not.toBe(quote.pdfSha256);
    const agreed = await pdfText(download.rawPayload);
    expect(agreed).toContain('Annual accounts');
    expect(agreed).toContain('Payroll add-on');
    expect(agreed).not.toContain('Tax review');
    expect(agreed).not.toContain('Optional item');
    expect(agreed).toContain('Accepted by Alice Anders');

    const { rows } = await portal.ctx.db.query<{ details: { chosenOptions: unknown; declinedOptions: unknown } }>(
      "SELECT details FROM audit_events WHERE action = 'billing.quote_accepted' AND target_id = $1",
      [quote.id],
    );
    expect(rows[0]!.details).toMatchObject({
      chosenOptions: [{ lineId: addOn.id, description: 'Payroll add-on' }],
      declinedOptions: [{ description: 'Tax review' }],
    });

    const made = await owner.post(`/api/v1/billing-documents/${quote.id}/invoice`);
    expect(made.statusCode, made.body).toBe(201);
    const invoice = made.json();
    expect(invoice.lines.map((line: Line) => [line.description, line.optional, line.selected])).toEqual([
      ['Annual accounts', false, true],
      ['Payroll add-on', false, true],
    ]);
    expect(invoice.total.amount).toBe(129600);
    const issued = (await owner.post(`/api/v1/billing-documents/${invoice.id}/send`)).json();
    expect(issued).toMatchObject({ status: 'sent', total: { amount: 129600 } });
    const invoicePdf = await pdfText((await alice.get(`/api/v1/billing-documents/${invoice.id}/pdf`)).rawPayload);
    expect(invoicePdf).not.toContain('Tax review');
    // A subscription from the quote takes the accepted lines too; the option left out is not a line of it.
    const plan = { interval: { unit: 'month' }, startDate: inDays(0) };
    const unchosen = expectProblem(
      await owner.post(`/api/v1/billing-documents/${quote.id}/subscription`, { ...plan, linePositions: [2] }),
      400,
    );
    expect(unchosen.errors).toEqual([expect.objectContaining({ code: 'unknown_line' })]);
    const subscription = await owner.post(`/api/v1/billing-documents/${quote.id}/subscription`, plan);
    expect(subscription.statusCode, subscription.body).toBe(201);
    expect(subscription.json().lines.map((line: { description: string }) => line.description)).toEqual([
      'Annual accounts',
      'Payroll add-on',
    ]);
  });

  it('accept while another window changes the options: one consistent result, never both', async () => {
    for (let round = 0; round < 3; round += 1) {
      const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
        kind: 'quote',
        lines: LINES.map((line) => ({ ...line, taxRateIds: [vat] })),
      });
      const sent = (await owner.post(`/api/v1/billing-documents/${draft.json().id}/send`)).json();
      const addOn = lineOf(sent, 'Payroll add-on');
      // With If-Match, as the portal accepts: the first to lock the quote wins, the other gets 409.
      const [acceptance, change] = await Promise.all([
        accept(sent.id, sent.version),
        select(alice, sent.id, [{ lineId: addOn.id, selected: true }]),
      ]);
      const final = (await alice.get(`/api/v1/billing-documents/${sent.id}`)).json();
      if (acceptance.statusCode === 200) {
        expectProblem(change, 409, 'quote_closed');
        expect(lineOf(final, 'Payroll add-on').selected).toBe(false);
      } else {
        expectProblem(acceptance, 409, 'stale_version');
        expect(change.statusCode).toBe(200);
        expect(final.status).toBe('sent');
        expect(lineOf(final, 'Payroll add-on').selected).toBe(true);
      }
      // Whatever came first, the figures are those of the lines ticked.
      const ticked = final.lines.filter((line: Line) => line.selected);
      expect(final.total.amount).toBe(ticked.reduce((sum: number, line: Line) => sum + line.total.amount, 0));
      // Without If-Match the answer takes the ticks as they are when it locks the quote.
      if (final.status === 'sent') {
        const review = lineOf(final, 'Tax review');
        const [late, other] = await Promise.all([
          accept(sent.id),
          select(alice, sent.id, [{ lineId: review.id, selected: false }]),
        ]);
        expect(late.statusCode, late.body).toBe(200);
        const settled = (await alice.get(`/api/v1/billing-documents/${sent.id}`)).json();
        expect(settled.status).toBe('accepted');
        if (other.statusCode !== 200) expectProblem(other, 409, 'quote_closed');
        const kept = settled.lines.filter((line: Line) => line.selected);
        expect(settled.total.amount).toBe(kept.reduce((sum: number, line: Line) => sum + line.total.amount, 0));
        const invoice = (await owner.post(`/api/v1/billing-documents/${sent.id}/invoice`)).json();
        expect(invoice.lines.map((line: Line) => line.description)).toEqual(kept.map((line: Line) => line.description));
        expect(invoice.total.amount).toBe(settled.total.amount);
      }
    }
  });

  it('past its valid-until date the options can no longer be changed', async () => {
    const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      validUntil: inDays(1),
      lines: LINES.map((line) => ({ ...line, taxRateIds: [vat] })),
    });
    const sent = (await owner.post(`/api/v1/billing-documents/${draft.json().id}/send`)).json();
    portal.clock.advanceMinutes(3 * 24 * 60);
    alice = await portal.signedIn('alice@acme.example');
    const addOn = lineOf(sent, 'Payroll add-on');
    expectProblem(await select(alice, sent.id, [{ lineId: addOn.id, selected: true }]), 409, 'quote_expired');
    expect((await alice.get(`/api/v1/billing-documents/${sent.id}`)).json().abilities.selectOptions).toBe(false);
  });
});
