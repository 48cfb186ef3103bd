import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

/*
 * The demo's Policyholders segment is the insurance recipe (docs/recipes/insurance-portal.md) loaded by
 * configuration: what Paula Price finds when she signs in (claims, payment history, a requested claim form), and a
 * claim she files herself through the portal's ticket form with the claim fields.
 */

type Item = Record<string, unknown> & { id: string };

describe('the demo policyholder: claims, premiums and a claim declaration', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let paula: HttpClient;
  let rafael: HttpClient;
  let paulaAccount: string;
  let field: (label: string) => string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    paula = await portal.signedIn('paula.price@policyholders.example');
    rafael = await portal.signedIn('rafael.reyes@policyholders.example');
    paulaAccount = await idOf(portal.ctx.db, 'accounts', 'Paula Price');
    const segment = await idOf(portal.ctx.db, 'segments', 'Policyholders');
    const fields = (await owner.get(`/api/v1/segments/${segment}/ticket-fields`)).json().items as Item[];
    field = (label) => fields.find((item) => item.label === label)!.id;
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => portal?.close());

  const ticketsOf = async (client: HttpClient) => {
    const response = await client.get('/api/v1/tickets?limit=50');
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as Item[];
  };

  it('her claims are tickets with the claim fields filled, one open with a photo and the handler’s reply', async () => {
    const claims = await ticketsOf(paula);
    expect(claims.map((claim) => [claim.subject, claim.status]).sort()).toEqual([
      ['Bicycle stolen from the garden shed', 'solved'],
      ['Water damage in the kitchen', 'open'],
    ]);
    const water = claims.find((claim) => claim.subject === 'Water damage in the kitchen')!;
    expect(water.customFields).toEqual({
      [field('Policy number')]: 'HOM-204817',
      [field('Date of loss')]: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      [field('Claim type')]: 'Water damage',
    });
    const messages = (await paula.get(`/api/v1/tickets/${water.id}/messages`)).json().items as Item[];
    // Newest first: the claim handler's answer, then Paula's description with the photo.
    expect(messages.map((message) => (message.author as { name: string }).name)).toEqual([
      'Olivia Owner',
      'Paula Price',
    ]);
    const [photo] = messages[1]!.attachments as { name: string; contentType: string; downloadUrl: string }[];
    expect(photo).toMatchObject({ name: 'kitchen-floor.jpg', contentType: 'image/jpeg' });
    const download = await paula.get(photo!.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    // Staff see every policyholder's claims, in several states, tagged as claims.
    const all = (await ticketsOf(owner)).filter((ticket) => (ticket.tags as string[]).includes('claim'));
    expect(all.map((ticket) => ticket.status).sort()).toEqual(['new', 'open', 'pending_customer', 'solved']);
  });

  it('another policyholder sees only his own claim: Paula’s is 404 to him', async () => {
    expect((await ticketsOf(rafael)).map((claim) => claim.subject)).toEqual(['Rear-end collision at a traffic light']);
    const water = (await ticketsOf(paula)).find((claim) => claim.subject === 'Water damage in the kitchen')!;
    expectProblem(await rafael.get(`/api/v1/tickets/${water.id}`), 404);
    expectProblem(await rafael.get(`/api/v1/accounts/${paulaAccount}/billing-documents`), 404);
  });

  it('her payment history: four monthly premiums numbered after Acme’s invoice, three paid, this month’s open', async () => {
    const response = await paula.get(`/api/v1/accounts/${paulaAccount}/billing-documents`);
    expect(response.statusCode, response.body).toBe(200);
    const invoices = (response.json().items as Item[]).sort((a, b) => String(a.number).localeCompare(String(b.number)));
    expect(invoices.map((invoice) => [invoice.number, invoice.status, invoice.overdue])).toEqual([
      [`INV-${year}-0002`, 'paid', false],
      [`INV-${year}-0003`, 'paid', false],
      [`INV-${year}-0004`, 'paid', false],
      [`INV-${year}-0005`, 'sent', false],
    ]);
    expect(invoices.map((invoice) => invoice.balance)).toEqual([
      { amount: 0, currency: 'EUR' },
      { amount: 0, currency: 'EUR' },
      { amount: 0, currency: 'EUR' },
      { amount: 3875, currency: 'EUR' },
    ]);
    const payments = (await paula.get(`/api/v1/billing-documents/${invoices[0]!.id}/payments`)).json().items;
    expect(payments).toMatchObject([{ amount: { amount: 3875 }, method: 'bank_transfer' }]);
    const pdf = await paula.get(`/api/v1/billing-documents/${invoices[3]!.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a claim declaration is requested from her, and a claim she files keeps its claim fields', async () => {
    const requested = (await paula.get(`/api/v1/accounts/${paulaAccount}/form-assignments`)).json().items as Item[];
    expect(requested).toMatchObject([{ formName: 'Claim declaration', submittedAt: null }]);

    const missing = await paula.post('/api/v1/tickets', { subject: 'Broken window', body: 'A stone hit it.' });
    expectProblem(missing, 400);
    expect(missing.json().errors).toMatchObject([{ path: `customFields.${field('Policy number')}`, code: 'required' }]);
    const filed = await paula.post('/api/v1/tickets', {
      subject: 'Broken window',
      body: 'A stone from the mower hit the living-room window.',
      customFields: {
        [field('Policy number')]: 'HOM-204817',
        [field('Date of loss')]: `${year}-01-02`,
        [field('Claim type')]: 'Accident',
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ status: 'new', customFields: { [field('Claim type')]: 'Accident' } });
    const seen = (await owner.get(`/api/v1/tickets/${filed.json().id}`)).json();
    expect(seen.customFields[field('Policy number')]).toBe('HOM-204817');
  });
});
