// Thumbnails are owned by a leased job (documents.derived-images) enqueued in the upload's transaction: the job row
// exists with the version, an undecodable image fails at once, and when the job gives up after its last attempt
// (its stored object unreadable) the thumbnail is failed, never pending for ever.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { DERIVED_IMAGES_JOB } from '../../../src/server/modules/documents/index.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { json, startDocumentsPortal, upload, uploadUrl, type DocumentsPortal } from './support.ts';

describe('derived images job', () => {
  let env: DocumentsPortal;
  let alice: HttpClient;

  beforeAll(async () => {
    env = await startDocumentsPortal('local');
    alice = await env.portal.signedIn('alice@acme.example');
  });
  afterAll(() => env.close());

  const jobOf = async (versionId: string) =>
    (
      await env.portal.ctx.db.query<{ status: string; attempts: number; max_attempts: number }>(
        "SELECT status, attempts, max_attempts FROM jobs WHERE kind = $1 AND payload->>'versionId' = $2",
        [DERIVED_IMAGES_JOB, versionId],
      )
    ).rows;
  // From the table: the test moves the clock by hours, past the session's idle timeout.
  const thumbnailOf = async (documentId: string) =>
    (
      await env.portal.ctx.db.query<{ thumbnail_state: string }>(
        'SELECT v.thumbnail_state FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = $1',
        [documentId],
      )
    ).rows[0]!.thumbnail_state;

  it('an image upload commits with its job; the job makes the thumbnail', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#393' } })
      .png()
      .toBuffer();
    const response = await upload(alice, uploadUrl(env.acme, 'green.png'), png, 'image/png');
    expect(response.statusCode, response.body).toBe(201);
    const { versionId, document } = json<{ versionId: string; document: { id: string } }>(response);
    expect((await jobOf(versionId)).length).toBe(1);
    await env.portal.ctx.background.idle();
    expect(await jobOf(versionId)).toMatchObject([{ status: 'done', attempts: 1 }]);
    expect(await thumbnailOf(document.id)).toBe('ready');
  });

  it('an image that cannot be decoded fails its thumbnail at once, without retries', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#933' } })
      .png()
      .toBuffer();
    const truncated = png.subarray(0, 60); // a PNG signature and header, then nothing
    const response = await upload(alice, uploadUrl(env.acme, 'broken.png'), truncated, 'image/png');
    expect(response.statusCode, response.body).toBe(201);
    const { versionId, document } = json<{ versionId: string; document: { id: string; previewKind: string } }>(
      response,
    );
    expect(document.previewKind).toBe('image');
    await env.portal.ctx.background.idle();
    expect(await thumbnailOf(document.id)).toBe('failed');
    expect(await jobOf(versionId)).toMatchObject([{ status: 'done', attempts: 1 }]);
  });

  it('a job that gives up after its last attempt leaves the thumbnail failed, not pending', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#339' } })
      .png()
      .toBuffer();
    const response = await upload(alice, uploadUrl(env.acme, 'blue.png'), png, 'image/png');
    const { versionId, document } = json<{ versionId: string; document: { id: string } }>(response);
    await env.portal.ctx.background.idle();
    // The stored bytes become unreadable (a storage outage that outlasts every retry) and the job runs again.
    const { rows } = await env.portal.ctx.db.query<{ storage_key: string }>(
      "UPDATE document_versions SET thumbnail_state = 'pending', thumbnail_key = NULL WHERE id = $1 RETURNING storage_key",
      [versionId],
    );
    await env.portal.ctx.storage.remove(rows[0]!.storage_key);
    await env.portal.ctx.db.query(
      "UPDATE jobs SET status = 'queued', attempts = 0, run_at = $2 WHERE payload->>'versionId' = $1",
      [versionId, env.portal.clock.now()],
    );
    const runner = conversationRuntimeOf(env.portal.ctx)!.jobs;
    const maxAttempts = (await jobOf(versionId))[0]!.max_attempts;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      await runner.drain();
      expect(await jobOf(versionId)).toMatchObject([{ attempts: attempt }]);
      if (attempt < maxAttempts) expect(await thumbnailOf(document.id)).toBe('pending');
      env.portal.clock.advanceMinutes(61); // past the longest backoff
    }
    expect(await jobOf(versionId)).toMatchObject([{ status: 'failed', attempts: maxAttempts }]);
    expect(await thumbnailOf(document.id)).toBe('failed');
  });
});
