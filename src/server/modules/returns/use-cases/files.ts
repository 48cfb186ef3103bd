import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { isUuid, newId } from '../../../platform/ids.ts';
import { returnPolicy } from '../policy.ts';
import { accountInScope, insertPhoto, photosOf } from '../repository.ts';
import { loadReturn } from './load.ts';

export const RETURN_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** Raster images only (an SVG can carry script); the type is taken from the bytes, never from the client. */
export const PHOTO_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/heic']);
/** A label is a PDF or an image, sniffed the same way. */
export const LABEL_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** Checks a raw body and sniffs its type: 400 when empty, 415 when not one of `types`. */
export async function sniffed(body: unknown, types: Set<string>, what: string) {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw fieldError('body', 'required', `Send the ${what} as the request body.`);
  // file-type (~30 modules) loads at the first upload, not at every start.
  const { fileTypeFromBuffer } = await import('file-type');
  const type = (await fileTypeFromBuffer(body))?.mime;
  if (!type || !types.has(type))
    throw new AppError(415, 'unsupported_media_type', 'Unsupported media type', `This ${what} type is not accepted.`);
  return { body, type, sha256: createHash('sha256').update(body).digest('hex') };
}

/**
 * A customer uploads a photo for a return they are about to open: stored through the storage driver, unattached
 * and theirs until a return claims it. The account is checked before a byte is looked at.
 */
export async function authorizePhotoUpload(ctx: AppContext, actor: Actor, accountId: string) {
  if (!(await accountInScope(ctx.db, accountId, scopeParams(accountScopeOf(actor))))) throw notFound();
  if (!returnPolicy.canUploadPhoto(actor, accountId)) throw forbidden('Photos are added by the customer.');
}

export async function uploadReturnPhotoUseCase(ctx: AppContext, actor: Actor, accountId: string, body: unknown) {
  await authorizePhotoUpload(ctx, actor, accountId);
  const file = await sniffed(body, PHOTO_TYPES, 'photo');
  const id = newId();
  const storageKey = `returns/photos/${id}`;
  await ctx.storage.write(storageKey, Readable.from([file.body]));
  await insertPhoto(
    ctx.db,
    { id, accountId, uploadedBy: actor.userId, storageKey, contentType: file.type, size: file.body.length },
    file.sha256,
    ctx.clock.now(),
  );
  return { id, contentType: file.type, size: file.body.length };
}

/** A photo of a return the caller sees (404 otherwise): its bytes and type. */
export async function readReturnPhotoUseCase(ctx: AppContext, actor: Actor, returnId: string, photoId: string) {
  const row = await loadReturn(ctx.db, actor, returnId);
  const photo = isUuid(photoId) ? (await photosOf(ctx.db, [row.id])).find((p) => p.id === photoId) : undefined;
  if (!photo) throw notFound();
  return {
    stream: await ctx.storage.read(photo.storage_key),
    contentType: photo.content_type,
    size: Number(photo.size),
  };
}

/** The return label of a return the caller sees (404 when it has none). */
export async function readReturnLabelUseCase(ctx: AppContext, actor: Actor, returnId: string) {
  const row = await loadReturn(ctx.db, actor, returnId);
  if (!row.label_storage_key || !row.label_content_type) throw notFound();
  return {
    stream: await ctx.storage.read(row.label_storage_key),
    contentType: row.label_content_type,
    size: Number(row.label_size),
    fileName: `${row.number}-label.${row.label_content_type === 'application/pdf' ? 'pdf' : row.label_content_type.split('/')[1]}`,
  };
}
