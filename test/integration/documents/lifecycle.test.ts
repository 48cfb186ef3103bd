import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runDocumentJobs,
  sendFileRequestReminders,
  sweepOrphanedObjects,
} from '../../../src/server/modules/documents/index.ts';
import { userIdOf } from '../../support/harness.ts';
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

interface Doc {
  id: string;
  name: string;
  thumbnail: string;
  lastViewedByClientAt: string | null;
  abilities: Record<string, boolean>;
}
const docOf = (response: { json(): unknown }) => (response.json() as { document: Doc }).document;

describe.each(DRIVERS)('document lifecycle on the %s driver', (driver) => {
  let env: DocumentsPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let acme: string;

  beforeAll(async () => {
    env = await startDocumentsPortal(driver, { DOCUMENTS_DEFAULT_QUOTA_BYTES: String(3 * 1024 * 1024) });
    acme = env.acme;
    owner = await env.portal.signedIn('owner@northwind.example');
    alice = await env.portal.signedIn('alice@acme.example');
    adam = await env.portal.signedIn('adam@acme.example');
  });
  afterAll(() => env.close());

  it('the internal area does not exist for clients: not listed, not counted, 404', async () => {
    const internal = docOf(
      await upload(owner, uploadUrl(acme, 'staff-only.txt', '&area=internal'), 'internal', 'text/plain'),
    );
    expectProblem(await alice.get(`/api/v1/documents/${internal.id}`), 404, 'not_found');
    expectProblem(await alice.get(`/api/v1/documents/${internal.id}/download`), 404, 'not_found');
    expectProblem(await alice.get(`/api/v1/accounts/${acme}/documents?area=internal`), 404, 'not_found');
    expectProblem(await upload(alice, uploadUrl(acme, 'sneak.txt', '&area=internal'), 'x'), 404, 'not_found');
    const search = json<{ items: Doc[] }>(await alice.get(`/api/v1/accounts/${acme}/documents?q=staff-only`));
    expect(search.items).toEqual([]);
    expect(json<{ areas: string[] }>(await alice.get(`/api/v1/accounts/${acme}/document-space`)).areas).toEqual([
      'shared',
    ]);
    expect(
      json<{ items: Doc[] }>(await owner.get(`/api/v1/accounts/${acme}/documents?q=staff-only`)).items,
    ).toHaveLength(1);
  });

  it('trash: delete, restore, staff empty it; the 30-day purge frees the quota; deleted files stop downloading at once', async () => {
    const document = docOf(await upload(adam, uploadUrl(acme, 'draft.txt'), 'draft', 'text/plain'));
    const downloadUrl = `/api/v1/documents/${document.id}/download`;
    expect((await alice.get(downloadUrl)).statusCode).toBe(200);
    expect((await adam.delete(`/api/v1/documents/${document.id}`)).statusCode).toBe(200);
    expectProblem(await alice.get(downloadUrl), 404, 'not_found');
    const trash = json<{ items: { id: string; purgeAt: string; abilities: { restore: boolean } }[] }>(
      await adam.get(`/api/v1/accounts/${acme}/trash`),
    );
    expect(trash.items.find((item) => item.id === document.id)?.abilities.restore).toBe(true);
    expect((await adam.post(`/api/v1/documents/${document.id}/restore`)).statusCode).toBe(200);
    expect((await alice.get(downloadUrl)).body).toBe('draft');

    const folder = json<{ id: string }>(await alice.post(`/api/v1/accounts/${acme}/folders`, { name: 'Old stuff' }));
    const inside = docOf(
      await upload(alice, uploadUrl(acme, 'old.txt', `&folderId=${folder.id}`), 'old', 'text/plain'),
    );
    expect((await alice.delete(`/api/v1/folders/${folder.id}`)).statusCode).toBe(200);
    expectProblem(await upload(alice, uploadUrl(acme, 'late.txt', `&folderId=${folder.id}`), 'x'), 404, 'not_found');
    expectProblem(await alice.post(`/api/v1/documents/${inside.id}/restore`), 409, 'restore_folder');
    const usage = async () =>
      json<{ usedBytes: number }>(await owner.get(`/api/v1/accounts/${acme}/document-space`)).usedBytes;
    const before = await usage();
    // Thirty-one days ago (moving the clock instead would end every session of this suite).
    for (const table of ['documents', 'document_folders'])
      await env.portal.ctx.db.query(
        `UPDATE ${table} SET deleted_at = deleted_at - interval '31 days' WHERE deleted_at IS NOT NULL`,
      );
    expect((await runDocumentJobs(env.portal.ctx)).purged).toBeGreaterThanOrEqual(1);
    expect(await usage()).toBe(before - 3);
    expectProblem(await owner.get(`/api/v1/documents/${inside.id}`), 404, 'not_found');

    await upload(alice, uploadUrl(acme, 'bin-me.txt'), 'bin', 'text/plain');
    const binned = json<{ items: Doc[] }>(await owner.get(`/api/v1/accounts/${acme}/documents?q=bin-me`)).items[0]!;
    await alice.delete(`/api/v1/documents/${binned.id}`);
    expectProblem(await alice.delete(`/api/v1/accounts/${acme}/trash`), 403);
    expect((await owner.delete(`/api/v1/accounts/${acme}/trash`)).statusCode).toBe(200);
    expect(json<{ items: unknown[] }>(await owner.get(`/api/v1/accounts/${acme}/trash`)).items).toEqual([]);
  });

  it('client permissions per segment and per account', async () => {
    const segment = (await env.portal.ctx.db.query<{ id: string }>("SELECT id FROM segments WHERE name = 'Clients'"))
      .rows[0]!.id;
    expect((await owner.patch(`/api/v1/segments/${segment}/document-settings`, { upload: false })).statusCode).toBe(
      200,
    );
    expectProblem(await upload(alice, uploadUrl(acme, 'nope.txt'), 'x'), 403);
    expect((await owner.patch(`/api/v1/accounts/${acme}/document-space`, { upload: true })).statusCode).toBe(200);
    expect((await upload(alice, uploadUrl(acme, 'yes.txt'), 'x')).statusCode).toBe(201);
    await owner.patch(`/api/v1/accounts/${acme}/document-space`, { upload: null });
    await owner.patch(`/api/v1/segments/${segment}/document-settings`, { upload: true });
    // Clients delete only their own uploads.
    const staffFile = docOf(await upload(owner, uploadUrl(acme, 'from-staff.txt'), 'x'));
    expect(staffFile.abilities.delete).toBe(true);
    expectProblem(await alice.delete(`/api/v1/documents/${staffFile.id}`), 403);
  });

  it('quota: uploads past it get 413 quota_exceeded, up front and while streaming', async () => {
    await owner.patch(`/api/v1/accounts/${acme}/document-space`, { quotaBytes: 0 });
    expectProblem(await upload(alice, uploadUrl(acme, 'over.bin'), Buffer.alloc(10)), 413, 'quota_exceeded');
    expectProblem(
      await uploadStream(env.portal, alice, uploadUrl(acme, 'over-stream.bin'), Readable.from([Buffer.alloc(10)])),
      413,
      'quota_exceeded',
    );
    await owner.patch(`/api/v1/accounts/${acme}/document-space`, { quotaBytes: null });
  });

  it('If-Match on a version upload: a stale version gets 409 and stores nothing; the current one is accepted', async () => {
    const first = docOf(await upload(owner, uploadUrl(acme, 'budget-if-match.xlsx'), 'v1'));
    const loaded = (await owner.get(`/api/v1/documents/${first.id}`)).json() as { version: number };
    const url = `/api/v1/documents/${first.id}/versions`;
    const headers = { 'if-match': String(loaded.version) };
    // Someone else adds a version after this client loaded the document.
    expect((await upload(owner, url, 'v2 by a colleague')).statusCode).toBe(201);
    const stale = await upload(owner, url, 'v2 from a stale page', 'application/octet-stream', headers);
    expect(expectProblem(stale, 409).code).toBe('stale_version');
    const versions = (await owner.get(`${url}`)).json() as { items: unknown[] };
    expect(versions.items.length).toBe(2);
    const current = (await owner.get(`/api/v1/documents/${first.id}`)).json() as { version: number };
    const fresh = await upload(owner, url, 'v3', 'application/octet-stream', { 'if-match': `"${current.version}"` });
    expect(fresh.statusCode, fresh.body).toBe(201);
  });

  it('a broken upload leaves nothing visible, and a retry succeeds', async () => {
    const failing = new Readable({ read() {} });
    failing.push(Buffer.alloc(1000, 1));
    setImmediate(() => failing.destroy(new Error('connection reset')));
    const broken = await uploadStream(env.portal, alice, uploadUrl(acme, 'flaky.bin'), failing).catch(
      (error: Error) => error,
    );
    if (!(broken instanceof Error)) expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(json<{ items: Doc[] }>(await alice.get(`/api/v1/accounts/${acme}/documents?q=flaky`)).items).toEqual([]);
    const retry = await upload(alice, uploadUrl(acme, 'flaky.bin'), Buffer.alloc(1000, 1));
    expect(retry.statusCode).toBe(201);
    expect(docOf(retry).name).toBe('flaky.bin');
  });

  it('orphaned objects of a killed upload are swept after a day', async () => {
    const key = `documents/${acme}/00000000-0000-7000-8000-000000000001`;
    await env.portal.ctx.db.query('INSERT INTO storage_pending_objects (storage_key, started_at) VALUES ($1, $2)', [
      key,
      env.portal.clock.now(),
    ]);
    await env.portal.ctx.storage.write(key, Readable.from([Buffer.from('orphan')]));
    expect(await sweepOrphanedObjects(env.portal.ctx)).toBe(0);
    await env.portal.ctx.db.query(
      "UPDATE storage_pending_objects SET started_at = started_at - interval '25 hours' WHERE storage_key = $1",
      [key],
    );
    expect(await sweepOrphanedObjects(env.portal.ctx)).toBeGreaterThanOrEqual(1);
    await expect(env.portal.ctx.storage.read(key)).rejects.toThrow();
  });

  it('images get an EXIF-free thumbnail in the background; views are receipts for staff', async () => {
    const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'secret-gps' } } })
      .toBuffer();
    const image = docOf(await upload(alice, uploadUrl(acme, 'photo.jpg'), png, 'image/jpeg'));
    await env.portal.ctx.background.idle();
    const thumbnail = await alice.get(`/api/v1/documents/${image.id}/thumbnail`);
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    const meta = await sharp(thumbnail.rawPayload).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(256);
    expect(meta.exif).toBeUndefined();
    expect((await alice.get(`/api/v1/documents/${image.id}/preview`)).headers['content-disposition']).toMatch(
      /^inline/,
    );
    const seen = json<Doc>(await owner.get(`/api/v1/documents/${image.id}`));
    expect(seen.lastViewedByClientAt).not.toBeNull();
    expect(json<Doc>(await alice.get(`/api/v1/documents/${image.id}`)).lastViewedByClientAt).toBeNull();
    const activity = json<{ items: { action: string; actor: { name: string } }[] }>(
      await owner.get(`/api/v1/documents/${image.id}/activity`),
    );
    expect(activity.items.map((item) => item.action)).toEqual(['viewed', 'uploaded']);
    expect(activity.items[0]!.actor.name).toBe('Alice Archer');
  });

  it('zips a folder on the fly', async () => {
    const folder = json<{ id: string }>(await alice.post(`/api/v1/accounts/${acme}/folders`, { name: 'Zip me' }));
    const sub = json<{ id: string }>(
      await alice.post(`/api/v1/accounts/${acme}/folders`, { name: 'Sub', parentId: folder.id }),
    );
    await upload(alice, uploadUrl(acme, 'a.txt', `&folderId=${folder.id}`), 'aaa', 'text/plain');
    await upload(alice, uploadUrl(acme, '../b.txt', `&folderId=${sub.id}`), 'bbb', 'text/plain');
    const zip = await alice.get(`/api/v1/folders/${folder.id}/zip`);
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const text = zip.rawPayload.toString('latin1');
    expect(text).toContain('a.txt');
    expect(text).toContain('Sub/.._b.txt');
    expect(text).not.toContain('../');
  });

  it('file requests: emailed, uploaded against, returned, accepted; reminders once', async () => {
    const dueSoon = new Date(env.portal.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    const created = await owner.post(`/api/v1/accounts/${acme}/file-requests`, {
      title: '2025 W-2 forms',
      dueDate: dueSoon,
      note: 'One per employer',
    });
    expect(created.statusCode, created.body).toBe(201);
    const request = json<{ id: string; status: string }>(created);
    await env.portal.ctx.background.idle();
    const mails = await env.portal.ctx.db.query<{ to_address: string; subject: string }>(
      "SELECT to_address, subject FROM mail_messages WHERE subject LIKE '%W-2%'",
    );
    expect(mails.rows.map((m) => m.to_address).sort()).toEqual([
      'adam@acme.example',
      'alice@acme.example',
      'sam@consultant.example',
    ]);
    const pending = json<{ items: { id: string }[] }>(
      await alice.get(`/api/v1/accounts/${acme}/file-requests?status=pending`),
    );
    expect(pending.items.map((item) => item.id)).toContain(request.id);
    expect(
      (
        await upload(
          alice,
          `/api/v1/file-requests/${request.id}/uploads?name=w2.pdf`,
          '%PDF-1.4 fake',
          'application/pdf',
        )
      ).statusCode,
    ).toBe(201);
    expectProblem(await alice.post(`/api/v1/file-requests/${request.id}/accept`), 403);
    const returned = await owner.post(`/api/v1/file-requests/${request.id}/return`, { reason: 'Page 2 is missing' });
    expect(json<{ status: string; returnReason: string }>(returned)).toMatchObject({
      status: 'returned',
      returnReason: 'Page 2 is missing',
    });
    expect(await sendFileRequestReminders(env.portal.ctx)).toBeGreaterThanOrEqual(1);
    const sentBefore = (
      await env.portal.ctx.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM file_request_reminders WHERE file_request_id = $1',
        [request.id],
      )
    ).rows[0]!.n;
    await Promise.all([sendFileRequestReminders(env.portal.ctx), sendFileRequestReminders(env.portal.ctx)]);
    expect(
      (
        await env.portal.ctx.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM file_request_reminders WHERE file_request_id = $1',
          [request.id],
        )
      ).rows[0]!.n,
    ).toBe(sentBefore);
    await upload(
      alice,
      `/api/v1/file-requests/${request.id}/uploads?name=w2.pdf&onConflict=new-version`,
      '%PDF-1.4 complete',
      'application/pdf',
    );
    const accepted = json<{ status: string; documents: { name: string }[] }>(
      await owner.post(`/api/v1/file-requests/${request.id}/accept`),
    );
    expect(accepted.status).toBe('accepted');
    expect(accepted.documents.map((d) => d.name)).toEqual(['w2.pdf']);
  });

  it('a removed member loses access at once, also to links already handed out', async () => {
    const document = docOf(await upload(owner, uploadUrl(acme, 'for-adam.txt'), 'x', 'text/plain'));
    const link = `/api/v1/documents/${document.id}/download`;
    expect((await adam.get(link)).statusCode).toBe(200);
    const adamId = await userIdOf(env.portal.ctx.db, 'adam@acme.example');
    expect((await alice.delete(`/api/v1/accounts/${acme}/members/${adamId}`)).statusCode).toBe(200);
    expectProblem(await adam.get(link), 404, 'not_found');
  });
});
