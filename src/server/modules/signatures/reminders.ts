import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { certificateExpiredOn } from './certificate.ts';
import { notifySigners } from './emails.ts';
import { claimDueReminders, claimSlot } from './repository-reminders.ts';
import { closeEnvelope, expiredOpenEnvelopes, findEnvelope, signedOpenEnvelopes, signersOf } from './repository.ts';
import { finalizeEnvelope } from './use-cases/complete.ts';
import { recordTrail } from './use-cases/trail.ts';

const BATCH = 500;

/** The reminder interval a time falls in (null when reminders are off): one reminder per signer per slot. */
export function reminderSlot(ctx: AppContext, now: Date): number | null {
  const interval = ctx.config.signatureReminders.intervalSeconds;
  return interval > 0 ? Math.floor(now.getTime() / 1000 / interval) : null;
}

export const claimReminderSlot = (tx: Queryable, signerIds: string[], slot: number, now: Date) =>
  claimSlot(tx, signerIds, slot, now);

/**
 * Completes envelopes whose completion did not run (a crash after the last signature), closes envelopes past their expiry (their trail and the audit log say so), then reminds every signer whose turn
 * it is, once per interval. Each batch claims and queues its mails in one transaction: several processes sweep
 * safely, and a crash can neither lose a reminder nor send it twice.
 */
export async function runSignatureSweep(ctx: AppContext) {
  const now = ctx.clock.now();
  // With an expired certificate they wait (signatures kept) until it is replaced; expiries and reminders go on.
  if (!(await certificateExpiredOn(ctx)))
    for (const { id } of await signedOpenEnvelopes(ctx.db, 50)) await finalizeEnvelope(ctx, id, null);
  for (;;) {
    const expired = await ctx.db.transaction(async (tx) => {
      const rows = await expiredOpenEnvelopes(tx, now, BATCH);
      for (const row of rows) {
        await closeEnvelope(tx, row.id, 'expired', now);
        const envelope = (await findEnvelope(tx, row.id, [true, []]))!;
        await recordTrail(ctx, tx, envelope, { kind: 'expired', actor: null, now });
      }
      return rows.length;
    });
    if (expired < BATCH) break;
  }
  const slot = reminderSlot(ctx, now);
  if (slot === null) return;
  for (;;) {
    const claimed = await ctx.db.transaction(async (tx) => {
      const claims = await claimDueReminders(tx, slot, now, BATCH);
      for (const envelopeId of new Set(claims.map((claim) => claim.envelope_id))) {
        // The sweep acts for the portal: the whole scope.
        const envelope = (await findEnvelope(tx, envelopeId, [true, []]))!;
        const ids = new Set(claims.filter((c) => c.envelope_id === envelopeId).map((c) => c.signer_id));
        const signers = (await signersOf(tx, [envelopeId])).filter((signer) => ids.has(signer.id));
        await notifySigners(ctx, tx, envelope, signers, 'reminder');
        for (const signer of signers)
          await recordTrail(ctx, tx, envelope, { kind: 'reminded', signerId: signer.id, actor: null, now });
      }
      return claims.length;
    });
    if (claimed < BATCH) return;
  }
}

/** Runs the sweep often enough to catch each interval and expiries (at most every 15 minutes). */
export function startSignatureSweep(ctx: AppContext): () => void {
  const interval = ctx.config.signatureReminders.intervalSeconds;
  if (interval === 0) return () => {};
  return startPeriodic(ctx, 'signature reminders', Math.min(interval, 900) * 1000, () => runSignatureSweep(ctx));
}
