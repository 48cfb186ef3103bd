import type { Queryable } from '../../../platform/db/index.ts';
import { signatureClosed, signatureTurn } from '../hooks.ts';
import type { EnvelopeRow, SignerRow } from '../repository.ts';
import { signersOf } from '../repository.ts';
import { userName } from '../repository-people.ts';
import { awaitingSigners } from '../state.ts';
import type { TrailEntry } from './trail.ts';

/** Whose turn an open envelope is now: the client while any of their people is awaited, else the firm; null: none. */
export function waitingSide(mode: EnvelopeRow['mode'], signers: SignerRow[]) {
  const turn = awaitingSigners(
    'sent',
    mode,
    signers.map((signer) => ({ ...signer, userId: signer.user_id })),
  );
  if (!turn.length) return null;
  return turn.some((signer) => signer.side === 'client') ? ('client' as const) : ('firm' as const);
}

/**
 * After a trail entry that changes whose turn it is or closes the envelope, tells the listening modules (onboarding)
 * in the same transaction: after a signature, whose turn it is now (none when complete: completion has its own hook);
 * after a decline, void or expiry, how it closed, by whom and why. The envelope's rows are already updated.
 */
export async function reportEnvelopeProgress(tx: Queryable, envelope: EnvelopeRow, entry: TrailEntry) {
  const base = { envelopeId: envelope.id, accountId: envelope.account_id, now: entry.now };
  if (entry.kind === 'signed') {
    const waitingOn = waitingSide(envelope.mode, await signersOf(tx, [envelope.id]));
    if (waitingOn) await signatureTurn.fire(tx, { ...base, waitingOn });
    return;
  }
  if (entry.kind !== 'declined' && entry.kind !== 'voided' && entry.kind !== 'expired') return;
  let byName: string | null = null;
  if (entry.kind === 'declined')
    byName = (await signersOf(tx, [envelope.id])).find((signer) => signer.id === entry.signerId)?.name ?? null;
  if (entry.kind === 'voided' && entry.actor) byName = await userName(tx, entry.actor.id);
  await signatureClosed.fire(tx, { ...base, outcome: entry.kind, byName, reason: entry.detail ?? null });
}
