import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { enqueueJob, type JobHandler } from '../../../platform/jobs/index.ts';
import { issueInvitation } from '../../identity/index.ts';
import { findImport } from '../repository.ts';
import { lockUnsentInvitations, markInvitationsSent } from '../repository-invitations.ts';
import { actorOfCreator } from './actor.ts';

export const IMPORT_INVITATIONS_JOB = 'imports.invitations';
const MINUTE = 60_000;

/** Wakes the import's invitation job (one queued job per import, whatever the number of batches). */
export async function enqueueImportInvitations(tx: Queryable, importId: string, now: Date) {
  await enqueueJob(
    tx,
    {
      kind: IMPORT_INVITATIONS_JOB,
      payload: { importId },
      dedupeKey: `${IMPORT_INVITATIONS_JOB}:${importId}`,
      runAt: now,
      maxAttempts: 20,
    },
    now,
  );
}

/**
 * Sends the import's next `imports.invitationsPerMinute` invitations through identity's invite (audited, each mail
 * queued in the same transaction), then comes back a minute later while some are left. The pace is the import's
 * own: these never count against the per-sender budget of invitations sent by hand, and a 100,000-row import adds
 * its mails to the queue a minute's worth at a time.
 */
export const sendImportInvitationsJob: JobHandler = async (ctx: AppContext, payload) => {
  const importId = String(payload.importId);
  const job = await findImport(ctx.db, importId);
  if (!job) return;
  const actor = await actorOfCreator(ctx.db, job.created_by);
  // The person who started the import left or lost the right: the rest are not sent (the console shows how many).
  if (!actor) return;
  const now = ctx.clock.now();
  const left = await ctx.db.transaction(async (tx) => {
    const batch = await lockUnsentInvitations(tx, importId, ctx.config.imports.invitationsPerMinute + 1);
    const sending = batch.slice(0, ctx.config.imports.invitationsPerMinute);
    for (const invitation of sending)
      await issueInvitation(
        ctx,
        tx,
        actor,
        {
          email: invitation.email,
          accountId: invitation.account_id,
          accountName: invitation.account_name,
          role: invitation.role,
          staffRole: null,
        },
        '',
      );
    await markInvitationsSent(
      tx,
      importId,
      sending.map((invitation) => invitation.row_number),
      now,
    );
    return batch.length > sending.length;
  });
  if (left) return { postponeUntil: new Date(now.getTime() + MINUTE) };
};
