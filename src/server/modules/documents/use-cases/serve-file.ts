import type { Readable } from 'node:stream';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import { ObjectMissingError } from '../../../platform/storage/index.ts';
import { recordActivity } from '../activity-repository.ts';
import { imagePreviewKey } from '../image-previews.ts';
import { documentPolicy } from '../policy.ts';
import { markViewedByClient } from '../repository.ts';
import { findVersion } from '../version-repository.ts';
import { documentFor } from './get-document.ts';

/** What a route needs to send a file: the bytes and how to label them. */
export interface FileToSend {
  stream: Readable;
  name: string;
  contentType: string;
  sizeBytes: number | null;
  sha256: string | null;
  disposition: 'attachment' | 'inline';
}

async function openObject(ctx: AppContext, key: string): Promise<Readable> {
  try {
    return await ctx.storage.read(key);
  } catch (error) {
    if (error instanceof ObjectMissingError) {
      ctx.logger.error({ key }, 'a committed document object is missing from storage');
      throw new AppError(
        503,
        'file_unavailable',
        'File unavailable',
        'This file cannot be read right now. Try again later.',
      );
    }
    throw error;
  }
}

/**
 * The bytes of the current (or a given) version of a live document the caller can see. Checked against the
 * session on every request: a deleted file or a revoked membership stops access at once, links included.
 * Records the download or view, and the "client viewed" receipt when the caller is one of the account's people.
 */
async function fileOf(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  versionId: string | undefined,
  action: 'downloaded' | 'viewed',
) {
  const { document, permissions } = await documentFor(ctx, actor, documentId, { live: true });
  const abilities = documentPolicy.document(actor, document, permissions);
  if (!(action === 'downloaded' ? abilities.download : abilities.preview)) throw notFound();
  const version = await findVersion(ctx.db, documentId, versionId ?? document.current_version_id);
  if (!version) throw notFound();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await recordActivity(tx, {
      accountId: document.account_id,
      documentId,
      documentName: document.name,
      area: document.area,
      action,
      versionNumber: version.number,
      actorUserId: actor.userId,
      actorIsStaff: actor.staffRole !== null,
      now,
    });
    if (!actor.staffRole) await markViewedByClient(tx, documentId, now);
  });
  return { document, version };
}

/** Always an attachment: whatever the file claims to be, the browser saves it instead of running it. */
export async function downloadUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  versionId?: string,
): Promise<FileToSend> {
  const { document, version } = await fileOf(ctx, actor, documentId, versionId, 'downloaded');
  return {
    stream: await openObject(ctx, version.storage_key),
    name: versionId ? version.name : document.name,
    contentType: version.content_type,
    sizeBytes: version.size_bytes,
    sha256: version.sha256,
    disposition: 'attachment',
  };
}

/** Inline only for what we preview (sniffed raster images, re-encoded without metadata; PDF; checked text); anything else is 409. */
export async function previewUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  versionId?: string,
): Promise<FileToSend> {
  const { document, version } = await fileOf(ctx, actor, documentId, versionId, 'viewed');
  if (version.preview_kind === 'other')
    throw conflict('This type of file has no preview. Download it instead.', 'not_previewable');
  if (version.preview_kind === 'image') {
    // A copy without EXIF (GPS, camera) and other metadata; the original only for BMP, which cannot carry any.
    const key = await imagePreviewKey(ctx, version);
    const original = key === version.storage_key;
    return {
      stream: await openObject(ctx, key),
      name: document.name,
      contentType: version.content_type,
      sizeBytes: original ? version.size_bytes : null,
      sha256: original ? version.sha256 : null,
      disposition: 'inline',
    };
  }
  const contentType = version.preview_kind === 'text' ? 'text/plain; charset=utf-8' : version.content_type;
  return {
    stream: await openObject(ctx, version.storage_key),
    name: document.name,
    contentType,
    sizeBytes: version.size_bytes,
    sha256: version.sha256,
    disposition: 'inline',
  };
}

/** The current version's thumbnail; 404 until it exists (images only, made in the background). */
export async function thumbnailUseCase(ctx: AppContext, actor: Actor, documentId: string): Promise<FileToSend> {
  const { document } = await documentFor(ctx, actor, documentId, { live: true });
  const version = await findVersion(ctx.db, documentId, document.current_version_id);
  if (!version?.thumbnail_key || version.thumbnail_state !== 'ready') throw notFound();
  return {
    stream: await openObject(ctx, version.thumbnail_key),
    name: `${document.name}.webp`,
    contentType: 'image/webp',
    sizeBytes: null,
    sha256: null,
    disposition: 'inline',
  };
}
