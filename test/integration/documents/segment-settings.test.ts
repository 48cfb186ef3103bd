import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { json, startDocumentsPortal, upload, uploadUrl, type DocumentsPortal } from './support.ts';

interface Settings {
  segmentId: string;
  clientPermissions: Record<string, boolean>;
  quotaBytes: number | null;
  portalDefaultQuotaBytes: number;
  abilities: { update: boolean };
}

// Settings and quota arithmetic do not depend on the storage driver: local only.
describe('segment document settings', () => {
  let env: DocumentsPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let segment: string;
  const url = () => `/api/v1/segments/${segment}/document-settings`;
  const space = async () =>
    json<{ quotaBytes: number; usedBytes: number }>(await owner.get(`/api/v1/accounts/${acme}/document-space`));

  beforeAll(async () => {
    env = await startDocumentsPortal('local', { DOCUMENTS_DEFAULT_QUOTA_BYTES: String(5 * 1024 * 1024) });
    acme = env.acme;
    owner = await env.portal.signedIn('owner@northwind.example');
    agent = await env.portal.signedIn('agent@northwind.example');
    alice = await env.portal.signedIn('alice@acme.example');
    segment = (await env.portal.ctx.db.query<{ id: string }>("SELECT id FROM segments WHERE name = 'Clients'")).rows[0]!
      .id;
  });
  afterAll(() => env.close());

  it('shows defaults, the portal quota and who may change them', async () => {
    const settings = json<Settings>(await owner.get(url()));
    expect(settings).toMatchObject({
      segmentId: segment,
      quotaBytes: null,
      portalDefaultQuotaBytes: 5 * 1024 * 1024,
      abilities: { update: true },
    });
    expect(settings.clientPermissions).toEqual({
      upload: true,
      createFolders: true,
      rename: true,
      deleteOwn: true,
      editOthers: false,
    });
    expect(json<Settings>(await agent.get(url())).abilities.update).toBe(false);
    expectProblem(await agent.patch(url(), { upload: false }), 403);
    expectProblem(await alice.get(url()), 403);
    expectProblem(await owner.patch(url(), { quotaBytes: -1 }), 400);
  });

  it('a partial change keeps the other fields; the default quota applies to accounts without their own', async () => {
    const changed = json<Settings>(await owner.patch(url(), { rename: false, quotaBytes: 100 }));
    expect(changed.clientPermissions).toEqual({
      upload: true,
      createFolders: true,
      rename: false,
      deleteOwn: true,
      editOthers: false,
    });
    expect(changed.quotaBytes).toBe(100);
    expect((await space()).quotaBytes).toBe(100);
    const used = (await space()).usedBytes;
    expectProblem(
      await upload(alice, uploadUrl(acme, 'too-much.bin'), Buffer.alloc(101 - used > 0 ? 101 - used : 1)),
      413,
      'quota_exceeded',
    );

    // The account's own quota wins over the segment's.
    await owner.patch(`/api/v1/accounts/${acme}/document-space`, { quotaBytes: 1024 * 1024 });
    expect((await space()).quotaBytes).toBe(1024 * 1024);
    expect((await upload(alice, uploadUrl(acme, 'fits.bin'), Buffer.alloc(200))).statusCode).toBe(201);
    await owner.patch(`/api/v1/accounts/${acme}/document-space`, { quotaBytes: null });

    const back = json<Settings>(await owner.patch(url(), { rename: true, quotaBytes: null }));
    expect(back.quotaBytes).toBeNull();
    expect(back.clientPermissions.rename).toBe(true);
    expect((await space()).quotaBytes).toBe(5 * 1024 * 1024);
  });
});
