import { Readable } from 'node:stream';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, fieldError, forbidden } from '../../../platform/http/errors.ts';
import { isUuid, newId } from '../../../platform/ids.ts';
import { kbPolicy, viewerOf } from '../policy.ts';
import { findReadableImage, insertImage } from '../repository-images.ts';

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/** Raster formats only: an SVG can carry script. The type is taken from the bytes, never from the client. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const imageUrl = (id: string) => `/help/images/${id}`;

export async function uploadImageUseCase(ctx: AppContext, actor: Actor, body: unknown) {
  if (!kbPolicy.canEditArticles(actor)) throw forbidden();
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw fieldError('body', 'required', 'Send the image as the request body.');
  // file-type (~30 modules) loads at the first upload, not at every start.
  const { fileTypeFromBuffer } = await import('file-type');
  const sniffed = (await fileTypeFromBuffer(body))?.mime;
  if (!sniffed || !IMAGE_TYPES.has(sniffed))
    throw new AppError(
      415,
      'unsupported_media_type',
      'Unsupported media type',
      'Upload a PNG, JPEG, GIF or WebP image.',
    );
  const id = newId();
  const storageKey = `knowledge-base/images/${id}`;
  await ctx.storage.write(storageKey, Readable.from([body]));
  await insertImage(ctx.db, {
    id,
    storage_key: storageKey,
    content_type: sniffed,
    size: body.length,
    uploadedBy: actor.userId,
    now: ctx.clock.now(),
  });
  return { id, url: imageUrl(id), markdown: `![](${imageUrl(id)})` };
}

/** Null when missing or not readable by this reader: the help center answers both with its 404 page. */
export async function readImageUseCase(ctx: AppContext, actor: Actor | null, id: string) {
  const image = isUuid(id) ? await findReadableImage(ctx.db, viewerOf(actor), id) : null;
  return image ? { image, stream: await ctx.storage.read(image.storage_key) } : null;
}
