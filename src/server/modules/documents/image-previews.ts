import type { AppContext } from '../../platform/context.ts';
import { conflict } from '../../platform/http/errors.ts';
import { MAX_SOURCE_BYTES } from './thumbnails.ts';
import { setPreviewKey } from './version-repository.ts';

/** What an image preview is made from: a version of preview kind `image`. */
export interface ImageVersion {
  id: string;
  account_id: string;
  storage_key: string;
  size_bytes: number;
  content_type: string;
  preview_key: string | null;
}

type Output = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif';
// Re-encoded in its own format (same Content-Type as the original). Animated GIF and WebP keep their frames.
const OUTPUTS: Record<string, Output> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
};
// Previews are for looking at: larger images are scaled down to this many pixels on their longer side.
const MAX_DIMENSION = 4096;

/** BMP cannot carry EXIF or XMP (and libvips does not read it): its preview is the original. */
export const needsReencoding = (contentType: string) => contentType in OUTPUTS;

const previewKeyOf = (version: ImageVersion) => `previews/${version.account_id}/${version.id}`;

/**
 * Makes the image's preview: decoded and encoded again by sharp, which writes no metadata unless asked, so
 * EXIF (GPS position, camera, owner), XMP and IPTC never leave with it; `rotate()` first applies the EXIF
 * orientation the copy no longer carries. A derived object under a key per version, written atomically, so two
 * makers (the background job after upload, a first preview request) may race harmlessly. Downloads keep the
 * original bytes. Returns null when the image cannot be made (too large to decode safely, undecodable).
 */
export async function makeImagePreview(ctx: AppContext, version: ImageVersion): Promise<string | null> {
  const format = OUTPUTS[version.content_type];
  if (!format || version.size_bytes > MAX_SOURCE_BYTES) return null;
  const key = previewKeyOf(version);
  try {
    const source = await ctx.storage.read(version.storage_key);
    const animated = format === 'gif' || format === 'webp';
    // sharp (native libvips) loads at the first image, not at every start.
    const { default: sharp } = await import('sharp');
    let encoder = sharp({ failOn: 'error', limitInputPixels: 100_000_000, animated });
    if (!animated) encoder = encoder.rotate();
    encoder = encoder.resize(MAX_DIMENSION, MAX_DIMENSION, { fit: 'inside', withoutEnlargement: true });
    encoder =
      format === 'jpeg'
        ? encoder.jpeg({ quality: 90 })
        : format === 'webp'
          ? encoder.webp({ quality: 90 })
          : encoder.toFormat(format);
    source.once('error', (error) => encoder.destroy(error));
    source.pipe(encoder);
    await ctx.storage.write(key, encoder);
    await setPreviewKey(ctx.db, version.id, key);
    return key;
  } catch (error) {
    ctx.logger.warn({ err: error, versionId: version.id }, 'image preview failed');
    await ctx.storage.remove(key).catch(() => undefined);
    return null;
  }
}

/** The storage key to send as an image's preview: the stripped copy, made now if the background has not yet. */
export async function imagePreviewKey(ctx: AppContext, version: ImageVersion): Promise<string> {
  if (!needsReencoding(version.content_type)) return version.storage_key;
  const key = version.preview_key ?? (await makeImagePreview(ctx, version));
  if (!key) throw conflict('This image cannot be previewed. Download it instead.', 'not_previewable');
  return key;
}
