import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { json, startDocumentsPortal, upload, uploadUrl, type DocumentsPortal } from './support.ts';

// Name collisions never silently version someone else's document; file-request uploads land in the request's own
// folder. The logic is the same on every storage driver, so one (local disk) is enough here.

interface Doc {
  id: string;
  name: string;
  folderId: string | null;
  versionCount: number;
  abilities: Record<string, boolean>;
}
interface Result {
  outcome: string;
  versionId: string;
  document: Doc;
}
interface Conflict {
  code: string;
  suggestedName: string;
  existingDocumentId: string;
  canReplace: boolean;
}
interface Version {
  id: string;
  number: number;
  abilities: { download: boolean; restore: boolean };
}

describe('name collisions and file-request folders', () => {
  let env: DocumentsPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let acme: string;
  const result = (response: { statusCode: number; body: string; json(): unknown }) => {
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Result;
  };
  const versionsOf = async (client: HttpClient, documentId: string) =>
    json<{ items: Version[] }>(await client.get(`/api/v1/documents/${documentId}/versions`)).items;
  const countOf = async (sql: string) => Number((await env.portal.ctx.db.query<{ n: string }>(sql)).rows[0]!.n);
  const storedCount = () =>
    countOf('SELECT (SELECT count(*) FROM document_versions) + (SELECT count(*) FROM storage_pending_objects) AS n');
  const requestUpload = (client: HttpClient, requestId: string, name: string, body: string, extra = '') =>
    upload(client, `/api/v1/file-requests/${requestId}/uploads?name=${encodeURIComponent(name)}${extra}`, body);

  beforeAll(async () => {
    env = await startDocumentsPortal('local');
    acme = env.acme;
    owner = await env.portal.signedIn('owner@northwind.example');
    alice = await env.portal.signedIn('alice@acme.example');
    adam = await env.portal.signedIn('adam@acme.example');
  });
  afterAll(() => env.close());

  it('a client’s file-request upload lands in the request’s folder and leaves the firm’s same-named file alone', async () => {
    const staffDoc = result(await upload(owner, uploadUrl(acme, 'Trial balance.pdf'), 'firm draft')).document;
    result(await upload(owner, `/api/v1/documents/${staffDoc.id}/versions`, 'firm revised'));
    const request = json<{ id: string; folderId: string | null }>(
      await owner.post(`/api/v1/accounts/${acme}/file-requests`, { title: 'Trial balance 2025' }),
    );
    expect(request.folderId).toBeNull();

    const answer = result(await requestUpload(alice, request.id, 'Trial balance.pdf', 'client old copy'));
    expect(answer.outcome).toBe('created');
    expect(answer.document.id).not.toBe(staffDoc.id);
    const after = json<{ folderId: string; documents: { id: string }[] }>(
      await owner.get(`/api/v1/file-requests/${request.id}`),
    );
    expect(answer.document.folderId).toBe(after.folderId);
    expect(after.documents.map((d) => d.id)).toEqual([answer.document.id]);
    const folder = json<{ name: string; area: string; parentId: string | null; abilities: Record<string, boolean> }>(
      await alice.get(`/api/v1/folders/${after.folderId}`),
    );
    expect(folder).toMatchObject({ name: 'Trial balance 2025', area: 'shared', parentId: null });
    expect(folder.abilities.delete).toBe(false);

    const untouched = json<Doc>(await owner.get(`/api/v1/documents/${staffDoc.id}`));
    expect(untouched.versionCount).toBe(2);
    expect((await owner.get(`/api/v1/documents/${staffDoc.id}/download`)).body).toBe('firm revised');

    // A second upload to the same request goes to the same folder, never a second one.
    const second = result(await requestUpload(alice, request.id, 'Notes.txt', 'n'));
    expect(second.document.folderId).toBe(after.folderId);
  });

  it('a folder staff chose is where the request’s uploads land', async () => {
    const folder = json<{ id: string }>(
      await owner.post(`/api/v1/accounts/${acme}/folders`, { name: 'Payroll inbox', area: 'shared' }),
    );
    const request = json<{ id: string }>(
      await owner.post(`/api/v1/accounts/${acme}/file-requests`, { title: 'Payroll', folderId: folder.id }),
    );
    expect(result(await requestUpload(alice, request.id, 'p.pdf', 'x')).document.folderId).toBe(folder.id);
  });

  it('a collision without a choice is 409 name_conflict before the body is stored; keep-both renames', async () => {
    const staffDoc = result(await upload(owner, uploadUrl(acme, 'Engagement letter.pdf'), 'signed')).document;
    const before = await storedCount();
    const refused = expectProblem(
      await upload(alice, uploadUrl(acme, 'engagement LETTER.pdf'), 'unsigned'),
      409,
      'name_conflict',
    ) as unknown as Conflict;
    expect(refused).toMatchObject({
      suggestedName: 'engagement LETTER (2).pdf',
      existingDocumentId: staffDoc.id,
      canReplace: false,
    });
    expect(await storedCount()).toBe(before);
    expectProblem(
      await upload(alice, uploadUrl(acme, 'Engagement letter.pdf', '&onConflict=new-version'), 'unsigned'),
      403,
      'replace_not_allowed',
    );
    expect(await storedCount()).toBe(before);

    const kept = result(await upload(alice, uploadUrl(acme, 'Engagement letter.pdf', '&onConflict=keep-both'), 'u1'));
    expect(kept).toMatchObject({
      outcome: 'renamed',
      document: { name: 'Engagement letter (2).pdf', versionCount: 1 },
    });
    const third = result(await upload(alice, uploadUrl(acme, 'Engagement letter.pdf', '&onConflict=keep-both'), 'u2'));
    expect(third.document.name).toBe('Engagement letter (3).pdf');
    // keep-both on a free name keeps the name.
    const free = result(await upload(alice, uploadUrl(acme, 'Fresh.pdf', '&onConflict=keep-both'), 'f'));
    expect(free).toMatchObject({ outcome: 'created', document: { name: 'Fresh.pdf' } });

    expect(json<Doc>(await owner.get(`/api/v1/documents/${staffDoc.id}`)).versionCount).toBe(1);
    expect((await owner.get(`/api/v1/documents/${staffDoc.id}/download`)).body).toBe('signed');
    expectProblem(await upload(alice, uploadUrl(acme, 'x.pdf', '&onConflict=overwrite'), 'x'), 400);
  });

  it('clients version and restore only their own files, unless the account grants editOthers', async () => {
    const staffDoc = result(await upload(owner, uploadUrl(acme, 'Return 2025.pdf'), 'v1 staff')).document;
    result(await upload(owner, uploadUrl(acme, 'Return 2025.pdf', '&onConflict=new-version'), 'v2 staff'));
    const seen = json<Doc>(await alice.get(`/api/v1/documents/${staffDoc.id}`));
    expect(seen.abilities).toMatchObject({ uploadVersion: false, restoreVersion: false });
    const versions = await versionsOf(alice, staffDoc.id);
    expect(versions.map((v) => v.abilities.restore)).toEqual([false, false]);
    expectProblem(await upload(alice, `/api/v1/documents/${staffDoc.id}/versions`, 'client'), 403);
    expectProblem(await alice.post(`/api/v1/documents/${staffDoc.id}/versions/${versions[1]!.id}/restore`), 403);
    expect((await owner.get(`/api/v1/documents/${staffDoc.id}/download`)).body).toBe('v2 staff');

    // Their own upload: the choice includes a new version.
    const own = result(await upload(alice, uploadUrl(acme, 'Mine.txt'), 'mine 1')).document;
    expect(own.abilities).toMatchObject({ uploadVersion: true, restoreVersion: true });
    const conflictOnOwn = expectProblem(
      await upload(alice, uploadUrl(acme, 'Mine.txt'), 'mine 2'),
      409,
      'name_conflict',
    );
    expect((conflictOnOwn as unknown as Conflict).canReplace).toBe(true);
    expect(result(await upload(alice, uploadUrl(acme, 'Mine.txt', '&onConflict=new-version'), 'mine 2')).outcome).toBe(
      'new_version',
    );
    // Another client of the account is "someone else" too.
    const adamsView = json<Doc>(await adam.get(`/api/v1/documents/${own.id}`));
    expect(adamsView.abilities.uploadVersion).toBe(false);

    const space = await owner.patch(`/api/v1/accounts/${acme}/document-space`, { editOthers: true });
    expect(space.statusCode, space.body).toBe(200);
    expect(json<{ clientPermissions: { editOthers: boolean } }>(space).clientPermissions.editOthers).toBe(true);
    expect(json<Doc>(await alice.get(`/api/v1/documents/${staffDoc.id}`)).abilities.restoreVersion).toBe(true);
    expect((await versionsOf(alice, staffDoc.id))[1]!.abilities.restore).toBe(true);
    expect(
      result(await alice.post(`/api/v1/documents/${staffDoc.id}/versions/${versions[1]!.id}/restore`)).outcome,
    ).toBe('new_version');
    await owner.patch(`/api/v1/accounts/${acme}/document-space`, { editOthers: null });
    expect(json<Doc>(await alice.get(`/api/v1/documents/${staffDoc.id}`)).abilities.uploadVersion).toBe(false);
  });

  it('concurrent uploads of one name: no lost file, no silent version', async () => {
    const bodies = [1, 2, 3, 4].map((n) => `race ${n}`);
    const plain = await Promise.all(bodies.map((body) => upload(alice, uploadUrl(acme, 'race.txt'), body)));
    const created = plain.filter((r) => r.statusCode === 201);
    expect(created).toHaveLength(1);
    for (const r of plain.filter((r) => r.statusCode !== 201)) expectProblem(r, 409, 'name_conflict');
    expect(json<Result>(created[0]!).document.versionCount).toBe(1);

    const both = await Promise.all(
      bodies.map((body) => upload(alice, uploadUrl(acme, 'both.txt', '&onConflict=keep-both'), body)),
    );
    const names = both.map((r) => result(r).document.name).sort();
    expect(names).toEqual(['both (2).txt', 'both (3).txt', 'both (4).txt', 'both.txt']);
    const downloads = await Promise.all(
      both.map(async (r) => (await alice.get(`/api/v1/documents/${result(r).document.id}/download`)).body),
    );
    expect(downloads.sort()).toEqual(bodies);

    const versioned = await Promise.all(
      bodies.map((body) => upload(owner, uploadUrl(acme, 'versioned.txt', '&onConflict=new-version'), body)),
    );
    const ids = new Set(versioned.map((r) => result(r).document.id));
    expect(ids.size).toBe(1);
    expect(await versionsOf(owner, [...ids][0]!)).toHaveLength(4);
  });

  it('returning, re-uploading, accepting and re-requesting a file keeps every version', async () => {
    const request = json<{ id: string }>(
      await owner.post(`/api/v1/accounts/${acme}/file-requests`, { title: 'W-2 forms' }),
    );
    const first = result(await requestUpload(alice, request.id, 'w2.pdf', 'page 1'));
    await owner.post(`/api/v1/file-requests/${request.id}/return`, { reason: 'Page 2 is missing' });
    expectProblem(await requestUpload(alice, request.id, 'w2.pdf', 'pages 1-2'), 409, 'name_conflict');
    const second = result(await requestUpload(alice, request.id, 'w2.pdf', 'pages 1-2', '&onConflict=new-version'));
    expect(second).toMatchObject({ outcome: 'new_version', document: { id: first.document.id, versionCount: 2 } });
    const accepted = await owner.post(`/api/v1/file-requests/${request.id}/accept`);
    expect(json<{ status: string }>(accepted).status).toBe('accepted');

    // Asked again under the same title: a folder of its own, the first request's file keeps its history.
    const again = json<{ id: string }>(
      await owner.post(`/api/v1/accounts/${acme}/file-requests`, { title: 'W-2 forms' }),
    );
    const third = result(await requestUpload(alice, again.id, 'w2.pdf', 'corrected'));
    expect(third.document.id).not.toBe(first.document.id);
    expect(third.document.folderId).not.toBe(first.document.folderId);
    expect(json<{ name: string }>(await owner.get(`/api/v1/folders/${third.document.folderId}`)).name).toBe(
      'W-2 forms (2)',
    );
    const history = await versionsOf(owner, first.document.id);
    expect(history.map((v) => v.number)).toEqual([2, 1]);
    const bodies = await Promise.all(
      history.map(
        async (v) => (await owner.get(`/api/v1/documents/${first.document.id}/download?versionId=${v.id}`)).body,
      ),
    );
    expect(bodies).toEqual(['pages 1-2', 'page 1']);
  });
});
