import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDocumentJobs } from '../../../src/server/modules/documents/index.ts';
import { ObjectMissingError } from '../../../src/server/platform/storage/index.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { DRIVERS, json, startDocumentsPortal, upload, uploadUrl, type DocumentsPortal } from './support.ts';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A 60×40 JPEG shot "sideways" (orientation 6) by a camera that wrote its make and a GPS position. */
async function photoWithGps() {
  return sharp({ create: { width: 60, height: 40, channels: 3, background: '#c33' } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'SpyCam 3000' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '48/1 51/1 2400/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '2/1 21/1 0/1',
        },
      },
    })
    .toBuffer();
}

describe.each(DRIVERS)('image previews on the %s driver', (driver) => {
  let env: DocumentsPortal;
  let alice: HttpClient;
  let acme: string;

  beforeAll(async () => {
    env = await startDocumentsPortal(driver);
    acme = env.acme;
    alice = await env.portal.signedIn('alice@acme.example');
  });
  afterAll(() => env.close());

  async function expectStrippedPreview(documentId: string, original: Buffer) {
    const preview = await alice.get(`/api/v1/documents/${documentId}/preview`);
    expect(preview.statusCode, preview.body.slice(0, 200)).toBe(200);
    expect(preview.headers['content-type']).toBe('image/jpeg');
    expect(preview.headers['content-disposition']).toMatch(/^inline/);
    const bytes = preview.rawPayload;
    expect(bytes.includes('SpyCam')).toBe(false);
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    // The orientation was applied to the pixels, since the copy no longer says how to turn it.
    expect([metadata.width, metadata.height]).toEqual([40, 60]);
    expect(sha256(bytes)).not.toBe(sha256(original));
  }

  it('a JPEG with GPS EXIF previews without it; the download is the original, byte for byte', async () => {
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const response = await upload(alice, uploadUrl(acme, 'holiday.jpg'), photo, 'image/jpeg');
    expect(response.statusCode, response.body).toBe(201);
    const { document } = json<{ document: { id: string; previewKind: string } }>(response);
    expect(document.previewKind).toBe('image');
    // First request: made on demand (or already by the background job, whichever came first).
    await expectStrippedPreview(document.id, photo);
    await env.portal.ctx.background.idle();
    await expectStrippedPreview(document.id, photo);
    const { rows } = await env.portal.ctx.db.query<{ preview_key: string | null }>(
      'SELECT preview_key FROM document_versions WHERE document_id = $1',
      [document.id],
    );
    expect(rows[0]!.preview_key).toMatch(/^previews\//);

    const download = await alice.get(`/api/v1/documents/${document.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, photo)).toBe(0);
    expect(download.headers['x-content-sha256']).toBe(sha256(photo));

    // The purge takes the derived preview with the original.
    expect((await alice.delete(`/api/v1/documents/${document.id}`)).statusCode).toBe(200);
    await env.portal.ctx.db.query(`UPDATE documents SET deleted_at = deleted_at - interval '31 days' WHERE id = $1`, [
      document.id,
    ]);
    await runDocumentJobs(env.portal.ctx);
    await expect(env.portal.ctx.storage.read(rows[0]!.preview_key!)).rejects.toBeInstanceOf(ObjectMissingError);
  });

  it('a file that only claims to be an image has no image preview', async () => {
    const { document } = json<{ document: { id: string; previewKind: string } }>(
      await upload(alice, uploadUrl(acme, 'fake.jpg'), 'not a jpeg', 'image/jpeg'),
    );
    expect(document.previewKind).not.toBe('image');
  });
});
