import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { DRIVERS, json, startDocumentsPortal, upload, uploadUrl, type DocumentsPortal } from './support.ts';

interface Result {
  outcome: string;
  versionId: string;
  document: { id: string; versionCount: number };
}

describe.each(DRIVERS)('idempotent uploads on the %s driver', (driver) => {
  let env: DocumentsPortal;
  let alice: HttpClient;
  let adam: HttpClient;
  let acme: string;
  const versionsOf = async (documentId: string) =>
    json<{ items: { id: string }[] }>(await alice.get(`/api/v1/documents/${documentId}/versions`)).items;
  const objectCount = async () =>
    Number((await env.portal.ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM document_versions')).rows[0]!.n);

  beforeAll(async () => {
    env = await startDocumentsPortal(driver);
    acme = env.acme;
    alice = await env.portal.signedIn('alice@acme.example');
    adam = await env.portal.signedIn('adam@acme.example');
  });
  afterAll(() => env.close());

  it('a retry with the same key and bytes gets the first answer and makes no second version', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const first = await upload(alice, uploadUrl(acme, 'retry.txt'), 'the same bytes', 'text/plain', key);
    expect(first.statusCode, first.body).toBe(201);
    const before = await objectCount();
    const again = await upload(alice, uploadUrl(acme, 'retry.txt'), 'the same bytes', 'text/plain', key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(json(again)).toEqual(json(first));
    expect(await objectCount()).toBe(before);
    expect(await versionsOf(json<Result>(first).document.id)).toHaveLength(1);
    // Keys are per user: the same key for someone else is a new upload (here: kept next to alice's file).
    const other = await upload(
      adam,
      uploadUrl(acme, 'retry.txt', '&onConflict=keep-both'),
      'the same bytes',
      'text/plain',
      key,
    );
    expect(json<Result>(other).outcome).toBe('renamed');
  });

  it('the same key with other bytes, name or type is 409 and stores nothing', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const first = json<Result>(await upload(alice, uploadUrl(acme, 'once.txt'), 'AAAA', 'text/plain', key));
    const before = await objectCount();
    expectProblem(
      await upload(alice, uploadUrl(acme, 'once.txt'), 'BBBB', 'text/plain', key),
      409,
      'idempotency_key_reused',
    );
    expectProblem(
      await upload(alice, uploadUrl(acme, 'once.txt'), 'AAAAA', 'text/plain', key),
      409,
      'idempotency_key_reused',
    );
    expectProblem(
      await upload(alice, uploadUrl(acme, 'other.txt'), 'AAAA', 'text/plain', key),
      409,
      'idempotency_key_reused',
    );
    expectProblem(
      await upload(alice, uploadUrl(acme, 'once.txt'), 'AAAA', 'application/octet-stream', key),
      409,
      'idempotency_key_reused',
    );
    expect(await objectCount()).toBe(before);
    expect(await versionsOf(first.document.id)).toHaveLength(1);
    expectProblem(
      await upload(alice, uploadUrl(acme, 'once.txt'), 'AAAA', 'text/plain', { 'idempotency-key': 'short' }),
      400,
    );
  });

  it('a failed attempt frees its key for the retry', async () => {
    const key = { 'idempotency-key': randomUUID() };
    expectProblem(
      await upload(alice, uploadUrl(acme, 'big.bin'), Buffer.alloc(1024 * 1024 + 1), 'application/octet-stream', key),
      413,
      'file_too_large',
    );
    const retry = await upload(alice, uploadUrl(acme, 'big.bin'), Buffer.alloc(10), 'application/octet-stream', key);
    expect(retry.statusCode, retry.body).toBe(201);
  });

  it('concurrent uploads with one key make one version', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const results = await Promise.all(
      [1, 2, 3].map(() => upload(alice, uploadUrl(acme, 'concurrent.txt'), 'one file', 'text/plain', key)),
    );
    const created = results.filter((r) => r.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((r) => r.statusCode !== 201)) expectProblem(r, 409, 'idempotency_in_progress');
    expect(new Set(created.map((r) => json<Result>(r).versionId)).size).toBe(1);
    expect(await versionsOf(json<Result>(created[0]!).document.id)).toHaveLength(1);
  });

  it('new-version uploads honour the key too', async () => {
    const document = json<Result>(await upload(alice, uploadUrl(acme, 'versioned.txt'), 'v1', 'text/plain')).document;
    const key = { 'idempotency-key': randomUUID() };
    const url = `/api/v1/documents/${document.id}/versions`;
    const first = await upload(alice, url, 'v2', 'text/plain', key);
    expect(first.statusCode).toBe(201);
    expect(json(await upload(alice, url, 'v2', 'text/plain', key))).toEqual(json(first));
    expectProblem(await upload(alice, url, 'v3', 'text/plain', key), 409, 'idempotency_key_reused');
    expect(await versionsOf(document.id)).toHaveLength(2);
  });
});
