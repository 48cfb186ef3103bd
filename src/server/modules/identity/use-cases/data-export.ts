import { Readable, Transform } from 'node:stream';
import yazl from 'yazl';
import type { DataExport } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueueJob, type JobHandler } from '../../../platform/jobs/index.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { recordAudit } from '../../audit/index.ts';
import { queueDataExportReadyEmail } from '../emails-email-change.ts';
import {
  collectPersonalData,
  findDataExportOfUser,
  findLatestDataExport,
  findPendingDataExport,
  forgetDataExportFile,
  insertPendingDataExport,
  listExpiredDataExports,
  markDataExportFailed,
  markDataExportReady,
  personalDataPages,
  type DataExportRow,
} from '../repository-data-exports.ts';
import { findUserById } from '../repository.ts';

export const DATA_EXPORT_JOB = 'identity.data_export';
const EXPIRY_DAYS = 7;

export function presentDataExport(row: DataExportRow, now: Date): DataExport {
  const downloadable =
    row.status === 'ready' && row.storage_key !== null && row.expires_at !== null && row.expires_at > now;
  return {
    id: row.id,
    status: row.status,
    requestedAt: row.requested_at.toISOString(),
    readyAt: row.ready_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    downloadUrl: downloadable ? `/api/v1/me/data-exports/${row.id}/download` : null,
  };
}

export async function getLatestDataExport(ctx: AppContext, actor: Actor) {
  const row = await findLatestDataExport(ctx.db, actor.userId);
  return { export: row ? presentDataExport(row, ctx.clock.now()) : null };
}

/**
 * "Download my data": one export at a time per person (a second request while one is built gets that one, also under
 * concurrency: the unique index decides), built by a durable job, rate-limited per person.
 */
export async function requestDataExport(ctx: AppContext, actor: Actor) {
  const running = await findPendingDataExport(ctx.db, actor.userId);
  if (running) return presentDataExport(running, ctx.clock.now());
  await limitsOf(ctx).take(
    'dataExportsPerUser',
    actor.userId,
    'You asked for your data several times today. Try tomorrow.',
  );
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertPendingDataExport(tx, { id: newId(), userId: actor.userId, now });
    if (!inserted) return null;
    await enqueueJob(
      tx,
      { kind: DATA_EXPORT_JOB, payload: { exportId: inserted.id, userId: actor.userId }, runAt: now },
      now,
    );
    await recordAudit(tx, {
      action: 'data_export.requested',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'user', id: actor.userId, label: actor.email },
      occurredAt: now,
    });
    return inserted;
  });
  return presentDataExport(row ?? (await findPendingDataExport(ctx.db, actor.userId))!, now);
}

/** A JSON array (pretty, as the other files) from pages of rows, as text chunks: one page in memory at a time. */
async function* jsonArray(pages: AsyncIterable<object[]>) {
  let first = true;
  yield '[';
  for await (const page of pages) {
    if (!page.length) continue;
    const items = page.map((row) => JSON.stringify(row, null, 2).replace(/\n/g, '\n  '));
    yield `${first ? '' : ','}\n  ${items.join(',\n  ')}`;
    first = false;
  }
  yield first ? ']' : '\n]';
}

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 120) || 'file';

/** Job: builds the zip (JSON plus the original files, each read from storage only when the zip reaches it). */
export const buildDataExport: JobHandler = async (ctx: AppContext, payload) => {
  const exportId = String(payload.exportId);
  const userId = String(payload.userId);
  const row = await findDataExportOfUser(ctx.db, userId, exportId);
  const user = await findUserById(ctx.db, userId);
  if (!row || row.status !== 'pending' || !user) return;
  const data = await collectPersonalData(ctx.db, userId);
  const pages = personalDataPages(ctx.db, userId);
  const zip = new yazl.ZipFile();
  const json = (name: string, value: unknown) =>
    zip.addBuffer(Buffer.from(JSON.stringify(value, null, 2)), name, { compress: false });
  // A growing list is written as a JSON array page by page when the zip reaches it (never held whole).
  const jsonPages = (name: string, source: () => AsyncIterable<object[]>) =>
    zip.addReadStream(Readable.from(jsonArray(source())), name, { compress: false });
  json('profile.json', data.profile);
  json('memberships.json', data.memberships);
  jsonPages('messages.json', pages.messages);
  jsonPages('tickets.json', pages.tickets);
  jsonPages('sessions.json', pages.sessions);
  jsonPages('audit-events.json', pages.auditEvents);
  json('notification-preferences.json', data.notificationPreferences);
  // The files: listed without their storage keys, and each added to the zip, read from storage when reached.
  const listed: object[] = [];
  for (const source of [pages.documentFiles, pages.messageFiles])
    for await (const page of source())
      for (const file of page as { source: string; id: string; name: string; storage_key: string }[]) {
        const { storage_key: storageKey, ...entry } = file;
        listed.push(entry);
        zip.addReadStreamLazy(
          `files/${file.source}/${file.id}-${safeName(file.name)}`,
          { compress: false },
          (callback) => {
            ctx.storage.read(storageKey).then(
              (stream) => callback(null, stream),
              (error: Error) => callback(error, null as unknown as Readable),
            );
          },
        );
      }
  json('files.json', listed);
  zip.end();
  // Counted as it passes (a 'data' listener would start the flow before storage reads it, and lose the start).
  let size = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      callback(null, chunk);
    },
  });
  zip.outputStream.on('error', (error) => counted.destroy(error));
  zip.outputStream.pipe(counted);
  const storageKey = `data-exports/${exportId}`;
  await ctx.storage.write(storageKey, counted);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + EXPIRY_DAYS * 86_400_000);
  await ctx.db.transaction(async (tx) => {
    if (!(await markDataExportReady(tx, exportId, { storageKey, sizeBytes: size, now, expiresAt }))) return;
    await queueDataExportReadyEmail(ctx, tx, { email: user.email, locale: user.locale }, expiresAt);
  });
};

/** After the job gave up (storage down for hours): the person sees "failed" and may ask again. */
export const dataExportJobOptions = {
  async onGiveUp(_ctx: AppContext, payload: Record<string, unknown>, _job: unknown, tx: Queryable) {
    await markDataExportFailed(tx, String(payload.exportId));
  },
};

/** The zip, for its person only (anyone else, an expired or unfinished export: 404). */
export async function downloadDataExport(ctx: AppContext, actor: Actor, exportId: string) {
  const row = await findDataExportOfUser(ctx.db, actor.userId, exportId);
  const now = ctx.clock.now();
  if (!row || !presentDataExport(row, now).downloadUrl) throw notFound();
  const stream = await ctx.storage.read(row.storage_key!);
  return { stream, name: `my-data-${row.requested_at.toISOString().slice(0, 10)}.zip` };
}

/** Retention: expired exports' files are deleted from storage (the row stays as a record of the request). */
export async function sweepExpiredDataExports(ctx: AppContext) {
  let removed = 0;
  for (const row of await listExpiredDataExports(ctx.db, ctx.clock.now())) {
    await ctx.storage.remove(row.storage_key);
    await forgetDataExportFile(ctx.db, row.id);
    removed += 1;
  }
  return removed;
}
