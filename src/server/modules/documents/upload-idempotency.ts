import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { UploadResult } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  idempotencyKeyOf,
  idempotencyKeyReused,
  refuseUnlessReplayable,
  releaseIdempotencyKey,
  runMarkingApplied,
} from '../../platform/http/idempotency.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { measureUpload, UploadTooLargeError } from '../../platform/storage/index.ts';
import type { IncomingFile } from './use-cases/store-incoming-file.ts';
import { versionSha256 } from './version-repository.ts';

export interface UploadReply {
  statusCode: number;
  body: UploadResult;
  replayed: boolean;
}

/**
 * `Idempotency-Key` for streamed uploads, on the same `idempotency_keys` rows as every other creating POST.
 * The body cannot be hashed before the work starts, so the key is claimed for a fingerprint of what is known
 * up front (method, path and query — name, folder, area —, Content-Length, Content-Type) and the bytes are
 * compared afterwards: a repeat reads its body, hashes it and gets the first response if its SHA-256 is the
 * stored version's, 409 `idempotency_key_reused` if not. No second object or version is ever written for a key.
 */
export async function idempotentUpload(
  ctx: AppContext,
  request: FastifyRequest,
  file: IncomingFile,
  upload: () => Promise<UploadResult>,
): Promise<UploadReply> {
  const key = idempotencyKeyOf(request);
  if (key === null) return { statusCode: 201, body: await upload(), replayed: false };
  const userId = actorOf(request).userId;
  const fingerprint = createHash('sha256')
    .update(
      `${request.method} ${request.url}\nlength ${file.contentLength ?? 'none'}\ntype ${file.contentType ?? 'none'}`,
    )
    .digest('hex');
  const claim = await claimIdempotencyKey(
    ctx.db,
    ctx.clock,
    userId,
    key,
    `upload:${fingerprint}`,
    ctx.config.idempotencyLeaseSeconds * 1000,
  );
  if (!claim.claimed) {
    // Refusals (another fingerprint, still running) come before the body is read, like every upload refusal.
    refuseUnlessReplayable(claim.stored, `upload:${fingerprint}`);
    const first = claim.stored.response_body as UploadResult;
    const expected =
      (await versionSha256(ctx.db, first.versionId)) ??
      (first.document.currentVersionId === first.versionId ? first.document.sha256 : null);
    if (expected === null || (await sha256Of(file, ctx.config.documents.maxUploadBytes)) !== expected)
      throw idempotencyKeyReused();
    return { statusCode: claim.stored.status_code, body: first, replayed: true };
  }
  let result: UploadResult;
  try {
    // The upload's transaction marks the key applied as it commits: a crash before the answer is stored then
    // gives the retry `idempotency_response_lost`, never a second upload (which would meet the first's name).
    result = await runMarkingApplied(userId, key, upload);
  } catch (error) {
    // Nothing was created: the key is free for the client's retry.
    await releaseIdempotencyKey(ctx.db, userId, key);
    throw error;
  }
  await completeIdempotencyKey(ctx.db, userId, key, 201, result);
  return { statusCode: 201, body: result, replayed: false };
}

/** Reads a repeated upload's body to the end without storing it; its SHA-256 (null when it is over the limit). */
async function sha256Of(file: IncomingFile, maxBytes: number): Promise<string | null> {
  const body = file.body instanceof Readable ? file.body : Readable.from([]);
  const { stream, measurement } = measureUpload(body, maxBytes);
  try {
    await pipeline(stream, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
  } catch (error) {
    if (error instanceof UploadTooLargeError) return null;
    throw new AppError(
      400,
      'upload_interrupted',
      'Upload interrupted',
      'The upload ended before the whole file arrived. Try again.',
    );
  }
  const measured = await measurement();
  if (file.contentLength !== null && measured.sizeBytes !== file.contentLength) {
    throw new AppError(
      400,
      'upload_interrupted',
      'Upload interrupted',
      'The upload ended before the whole file arrived. Try again.',
    );
  }
  return measured.sha256;
}
