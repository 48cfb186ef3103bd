import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { runCredentialRetention } from '../../../src/server/modules/identity/retention.ts';
import { idOf, lastMailTo, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { upload, uploadUrl } from '../documents/support.ts';
import { statusAndCode } from '../identity/helpers.ts';

const EXPORTS = '/api/v1/me/data-exports';

/** Entry names of a stored (uncompressed) zip, from its central directory records. */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (
    let at = zip.indexOf('PK\u0001\u0002', 0, 'latin1');
    at !== -1;
    at = zip.indexOf('PK\u0001\u0002', at + 4, 'latin1')
  )
    names.push(zip.subarray(at + 46, at + 46 + zip.readUInt16LE(at + 28)).toString('utf8'));
  return names.sort();
}

describe('data export: a zip of everything about the person, for them only, expiring', () => {
  let portal: TestPortal;
  let alice: HttpClient;
  let adam: HttpClient;
  beforeAll(async () => {
    portal = await startPortal();
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
  });
  afterAll(() => portal.close());

  const runJobs = async () => {
    await portal.ctx.background.idle();
    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
  };

  it('holds the profile, memberships, audit events and the files they uploaded, not other people’s', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expect(
      (await upload(alice, uploadUrl(acme, 'alice-contract.txt'), 'ALICE-FILE-BYTES', 'text/plain')).statusCode,
    ).toBe(201);
    expect((await upload(adam, uploadUrl(acme, 'adam-notes.txt'), 'ADAM-FILE-BYTES', 'text/plain')).statusCode).toBe(
      201,
    );

    const first = await alice.post(EXPORTS);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ status: 'pending', downloadUrl: null });
    // One at a time: asking again while it is built returns the same export.
    const [again, concurrent] = await Promise.all([alice.post(EXPORTS), alice.post(EXPORTS)]);
    expect(again.json().id).toBe(first.json().id);
    expect(concurrent.json().id).toBe(first.json().id);

    await runJobs();
    const latest = (await alice.get(`${EXPORTS}/latest`)).json().export;
    expect(latest).toMatchObject({ id: first.json().id, status: 'ready' });
    expect(latest.downloadUrl).toBe(`${EXPORTS}/${latest.id}/download`);
    expect((await lastMailTo(portal, 'alice@acme.example', { containing: '/profile#your-data' }))?.subject).toMatch(
      /data is ready to download/,
    );

    const download = await alice.get(latest.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const zip = download.rawPayload;
    const entries = zipEntries(zip);
    expect(entries).toEqual(
      expect.arrayContaining([
        'profile.json',
        'memberships.json',
        'messages.json',
        'tickets.json',
        'sessions.json',
        'audit-events.json',
        'notification-preferences.json',
        'files.json',
      ]),
    );
    expect(entries.some((name) => name.startsWith('files/documents/') && name.endsWith('alice-contract.txt'))).toBe(
      true,
    );
    const text = zip.toString('utf8');
    expect(text).toContain('ALICE-FILE-BYTES');
    expect(text).toContain('"email": "alice@acme.example"');
    expect(text).toContain('Acme Manufacturing');
    expect(text).toContain('data_export.requested');
    expect(text).not.toContain('ADAM-FILE-BYTES');
    expect(text).not.toContain('adam-notes.txt');
    expect(text).not.toContain('token_hash');
  });

  it('another person gets 404 for the export; after 7 days it is gone and swept from storage', async () => {
    const latest = (await alice.get(`${EXPORTS}/latest`)).json().export;
    expect(statusAndCode(await adam.get(latest.downloadUrl))).toEqual({ status: 404, code: 'not_found' });
    expect((await portal.client().get(latest.downloadUrl)).statusCode).toBe(401);
    expect((await adam.get(`${EXPORTS}/latest`)).json().export).toBeNull();

    portal.clock.advanceMinutes(7 * 24 * 60 + 1);
    const fresh = await portal.signedIn('alice@acme.example');
    expect(statusAndCode(await fresh.get(latest.downloadUrl))).toEqual({ status: 404, code: 'not_found' });
    expect((await fresh.get(`${EXPORTS}/latest`)).json().export.downloadUrl).toBeNull();
    expect((await runCredentialRetention(portal.ctx)).dataExports).toBe(1);
    const { rows } = await portal.ctx.db.query('SELECT storage_key FROM data_exports WHERE id = $1', [latest.id]);
    expect(rows[0]).toEqual({ storage_key: null });
    await expect(portal.ctx.storage.read(`data-exports/${latest.id}`)).rejects.toThrow();
  });

  it('is rate-limited per person', async () => {
    const eli = await portal.signedIn('eli.evans@customers.example');
    for (let round = 0; round < 3; round += 1) {
      expect((await eli.post(EXPORTS)).statusCode).toBe(202);
      await runJobs();
    }
    expect((await eli.post(EXPORTS)).statusCode).toBe(429);
  });

  it('when storage stays down, the export ends as failed and can be asked for again', async () => {
    const statusOf = async (id: string) =>
      (await portal.ctx.db.query<{ status: string }>('SELECT status FROM data_exports WHERE id = $1', [id])).rows[0]
        ?.status;
    const fatima = await portal.signedIn('fatima.farah@customers.example');
    const write = portal.ctx.storage.write.bind(portal.ctx.storage);
    portal.ctx.storage.write = () => Promise.reject(new Error('storage down'));
    try {
      const id = (await fatima.post(EXPORTS)).json().id as string;
      for (let round = 0; round < 12; round += 1) {
        await runJobs();
        if ((await statusOf(id)) === 'failed') break;
        portal.clock.advanceMinutes(24 * 60);
      }
      expect(await statusOf(id)).toBe('failed');
    } finally {
      portal.ctx.storage.write = write;
    }
    // (Days passed: the session has expired; a new sign-in sees the failure and may ask again.)
    const fresh = await portal.signedIn('fatima.farah@customers.example');
    expect((await fresh.get(`${EXPORTS}/latest`)).json().export.status).toBe('failed');
    expect((await fresh.post(EXPORTS)).json().status).toBe('pending');
  });
});
