import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { startWithoutBilling } from './helpers.ts';

/**
 * The console's "Edit draft" stands on the document's `update` ability and on PATCH replacing the lines: what the
 * editor saves is what the sent PDF and its mail carry, and only owners and admins see the ability on a draft.
 */
describe('billing: editing a draft before sending it', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    const profile = await owner.put(`/api/v1/accounts/${acme}/billing-profile`, {
      legalName: 'Acme Manufacturing GmbH',
      currency: 'EUR',
      contacts: ['accounts@acme.example'],
    });
    expect(profile.statusCode, profile.body).toBe(200);
  });
  afterAll(() => portal.close());

  it('the edit ability is for owners and admins on drafts; the sent quote carries the edited lines', async () => {
    const created = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'quote',
      lines: [
        { description: 'Monthly bookkeeping', quantity: 1, unitPrice: 50000 },
        { description: 'Payroll', quantity: 1, unitPrice: 20000 },
        { description: 'Filing cabinet clean-up', quantity: 1, unitPrice: 10000 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft.abilities.update).toBe(true);
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get(`/api/v1/billing-documents/${draft.id}`)).json().abilities.update).toBe(false);
    expectProblem(await agent.patch(`/api/v1/billing-documents/${draft.id}`, { notes: 'x' }), 403);

    // What the editor sends: every line again (changed quantity, one removed, an optional one added), no totals.
    const edited = await owner.patch(
      `/api/v1/billing-documents/${draft.id}`,
      {
        notes: 'Valid for the 2027 season.',
        discount: null,
        validUntil: null,
        lines: [
          { description: 'Monthly bookkeeping', quantity: 2, unitPrice: 50000, discount: null, taxRateIds: [] },
          { description: 'Payroll', quantity: 1, unitPrice: 20000, discount: null, taxRateIds: [] },
          {
            description: 'Payroll add-on',
            quantity: 1,
            unitPrice: 30000,
            discount: null,
            taxRateIds: [],
            optional: true,
            selected: false,
          },
        ],
      },
      { 'if-match': String(draft.version) },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ total: { amount: 120000 }, version: draft.version + 1 });
    expect(edited.json().lines.map((line: { description: string }) => line.description)).toEqual([
      'Monthly bookkeeping',
      'Payroll',
      'Payroll add-on',
    ]);
    // A second window that started from the first version is refused, and says why.
    expectProblem(
      await owner.patch(
        `/api/v1/billing-documents/${draft.id}`,
        { notes: 'from the other tab' },
        { 'if-match': String(draft.version) },
      ),
      409,
      'stale_version',
    );

    const sent = await owner.post(`/api/v1/billing-documents/${draft.id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', total: { amount: 120000 }, abilities: { update: false } });
    const pdf = await owner.get(`/api/v1/billing-documents/${draft.id}/pdf`);
    const text = await pdfText(pdf.rawPayload);
    for (const expected of ['Monthly bookkeeping', 'Payroll add-on', '€1,200.00', 'Valid for the 2027 season.'])
      expect(text).toContain(expected);
    expect(text).not.toContain('Filing cabinet');

    // The mail carries that same PDF (its hash).
    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
    const { rows } = await portal.ctx.db.query<{ headers: Record<string, string> }>(
      "SELECT headers FROM mail_messages WHERE to_address = 'accounts@acme.example' AND subject LIKE 'Quote%'",
    );
    expect(rows).toEqual([
      { headers: { 'X-Portico-Attachment': `Q-${year}-0001.pdf; sha256=${sent.json().pdfSha256}` } },
    ]);
  });
});
