import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Uploads a file to the account's area as the client does (a raw body); returns the document id. */
export async function uploadDocument(
  client: HttpClient,
  accountId: string,
  name: string,
  body: string,
  area = 'shared',
) {
  const response = await client.request(
    'POST',
    `/api/v1/accounts/${accountId}/documents?name=${encodeURIComponent(name)}&area=${area}`,
    Buffer.from(body),
    { 'content-type': 'text/plain' },
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().document.id as string;
}

/** A new version of a document (raw body). */
export async function uploadVersion(client: HttpClient, documentId: string, body: string) {
  const response = await client.request('POST', `/api/v1/documents/${documentId}/versions`, Buffer.from(body), {
    'content-type': 'text/plain',
  });
  expect(response.statusCode, response.body).toBe(201);
}

export async function requestApproval(client: HttpClient, accountId: string, body: Record<string, unknown>) {
  const response = await client.post(`/api/v1/accounts/${accountId}/approvals`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export const decide = (
  client: HttpClient,
  approvalId: string,
  decision: 'approved' | 'changes_requested',
  contentSha256: string,
  extra: Record<string, unknown> = {},
) => client.post(`/api/v1/approvals/${approvalId}/decision`, { decision, contentSha256, ...extra });
