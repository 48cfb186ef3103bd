import { expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import type { TestPortal } from '../../support/harness.ts';

export const IMPORTS = '/api/v1/imports';

export function uploadCsv(client: HttpClient, body: string | Buffer, fileName = 'people.csv', type = 'text/csv') {
  return client.post(`${IMPORTS}?fileName=${encodeURIComponent(fileName)}`, body, { 'content-type': type });
}

export async function uploadedId(client: HttpClient, body: string | Buffer) {
  const response = await uploadCsv(client, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

export const MAPPING = {
  externalId: 'External ID',
  accountName: 'Company',
  segment: 'Segment',
  email: 'Email',
  personName: 'Name',
  role: 'Role',
  language: 'Language',
};

/** Starts a run, lets the job runner finish it, and returns the import as the console then sees it. */
export async function runToEnd(portal: TestPortal, client: HttpClient, id: string, body: Record<string, unknown>) {
  const started = await client.post(`${IMPORTS}/${id}/run`, { mapping: MAPPING, ...body });
  expect(started.statusCode, started.body).toBe(202);
  await portal.ctx.background.idle();
  const done = (await client.get(`${IMPORTS}/${id}`)).json();
  expect(done.status, JSON.stringify(done)).toBe('done');
  return done;
}

/** A file of `count` accounts, each with one person. */
export function generatedCsv(count: number, prefix = 'gen') {
  const lines = ['External ID,Company,Segment,Email,Name,Role,Language'];
  for (let n = 1; n <= count; n += 1)
    lines.push(`${prefix}-${n},Company ${n},Clients,person${n}@${prefix}.example,Person ${n},member,en`);
  return `${lines.join('\r\n')}\r\n`;
}

export async function countOf(portal: TestPortal, sql: string, params: unknown[] = []) {
  return (await portal.ctx.db.query<{ n: number }>(sql, params)).rows[0]!.n;
}
