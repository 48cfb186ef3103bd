import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect } from 'vitest';
import { idOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

/** A small PDF of `pages` pages with a line of text on each. */
export async function makePdf(pages = 2, text = 'Engagement terms') {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) doc.addPage([595, 842]).drawText(`${text}, page ${n}`, { x: 50, y: 780, font });
  return Buffer.from(await doc.save());
}

/** Uploads a PDF to the account's shared documents as staff do (a raw body); returns the document id. */
export async function uploadPdf(client: HttpClient, accountId: string, name: string, body: Buffer) {
  const response = await client.request(
    'POST',
    `/api/v1/accounts/${accountId}/documents?name=${encodeURIComponent(name)}&area=shared`,
    body,
    { 'content-type': 'application/pdf' },
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().document.id as string;
}

export async function sendEnvelope(client: HttpClient, accountId: string, body: Record<string, unknown>) {
  const response = await client.post(`/api/v1/accounts/${accountId}/signature-envelopes`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A tiny valid PNG (1x1), as a canvas would send a drawing. */
export const DRAWN =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const sign = (
  client: HttpClient,
  envelopeId: string,
  contentSha256: string,
  signature: Record<string, unknown> = { kind: 'typed', name: 'Signer' },
  extra: Record<string, unknown> = {},
  headers?: Record<string, string>,
) =>
  client.post(
    `/api/v1/signature-envelopes/${envelopeId}/signature`,
    { contentSha256, consent: true, signature, ...extra },
    headers,
  );

export const WITH_SIGNATURES = ['documents', 'messages', 'billing', 'projects', 'approvals', 'signatures'];

/** Switches the signatures module on for the demo's Clients segment, as staff would in the console. */
export async function switchSignaturesOn(portal: TestPortal, owner: HttpClient, modules = WITH_SIGNATURES) {
  const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  const response = await owner.patch(`/api/v1/segments/${clients}`, { modules });
  expect(response.statusCode, response.body).toBe(200);
  return clients;
}

/** An envelope of the engagement letter sent to one signer of the account (the cross-account walk's target). */
export async function envelopeOf(owner: HttpClient, accountId: string, signerId: string) {
  const sent = await sendEnvelope(owner, accountId, {
    title: 'Engagement letter',
    source: { kind: 'template', fees: { amount: 100000, currency: 'EUR' }, date: '2027-01-01' },
    signerIds: [signerId],
  });
  return sent.id as string;
}
