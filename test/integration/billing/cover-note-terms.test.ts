import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { startWithoutBilling } from './helpers.ts';

const HTML = '<b>Dear Alice</b> <script>alert(1)</script>';
const COVER = `${HTML}, thank you for your time.\n\nThe second paragraph stays on the portal.`;
const TERMS = 'Fees are due within 14 days. <i>Not italic</i>.';

/** Issue 11: a quote's cover note and any document's terms, from the editor to the portal, PDF, mail and acceptance. */
describe('billing: cover note and terms', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  const create = (body: Record<string, unknown>) => owner.post(`/api/v1/accounts/${acme}/billing-documents`, body);
  const LINE = { description: 'Annual accounts', quantity: 1, unitPrice: 100000, taxRateIds: [] as string[] };

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    alice = await portal.signedIn('alice@acme.example');
    const profile = await owner.put(`/api/v1/accounts/${acme}/billing-profile`, {
      legalName: 'Acme Manufacturing GmbH',
      currency: 'EUR',
      contacts: ['alice@acme.example'],
    });
    expect(profile.statusCode, profile.body).toBe(200);
  });
  afterAll(async () => {
    // The default terms are portal-wide setup: leave them as found for other files on the same database.
    for (const kind of ['quote', 'invoice'])
      await owner.patch(`/api/v1/billing/number-series/${kind}`, { defaultTerms: '' });
    await portal.close();
  });

  it('a cover note only on quotes (400 quotes_only), both fields limited in length', async () => {
    const onInvoice = expectProblem(await create({ kind: 'invoice', coverNote: 'Dear Alice', lines: [LINE] }), 400);
    expect(onInvoice.errors).toEqual([expect.objectContaining({ path: 'coverNote', code: 'quotes_only' })]);
    const draft = (await create({ kind: 'invoice', lines: [LINE] })).json();
    const patched = expectProblem(
      await owner.patch(`/api/v1/billing-documents/${draft.id}`, { coverNote: 'Dear Alice' }),
      400,
    );
    expect(patched.errors).toEqual([expect.objectContaining({ path: 'coverNote', code: 'quotes_only' })]);
    const tooLong = expectProblem(
      await create({ kind: 'quote', coverNote: 'x'.repeat(4001), terms: 'y'.repeat(8001), lines: [LINE] }),
      400,
    );
    expect((tooLong.errors ?? []).map((error: { path: string }) => error.path).sort()).toEqual(['coverNote', 'terms']);
    // Terms belong to any kind.
    const withTerms = await owner.patch(`/api/v1/billing-documents/${draft.id}`, { terms: TERMS });
    expect(withTerms.statusCode, withTerms.body).toBe(200);
    expect(withTerms.json()).toMatchObject({ terms: TERMS, coverNote: '' });
  });

  it('the firm default terms apply to a new draft without terms, never over terms given', async () => {
    const series = await owner.patch('/api/v1/billing/number-series/quote', { defaultTerms: 'Default quote terms.' });
    expect(series.statusCode, series.body).toBe(200);
    expect(series.json().defaultTerms).toBe('Default quote terms.');
    expect((await create({ kind: 'quote', lines: [LINE] })).json().terms).toBe('Default quote terms.');
    expect((await create({ kind: 'quote', terms: 'Own terms', lines: [LINE] })).json().terms).toBe('Own terms');
    expect((await create({ kind: 'quote', terms: '', lines: [LINE] })).json().terms).toBe('');
    // Another kind's default is its own ('' here).
    expect((await create({ kind: 'invoice', lines: [LINE] })).json().terms).toBe('');
    // Only owners and admins set it.
    expect((await alice.patch('/api/v1/billing/number-series/quote', { defaultTerms: 'x' })).statusCode).toBe(403);
  });

  it('the client sees both as text, the PDF prints them, the mail opens with the first paragraph, acceptance keeps the terms', async () => {
    const created = await create({
      kind: 'quote',
      coverNote: COVER,
      terms: TERMS,
      lines: [LINE, { ...LINE, description: 'Payroll add-on', unitPrice: 5000, optional: true }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const edited = await owner.patch(
      `/api/v1/billing-documents/${created.json().id}`,
      { terms: `${TERMS} Edited.` },
      { 'if-match': String(created.json().version) },
    );
    expect(edited.json()).toMatchObject({ coverNote: COVER, terms: `${TERMS} Edited.` });
    const sent = await owner.post(`/api/v1/billing-documents/${created.json().id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    const quote = sent.json();

    const seen = (await alice.get(`/api/v1/billing-documents/${quote.id}`)).json();
    expect(seen).toMatchObject({ coverNote: COVER, terms: `${TERMS} Edited.` });
    const pdf = await pdfText((await alice.get(`/api/v1/billing-documents/${quote.id}/pdf`)).rawPayload);
    expect(pdf).toContain('<b>Dear Alice</b>');
    expect(pdf).toContain('<i>Not italic</i>');
    expect(pdf.indexOf('Dear Alice')).toBeLessThan(pdf.indexOf('Annual accounts'));

    const mail = await lastMailTo(portal, 'alice@acme.example', { containing: quote.number });
    expect(mail?.text_body).toContain('<b>Dear Alice</b>');
    expect(mail?.text_body).not.toContain('second paragraph');
    expect(mail?.html_body).toContain('&lt;b&gt;Dear Alice&lt;/b&gt;');
    expect(mail?.html_body).not.toContain('<script>');

    const accepted = await alice.post(
      `/api/v1/billing-documents/${quote.id}/accept`,
      { fullName: 'Alice Anders', consent: true },
      { 'if-match': String(quote.version) },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    const download = await alice.get(`/api/v1/billing-documents/${quote.id}/pdf`);
    expect(download.headers['x-content-sha256']).not.toBe(quote.pdfSha256);
    const agreed = await pdfText(download.rawPayload);
    expect(agreed).toContain('Accepted by Alice Anders');
    expect(agreed).toContain('Edited.');
  });

  it('8,000 characters of terms flow onto further pages', async () => {
    const words = Array.from({ length: 1000 }, (_, i) => `term${String(i).padStart(3, '0')}`).join(' ');
    const terms = `${words} END`.slice(-8000);
    const created = await create({ kind: 'quote', coverNote: 'Dear Alice', terms, lines: [LINE] });
    expect(created.statusCode, created.body).toBe(201);
    const sent = (await owner.post(`/api/v1/billing-documents/${created.json().id}/send`)).json();
    const text = await pdfText((await owner.get(`/api/v1/billing-documents/${sent.id}/pdf`)).rawPayload);
    expect(text.split('\n').length).toBeGreaterThan(1);
    expect(text).toContain('term999 END');
    expect(text).toContain('term500');
  });
});
