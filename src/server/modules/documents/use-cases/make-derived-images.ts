import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { completeJob, enqueueJob, type JobHandler, type JobKindOptions } from '../../../platform/jobs/index.ts';
import { makeImagePreview, needsReencoding } from '../image-previews.ts';
import { MAX_SOURCE_BYTES, UndecodableImageError, writeThumbnail } from '../thumbnails.ts';
import { setThumbnail, versionForDerivedImages } from '../version-repository.ts';

/**
 * An image version's thumbnail and metadata-free preview. A job, not in-process work after the response: it is
 * enqueued in the upload's own transaction, so a crash after the commit leaves a job that a restart (or any other
 * process, once the lease passed) runs, never a thumbnail "pending" for ever.
 */
export const DERIVED_IMAGES_JOB = 'documents.derived-images';
// Undecodable images fail at once (see below); what is left to retry is storage trouble, worth a few tries.
const MAX_ATTEMPTS = 5;

export async function enqueueDerivedImages(tx: Queryable, versionId: string, now: Date) {
  await enqueueJob(
    tx,
    {
      kind: DERIVED_IMAGES_JOB,
      payload: { versionId },
      runAt: now,
      dedupeKey: `${DERIVED_IMAGES_JOB}:${versionId}`,
      maxAttempts: MAX_ATTEMPTS,
    },
    now,
  );
}

const makeDerivedImages: JobHandler = async (ctx, payload, job, signal) => {
  const version = await versionForDerivedImages(ctx.db, String(payload.versionId));
  if (!version) return; // purged from the trash meanwhile
  // Best effort: a preview not made here is made at its first view (image-previews.ts).
  if (needsReencoding(version.content_type) && !version.preview_key) await makeImagePreview(ctx, version);
  // `failed` again only when an admin retried the job that gave up.
  if (version.thumbnail_state !== 'pending' && version.thumbnail_state !== 'failed') return;
  let state: 'ready' | 'failed' | 'none' = 'none';
  let key: string | null = null;
  if (version.size_bytes <= MAX_SOURCE_BYTES) {
    try {
      key = await writeThumbnail(ctx, version, signal);
      state = 'ready';
    } catch (error) {
      if (!(error instanceof UndecodableImageError)) throw error;
      ctx.logger.warn({ err: error, versionId: version.id }, 'thumbnail failed: the image cannot be decoded');
      state = 'failed';
    }
  }
  signal.throwIfAborted();
  // The job's attempt is the fencing token: a run whose lease passed (another run took over) writes nothing.
  await ctx.db.transaction(async (tx) => {
    if (await completeJob(tx, job.id, ctx.clock.now(), job.attempts)) await setThumbnail(tx, version.id, state, key);
  });
  return { completed: true };
};

export const derivedImagesJob: { kind: string; handler: JobHandler; options: JobKindOptions } = {
  kind: DERIVED_IMAGES_JOB,
  handler: makeDerivedImages,
  options: {
    // The last attempt failed (storage down for a long time): the thumbnail is failed, not pending for ever.
    async onGiveUp(_ctx: AppContext, payload, _job, tx) {
      await setThumbnail(tx, String(payload.versionId), 'failed', null);
    },
  },
};
