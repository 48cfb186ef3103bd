import type { AppContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { recordActivity } from './activity-repository.ts';
import { queueFileRequestMail } from './emails.ts';
import { findFileRequest, claimDueReminders } from './request-repository.ts';
import { takeAbandonedUploads } from './repository-held.ts';
import { trashDocument } from './trash-repository.ts';
import { purgeCutoff, purgeTrashNow } from './use-cases/trash.ts';
import { forgetPendingObject, pendingObjectsStartedBefore } from './version-repository.ts';

const DUE_SOON_DAYS = 2;
// An upload still streaming after a day is not coming back; its pending object is an orphan.
const ORPHAN_AFTER_MS = 24 * 3_600_000;
// A file held for a signature request and not sent with one within a day was left behind with its form.
const ABANDONED_AFTER_MS = 24 * 3_600_000;

/**
 * Reminders before and after due dates; each claimed in the database first, so no process sends one twice. The
 * claim and the queued mails commit together: a crash between them can neither lose a reminder nor send it twice.
 */
export async function sendFileRequestReminders(ctx: AppContext) {
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  let sent = 0;
  for (const kind of ['due_soon', 'overdue'] as const) {
    sent += await ctx.db.transaction(async (tx) => {
      const ids = await claimDueReminders(tx, kind, today, DUE_SOON_DAYS, now);
      for (const id of ids) {
        // Jobs act for the portal, not for a person: the whole scope.
        const request = await findFileRequest(tx, { kind: 'all' }, id);
        if (request) await queueFileRequestMail(ctx, tx, request, kind);
      }
      return ids.length;
    });
  }
  return sent;
}

/** Deletes objects whose upload never committed (killed process, lost connection) and partial writes. */
export async function sweepOrphanedObjects(ctx: AppContext) {
  const before = new Date(ctx.clock.now().getTime() - ORPHAN_AFTER_MS);
  let removed = 0;
  for (const key of await pendingObjectsStartedBefore(ctx.db, before, 1000)) {
    await ctx.storage.remove(key);
    await forgetPendingObject(ctx.db, key);
    removed += 1;
  }
  return removed + (await ctx.storage.sweepPartialWrites(before));
}

/**
 * Uploads held for a signature request that was never sent (the form abandoned): a day on, into the trash, as if
 * their uploader had deleted them (restorable for 30 days, then purged). A send that used one released it.
 */
export async function trashAbandonedUploads(ctx: AppContext) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const abandoned = await takeAbandonedUploads(tx, new Date(now.getTime() - ABANDONED_AFTER_MS), 500);
    for (const upload of abandoned) {
      if (!(await trashDocument(tx, upload.document_id, newId(), upload.held_by, now)) || !upload.held_by) continue;
      await recordActivity(tx, {
        accountId: upload.account_id,
        documentId: upload.document_id,
        documentName: upload.name,
        area: upload.area,
        action: 'deleted',
        versionNumber: null,
        actorUserId: upload.held_by,
        actorIsStaff: true,
        now,
      });
    }
    return abandoned.length;
  });
}

/** Everything periodic of the documents module, one pass. Safe to run in several processes at once. */
export async function runDocumentJobs(ctx: AppContext) {
  const reminders = await sendFileRequestReminders(ctx);
  const abandoned = await trashAbandonedUploads(ctx);
  const purged = await purgeTrashNow(ctx, purgeCutoff(ctx.clock.now()), null);
  const orphans = await sweepOrphanedObjects(ctx);
  return { reminders, abandoned, purged, orphans };
}

/** Runs the jobs every `intervalSeconds` (0: never) without keeping the process alive; returns the stop function. */
export function startDocumentJobs(ctx: AppContext, intervalSeconds: number): () => void {
  return startPeriodic(ctx, 'document jobs', intervalSeconds * 1000, () => runDocumentJobs(ctx));
}
