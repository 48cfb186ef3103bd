import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import {
  DRIVERS,
  json,
  startDocumentsPortal,
  upload,
  uploadStream,
  uploadUrl,
  type DocumentsPortal,
} from './support.ts';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe.each(DRIVERS)('documents on the %s driver', (driver) => {
  let env: DocumentsPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;

  beforeAll(async () => {
    env = await startDocumentsPortal(driver);
    acme = env.acme;
    owner = await env.portal.signedIn('owner@northwind.example');
    alice = await env.portal.signedIn('alice@acme.example');
    bianca = await env.portal.signedIn('bianca@blueharbor.example');
  });
  afterAll(() => env.close());

  it('uploads, lists, downloads with the checksum recorded', async () => {
    const response = await upload(alice, uploadUrl(acme, 'hello.txt'), 'hello world\n', 'text/plain');
    expect(response.statusCode, response.body).toBe(201);
    const { document, outcome } = json<{
      document: { id: string; sha256: string; sizeBytes: number; previewKind: string; name: string };
      outcome: string;
    }>(response);
    expect(outcome).toBe('created');
    expect(document).toMatchObject({
      name: 'hello.txt',
      sizeBytes: 12,
      sha256: sha256('hello world\n'),
      previewKind: 'text',
    });
    const list = json<{ items: { name: string }[] }>(await alice.get(`/api/v1/accounts/${acme}/documents`));
    expect(list.items.map((item) => item.name)).toContain('hello.txt');
    const download = await alice.get(`/api/v1/documents/${document.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('hello world\n');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="hello.txt"; filename*=UTF-8''hello.txt`,
    );
    expect(download.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const preview = await alice.get(`/api/v1/documents/${document.id}/preview`);
    expect(preview.headers['content-disposition']).toMatch(/^inline/);
    expect(preview.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('same name in the same folder becomes a new version when chosen; any version downloads and restores', async () => {
    const first = json<{ document: { id: string } }>(
      await upload(alice, uploadUrl(acme, 'Report.pdf'), 'version one', 'application/pdf'),
    );
    const second = await upload(
      owner,
      uploadUrl(acme, 'report.PDF', '&onConflict=new-version'),
      'version two',
      'application/pdf',
    );
    expect(second.statusCode).toBe(201);
    expect(json<{ outcome: string; document: { id: string; versionCount: number } }>(second)).toMatchObject({
      outcome: 'new_version',
      document: { id: first.document.id, versionCount: 2 },
    });
    const versions = json<{ items: { id: string; number: number; sha256: string; uploadedBy: { name: string } }[] }>(
      await alice.get(`/api/v1/documents/${first.document.id}/versions`),
    );
    expect(versions.items.map((v) => v.number)).toEqual([2, 1]);
    expect(versions.items[1]!.sha256).toBe(sha256('version one'));
    expect(versions.items[0]!.uploadedBy.name).toBe('Olivia Owner');
    const old = await alice.get(`/api/v1/documents/${first.document.id}/download?versionId=${versions.items[1]!.id}`);
    expect(old.body).toBe('version one');
    const restored = await alice.post(
      `/api/v1/documents/${first.document.id}/versions/${versions.items[1]!.id}/restore`,
    );
    expect(restored.statusCode, restored.body).toBe(201);
    expect((await alice.get(`/api/v1/documents/${first.document.id}/download`)).body).toBe('version one');
  });

  it('concurrent new-version uploads of one name never lose a version', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        upload(alice, uploadUrl(acme, 'race.txt', '&onConflict=new-version'), `upload ${n}`, 'text/plain'),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    const ids = new Set(results.map((r) => json<{ document: { id: string } }>(r).document.id));
    expect(ids.size).toBe(1);
    const versions = json<{ items: { sha256: string }[] }>(
      await alice.get(`/api/v1/documents/${[...ids][0]}/versions`),
    );
    expect(versions.items.map((v) => v.sha256).sort()).toEqual([1, 2, 3, 4].map((n) => sha256(`upload ${n}`)).sort());
  });

  it('bad file names are stored safely and sent correctly encoded', async () => {
    const cases: [string, string][] = [
      ['../../etc/passwd', '.._.._etc_passwd'],
      ['..\\..\\boot.ini', '.._.._boot.ini'],
      ['bad\u0000name.txt', 'badname.txt'],
      ['tab\u0007bell\u001b.txt', 'tabbell.txt'],
      ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
      ['<img src=x onerror=alert(1)>.html', '<img src=x onerror=alert(1)>.html'],
      ['Überweisung „März“ 日本.pdf', 'Überweisung „März“ 日本.pdf'],
    ];
    for (const [raw, stored] of cases) {
      const response = await upload(alice, uploadUrl(acme, raw), 'x', 'application/octet-stream');
      expect(response.statusCode, `${raw}: ${response.body}`).toBe(201);
      const document = json<{ document: { id: string; name: string } }>(response).document;
      expect(document.name).toBe(stored);
      const download = await alice.get(`/api/v1/documents/${document.id}/download`);
      const disposition = String(download.headers['content-disposition']);
      expect(disposition).toMatch(
        /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/,
      );
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(stored);
    }
    const long = json<{ document: { name: string } }>(
      await upload(alice, uploadUrl(acme, `${'a'.repeat(1000)}.pdf`), 'x'),
    );
    expect([...long.document.name]).toHaveLength(255);
    expect(long.document.name.endsWith('.pdf')).toBe(true);
  });

  it('HTML, SVG and XML are never inline, whatever they claim', async () => {
    for (const [name, type, body] of [
      ['page.html', 'text/html', '<script>alert(1)</script>'],
      ['image.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
      ['data.xml', 'text/xml', '<?xml version="1.0"?><a/>'],
      ['fake.png', 'image/png', '<html><script>alert(1)</script></html>'],
    ] as const) {
      const document = json<{ document: { id: string; previewKind: string } }>(
        await upload(alice, uploadUrl(acme, name), body, type),
      ).document;
      expect(document.previewKind, name).toBe('other');
      const preview = await alice.get(`/api/v1/documents/${document.id}/preview`);
      expectProblem(preview, 409, 'not_previewable');
      const download = await alice.get(`/api/v1/documents/${document.id}/download`);
      expect(download.headers['content-disposition']).toMatch(/^attachment/);
      expect(download.headers['content-security-policy']).toMatch(/^sandbox/);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('empty files are allowed; oversized ones get 413 up front and while streaming, leaving nothing behind', async () => {
    const empty = await upload(alice, uploadUrl(acme, 'empty.txt'), Buffer.alloc(0), 'text/plain');
    expect(empty.statusCode, empty.body).toBe(201);
    expect(json<{ document: { sizeBytes: number } }>(empty).document.sizeBytes).toBe(0);
    expectProblem(
      await upload(alice, uploadUrl(acme, 'big.bin'), Buffer.alloc(1024 * 1024 + 1)),
      413,
      'file_too_large',
    );
    const chunks = Readable.from(
      (function* () {
        for (let i = 0; i < 40; i += 1) yield Buffer.alloc(64 * 1024, 1);
      })(),
    );
    expectProblem(
      await uploadStream(env.portal, alice, uploadUrl(acme, 'big-stream.bin'), chunks),
      413,
      'file_too_large',
    );
    const { rows } = await env.portal.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM documents WHERE name LIKE 'big%'",
    );
    expect(rows[0]!.n).toBe(0);
    const pending = await env.portal.ctx.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM storage_pending_objects',
    );
    expect(pending.rows[0]!.n).toBe(0);
  });

  it('another account’s documents, folders, previews and zips are 404, like missing ones', async () => {
    const document = json<{ document: { id: string } }>(
      await upload(alice, uploadUrl(acme, 'secret.txt'), 'secret', 'text/plain'),
    ).document;
    const folder = json<{ id: string }>(await alice.post(`/api/v1/accounts/${acme}/folders`, { name: 'Private' }));
    for (const url of [
      `/api/v1/documents/${document.id}`,
      `/api/v1/documents/${document.id}/download`,
      `/api/v1/documents/${document.id}/preview`,
      `/api/v1/documents/${document.id}/thumbnail`,
      `/api/v1/documents/${document.id}/versions`,
      `/api/v1/folders/${folder.id}`,
      `/api/v1/folders/${folder.id}/zip`,
    ]) {
      expectProblem(await bianca.get(url), 404, 'not_found');
    }
    const blue = (await bianca.get('/api/v1/me')).json().activeAccountId as string;
    expectProblem(
      await upload(bianca, `/api/v1/accounts/${blue}/documents?name=x.txt&folderId=${folder.id}`, 'x'),
      404,
      'not_found',
    );
    expectProblem(await upload(bianca, uploadUrl(acme, 'x.txt'), 'x'), 404, 'not_found');
  });
});
