import type { AppContext } from '../../platform/context.ts';

export const THUMBNAIL_SIZE = 256;
// sharp decodes its whole input in memory: larger images keep their icon rather than risk the server's memory.
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** sharp could not make a thumbnail of these bytes (not an image after all, corrupt, a decompression bomb). */
export class UndecodableImageError extends Error {
  override name = 'UndecodableImageError';
}

/**
 * Writes a 256 px WebP thumbnail of a stored image under a key per version and returns the key. `rotate()`
 * applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF (GPS, camera) is stripped. sharp's
 * pixel limit refuses decompression bombs. Bytes sharp cannot decode throw UndecodableImageError (trying again
 * would not help); anything else (storage, an aborted run) throws as it came, and the job tries again. The write
 * is atomic under a key of its own, so two runs of one job (a lease that passed) may race harmlessly.
 */
export async function writeThumbnail(
  ctx: AppContext,
  version: { id: string; account_id: string; storage_key: string },
  signal: AbortSignal,
): Promise<string> {
  const thumbnailKey = `thumbnails/${version.account_id}/${version.id}`;
  const source = await ctx.storage.read(version.storage_key);
  // sharp (native libvips) loads at the first image, not at every start.
  const { default: sharp } = await import('sharp');
  const resizer = sharp({ failOn: 'error', limitInputPixels: 100_000_000 })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 });
  let decodeError: unknown = null;
  let sourceFailed = false;
  source.once('error', (error) => {
    sourceFailed = true;
    resizer.destroy(error);
  });
  resizer.once('error', (error) => {
    if (!sourceFailed && !signal.aborted) decodeError = error;
  });
  const abort = () => {
    source.destroy();
    resizer.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
  };
  signal.addEventListener('abort', abort, { once: true });
  source.pipe(resizer);
  try {
    await ctx.storage.write(thumbnailKey, resizer);
    return thumbnailKey;
  } catch (error) {
    await ctx.storage.remove(thumbnailKey).catch(() => undefined);
    if (decodeError) throw new UndecodableImageError(String(decodeError), { cause: decodeError });
    throw error;
  } finally {
    signal.removeEventListener('abort', abort);
  }
}
