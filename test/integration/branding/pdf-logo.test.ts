import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

/** Issue 14: the segment's logo on its accounts' billing PDFs (invoices, quotes, credit notes and statements). */
describe('the segment logo on billing PDFs', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let clients: string;
  let draftId: string;
  const imagesIn = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const modules = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    expect(modules.statusCode, modules.body).toBe(200);
    const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'invoice',
      lines: [{ description: 'Annual accounts', quantity: 1, unitPrice: 150000 }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    draftId = draft.json().id;
  });
  afterAll(() => portal.close());

  it('draws no logo while the segment has none, and the segment’s logo once uploaded', async () => {
    const before = await owner.get(`/api/v1/billing-documents/${draftId}/pdf`);
    expect(before.statusCode, before.body.slice(0, 200)).toBe(200);
    expect(imagesIn(before.rawPayload)).toBe(0);
    const statementBefore = await owner.get(`/api/v1/accounts/${acme}/billing-statement.pdf`);
    expect(statementBefore.statusCode).toBe(200);
    expect(imagesIn(statementBefore.rawPayload)).toBe(0);

    const logo = await sharp({ create: { width: 240, height: 60, channels: 3, background: '#7a1f5c' } })
      .png()
      .toBuffer();
    const uploaded = await owner.put(`/api/v1/segments/${clients}/branding/logo`, logo, {
      'content-type': 'image/png',
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);

    const after = await owner.get(`/api/v1/billing-documents/${draftId}/pdf`);
    expect(imagesIn(after.rawPayload)).toBe(1);
    const statement = await owner.get(`/api/v1/accounts/${acme}/billing-statement.pdf`);
    expect(imagesIn(statement.rawPayload)).toBe(1);
  });
});
