import type { AppContext } from '../../platform/context.ts';
import { setThumbnail } from './version-repository.ts';

export const THUMBNAIL_SIZE = 256;
// sharp decodes its whole input in memory: larger images keep their icon rather than risk the server's memory.
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/**
 * Makes a 256 px WebP thumbnail of an uploaded image in the background (the upload's response does not wait).
 * `rotate()` applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF (GPS, camera) is
 * stripped. sharp's pixel limit refuses decompression bombs; any failure marks the thumbnail failed.
 */
export function scheduleThumbnail(
  ctx: AppContext,
  versionId: string,
  storageKey: string,
  accountId: string,
  sizeBytes: number,
) {
  ctx.background.run('document-thumbnail', async () => {
    if (sizeBytes > MAX_SOURCE_BYTES) {
      await setThumbnail(ctx.db, versionId, 'none', null);
      return;
    }
    const thumbnailKey = `thumbnails/${accountId}/${versionId}`;
    try {
      const source = await ctx.storage.read(storageKey);
      // sharp (native libvips) loads at the first image, not at every start.
      const { default: sharp } = await import('sharp');
      const resizer = sharp({ failOn: 'error', limitInputPixels: 100_000_000 })
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 });
      source.once('error', (error) => resizer.destroy(error));
      source.pipe(resizer);
      await ctx.storage.write(thumbnailKey, resizer);
      await setThumbnail(ctx.db, versionId, 'ready', thumbnailKey);
    } catch (error) {
      ctx.logger.warn({ err: error, versionId }, 'thumbnail failed');
      await ctx.storage.remove(thumbnailKey).catch(() => undefined);
      await setThumbnail(ctx.db, versionId, 'failed', null);
    }
  });
}
