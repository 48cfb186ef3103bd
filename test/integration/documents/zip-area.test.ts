import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { DRIVERS, json, startDocumentsPortal, upload, uploadUrl, type DocumentsPortal } from './support.ts';

/** Entry names of a stored (uncompressed) zip, from its central directory records. */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (
    let at = zip.indexOf('PK\u0001\u0002', 0, 'latin1');
    at !== -1;
    at = zip.indexOf('PK\u0001\u0002', at + 4, 'latin1')
  ) {
    const length = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + length).toString('utf8'));
  }
  return names.sort();
}

describe.each(DRIVERS)('area zips on the %s driver', (driver) => {
  let env: DocumentsPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  const zipUrl = (area: string) => `/api/v1/accounts/${acme}/documents/zip?area=${area}`;

  beforeAll(async () => {
    env = await startDocumentsPortal(driver);
    acme = env.acme;
    owner = await env.portal.signedIn('owner@northwind.example');
    alice = await env.portal.signedIn('alice@acme.example');
    bianca = await env.portal.signedIn('bianca@blueharbor.example');
    const folder = json<{ id: string }>(await alice.post(`/api/v1/accounts/${acme}/folders`, { name: 'Area folder' }));
    await upload(alice, uploadUrl(acme, 'top-shared.txt'), 'shared top', 'text/plain');
    await upload(alice, uploadUrl(acme, 'inner.txt', `&folderId=${folder.id}`), 'inner', 'text/plain');
    const binned = json<{ document: { id: string } }>(
      await upload(alice, uploadUrl(acme, 'binned.txt'), 'gone', 'text/plain'),
    );
    await alice.delete(`/api/v1/documents/${binned.document.id}`);
    await upload(owner, uploadUrl(acme, 'top-internal.txt', '&area=internal'), 'staff only', 'text/plain');
  });
  afterAll(() => env.close());

  it('a client zips the whole shared area: top level and folders, nothing trashed, nothing internal', async () => {
    const zip = await alice.get(zipUrl('shared'));
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-disposition']).toMatch(/^attachment; filename="Acme Manufacturing - Shared\.zip"/);
    const entries = zipEntries(zip.rawPayload);
    expect(entries).toEqual(expect.arrayContaining(['top-shared.txt', 'Area folder/', 'Area folder/inner.txt']));
    expect(entries).not.toContain('binned.txt');
    expect(entries.some((name) => name.includes('top-internal'))).toBe(false);
    expect(zip.rawPayload.includes('shared top')).toBe(true);
    expect(
      json<{ abilities: { downloadZip: boolean } }>(await alice.get(`/api/v1/accounts/${acme}/document-space`))
        .abilities.downloadZip,
    ).toBe(true);
  });

  it('hostile names (a Windows drive, backslashes, quotes, HTML) survive zips and downloads for everyone', async () => {
    const names = ['C:\\x', 'C:x', 'a"b;c%.pdf', '<img src=x onerror=alert(1)>.txt', '..\\..\\evil.txt'];
    const folder = json<{ id: string }>(await alice.post(`/api/v1/accounts/${acme}/folders`, { name: 'D:drive' }));
    const stored: { id: string; name: string }[] = [];
    for (const name of names) {
      const created = await upload(alice, uploadUrl(acme, name, `&folderId=${folder.id}&onConflict=keep-both`), 'x');
      expect(created.statusCode, created.body).toBe(201);
      stored.push(json<{ document: { id: string; name: string } }>(created).document);
    }
    for (const document of stored) {
      const download = await owner.get(`/api/v1/documents/${document.id}/download`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toMatch(
        /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/,
      );
    }
    for (const client of [alice, owner]) {
      const area = await client.get(zipUrl('shared'));
      expect(area.statusCode, area.body.slice(0, 200)).toBe(200);
      const entries = zipEntries(area.rawPayload);
      expect(entries).toEqual(expect.arrayContaining(['D_drive/', 'D_drive/C__x', 'D_drive/C_x']));
      for (const entry of entries) expect(entry).not.toMatch(/^[a-zA-Z]:|^\/|(^|\/)\.\.(\/|$)|\\/);
      const folderZip = await client.get(`/api/v1/folders/${folder.id}/zip`);
      expect(folderZip.statusCode).toBe(200);
      expect(zipEntries(folderZip.rawPayload).length).toBe(names.length);
    }
  });

  it('the internal area is staff only; another account is 404', async () => {
    expectProblem(await alice.get(zipUrl('internal')), 404, 'not_found');
    expectProblem(await bianca.get(zipUrl('shared')), 404, 'not_found');
    const internal = await owner.get(zipUrl('internal'));
    expect(internal.statusCode).toBe(200);
    const entries = zipEntries(internal.rawPayload);
    expect(entries).toContain('top-internal.txt');
    expect(entries).not.toContain('top-shared.txt');
    expectProblem(await owner.get(`/api/v1/accounts/${acme}/documents/zip?area=elsewhere`), 400);
  });
});
