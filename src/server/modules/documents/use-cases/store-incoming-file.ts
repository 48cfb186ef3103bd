import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, storageFull } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { isStorageFull, measureUpload, UploadTooLargeError } from '../../../platform/storage/index.ts';
import { classifyContent, normalizeDeclaredType, type PreviewKind } from '../file-names.ts';
import type { SpaceRow } from '../repository.ts';
import { forgetPendingObject, recordPendingObject } from '../version-repository.ts';

/** An upload as the route hands it over: the raw request body, unread. */
export interface IncomingFile {
  body: unknown;
  contentLength: number | null;
  contentType: string | undefined;
}

/** Bytes completely stored under a generated key, not yet visible to anyone. */
export interface StoredFile {
  storageKey: string;
  sizeBytes: number;
  sha256: string;
  declaredType: string | null;
  contentType: string;
  previewKind: PreviewKind;
}

const fileTooLarge = (maxBytes: number) =>
  new AppError(413, 'file_too_large', 'File too large', `Files can be at most ${maxBytes} bytes.`);
export const quotaExceeded = () =>
  new AppError(
    413,
    'quota_exceeded',
    'Storage quota exceeded',
    'This file does not fit in the account’s storage quota. Delete files (and empty the trash) or ask for more space.',
  );

/** Deletes an object that will never be committed, and its pending record. Never throws: the sweep retries. */
export async function discardStoredObject(ctx: AppContext, storageKey: string) {
  try {
    await ctx.storage.remove(storageKey);
    await forgetPendingObject(ctx.db, storageKey);
  } catch (error) {
    ctx.logger.warn({ err: error, storageKey }, 'could not discard an uncommitted upload; the orphan sweep will');
  }
}

/**
 * Streams an upload into storage with flat memory, refusing it (413) as soon as it is known to be too large:
 * from Content-Length before reading, and by counting while streaming. The object is recorded as pending
 * first, so if this process dies mid-way the sweep finds it; nothing points at it until the caller commits.
 */
export async function storeIncomingFile(
  ctx: AppContext,
  space: SpaceRow,
  file: IncomingFile,
  name: string,
): Promise<StoredFile> {
  if (!(file.body instanceof Readable))
    throw new AppError(
      415,
      'unsupported_media_type',
      'Unsupported media type',
      'Send the file itself as the request body.',
    );
  const maxBytes = ctx.config.documents.maxUploadBytes;
  const remainingQuota = Math.max(0, space.quota_bytes - space.used_bytes);
  if (file.contentLength !== null && file.contentLength > maxBytes) throw fileTooLarge(maxBytes);
  if (file.contentLength !== null && file.contentLength > remainingQuota) throw quotaExceeded();

  const storageKey = `documents/${space.account_id}/${newId()}`;
  await recordPendingObject(ctx.db, storageKey, ctx.clock.now());
  const limit = Math.min(maxBytes, remainingQuota);
  const { stream, measurement, exceeded } = measureUpload(file.body, limit);
  try {
    await ctx.storage.write(storageKey, stream);
  } catch (error) {
    await discardStoredObject(ctx, storageKey);
    if (error instanceof UploadTooLargeError || exceeded())
      throw limit === maxBytes ? fileTooLarge(maxBytes) : quotaExceeded();
    // Checked before "interrupted": a failed write also leaves the request body unread.
    if (isStorageFull(error)) throw storageFull();
    if ((file.body as IncomingMessage).complete === false)
      throw new AppError(
        400,
        'upload_interrupted',
        'Upload interrupted',
        'The upload ended before the whole file arrived. Try again.',
      );
    throw error;
  }
  const measured = await measurement();
  if (file.contentLength !== null && measured.sizeBytes !== file.contentLength) {
    await discardStoredObject(ctx, storageKey);
    throw new AppError(
      400,
      'upload_interrupted',
      'Upload interrupted',
      'The upload ended before the whole file arrived. Try again.',
    );
  }
  // file-type (~30 modules) loads at the first upload, not at every start.
  const { fileTypeFromBuffer } = await import('file-type');
  const sniffed = (await fileTypeFromBuffer(measured.head))?.mime ?? null;
  const declaredType = normalizeDeclaredType(file.contentType);
  return {
    storageKey,
    sizeBytes: measured.sizeBytes,
    sha256: measured.sha256,
    declaredType,
    ...classifyContent(sniffed, declaredType, measured.head, name),
  };
}
