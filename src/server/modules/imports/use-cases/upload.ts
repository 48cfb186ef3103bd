import type { Readable } from 'node:stream';
import { IMPORT_MAX_BYTES } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, forbidden, storageFull } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { isStorageFull, measureUpload, UploadTooLargeError } from '../../../platform/storage/index.ts';
import { detectDelimiter, summarizeCsv } from '../csv-file.ts';
import { importPolicy } from '../policy.ts';
import { insertImport } from '../repository.ts';
import { getImportUseCase } from './load.ts';

const tooLarge = () =>
  new AppError(
    413,
    'file_too_large',
    'File too large',
    `An import file can be at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB: split it.`,
  );

/**
 * Stores an uploaded CSV (streamed to the storage driver, never into the database), then reads it once to check
 * it as the import will (UTF-8, well-formed, a header, at most IMPORT_MAX_ROWS rows). A refused file is deleted.
 */
export async function uploadImportUseCase(
  ctx: AppContext,
  actor: Actor,
  file: { body: Readable; contentLength: number | null; fileName: string },
) {
  if (!importPolicy.canImport(actor)) throw forbidden();
  if (file.contentLength !== null && file.contentLength > IMPORT_MAX_BYTES) throw tooLarge();
  const id = newId();
  const storageKey = `imports/${id}`;
  const { stream, measurement, exceeded } = measureUpload(file.body, IMPORT_MAX_BYTES);
  try {
    await ctx.storage.write(storageKey, stream);
  } catch (error) {
    await ctx.storage.remove(storageKey);
    if (error instanceof UploadTooLargeError || exceeded()) throw tooLarge();
    if (isStorageFull(error)) throw storageFull();
    throw error;
  }
  const measured = await measurement();
  try {
    const delimiter = detectDelimiter(measured.head.toString('utf8'));
    const summary = await summarizeCsv(await ctx.storage.read(storageKey), delimiter);
    await insertImport(ctx.db, {
      id,
      createdBy: actor.userId,
      fileName: file.fileName,
      storageKey,
      sizeBytes: measured.sizeBytes,
      sha256: measured.sha256,
      delimiter,
      columns: summary.columns,
      totalRows: summary.totalRows,
      now: ctx.clock.now(),
    });
  } catch (error) {
    await ctx.storage.remove(storageKey);
    throw error;
  }
  return getImportUseCase(ctx, actor, id);
}
