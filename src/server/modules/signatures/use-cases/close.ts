import { requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { notifySigners } from '../emails.ts';
import { signaturePolicy } from '../policy.ts';
import { closeEnvelope, recordDecline, signersOf } from '../repository.ts';
import { awaitingSigners } from '../state.ts';
import { getEnvelopeUseCase, loadEnvelope } from './load.ts';
import { expireIfDue, REFUSALS } from './sign.ts';
import { recordTrail } from './trail.ts';

/**
 * A signer declines with a reason, at any time while the envelope is open (not only on their turn): the envelope
 * closes as declined and nobody else is asked. Under the envelope's row lock, like a signature.
 */
export async function declineEnvelopeUseCase(ctx: AppContext, actor: Actor, id: string, reason: string) {
  await loadEnvelope(ctx, actor, id);
  const now = ctx.clock.now();
  let expired = false;
  await ctx.db.transaction(async (tx) => {
    const row = await loadEnvelope(ctx, actor, id, tx, true);
    requireModule(actor, row.account_id, 'signatures');
    if ((expired = await expireIfDue(ctx, tx, row, now))) return;
    const own = (await signersOf(tx, [id])).find((signer) => signer.user_id === actor.userId);
    if (!own) throw REFUSALS.not_a_signer();
    if (own.status !== 'waiting') throw REFUSALS.already_signed();
    if (row.status !== 'sent') throw REFUSALS.closed();
    if (!(await recordDecline(tx, own.id, reason))) throw REFUSALS.already_signed();
    await closeEnvelope(tx, id, 'declined', now);
    await recordTrail(ctx, tx, row, {
      kind: 'declined',
      signerId: own.id,
      actor: { id: actor.userId, email: actor.email },
      detail: reason,
      now,
    });
  });
  if (expired) throw REFUSALS.expired();
  return getEnvelopeUseCase(ctx, actor, id);
}

/** The sender's side withdraws an open envelope, with a reason the signers see. */
export async function voidEnvelopeUseCase(ctx: AppContext, actor: Actor, id: string, reason: string) {
  await loadEnvelope(ctx, actor, id);
  if (!signaturePolicy.canSend(actor)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadEnvelope(ctx, actor, id, tx, true);
    if (row.status !== 'sent') throw conflict('This envelope is already closed.', 'envelope_closed');
    await closeEnvelope(tx, id, 'voided', now, { voidReason: reason });
    await recordTrail(ctx, tx, row, {
      kind: 'voided',
      actor: { id: actor.userId, email: actor.email },
      detail: reason,
      now,
    });
  });
  return getEnvelopeUseCase(ctx, actor, id);
}

/** Staff send the request again, now, to the signers whose turn it is (resend). */
export async function remindEnvelopeUseCase(ctx: AppContext, actor: Actor, id: string) {
  await loadEnvelope(ctx, actor, id);
  if (!signaturePolicy.canSend(actor)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadEnvelope(ctx, actor, id, tx, true);
    if (row.status !== 'sent') throw conflict('This envelope is already closed.', 'envelope_closed');
    const signers = await signersOf(tx, [id]);
    const turn = awaitingSigners(
      row.status,
      row.mode,
      signers.map((s) => ({ ...s, userId: s.user_id })),
    );
    await notifySigners(ctx, tx, row, turn, 'reminder');
    for (const signer of turn)
      await recordTrail(ctx, tx, row, {
        kind: 'reminded',
        signerId: signer.id,
        actor: { id: actor.userId, email: actor.email },
        now,
      });
  });
  return getEnvelopeUseCase(ctx, actor, id);
}
