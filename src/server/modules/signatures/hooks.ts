import type { Queryable } from '../../platform/db/index.ts';
import { txHook } from '../../platform/tx-hooks.ts';

/** Every signer signed and the sealed copy is filed, inside the transaction that completes the envelope. */
export interface SignatureCompleted {
  envelopeId: string;
  accountId: string;
  completedDocumentId: string;
  completedSha256: string;
  now: Date;
}

export type SignatureCompletedListener = (tx: Queryable, event: SignatureCompleted) => Promise<void>;

const listeners = new Set<SignatureCompletedListener>();

/**
 * Lets another module act on a completed envelope in the same transaction (onboarding ticks its "sign the
 * engagement letter" step), so the completion and its consequences commit or roll back together. Returns the
 * unsubscribe function.
 */
export function onSignatureCompleted(listener: SignatureCompletedListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function signatureCompleted(tx: Queryable, event: SignatureCompleted) {
  for (const listener of listeners) await listener(tx, event);
}

/**
 * Whose turn an open envelope is after a signature: `client` while one of the account's people is to sign next,
 * `firm` when only staff (a countersignature) are left. Fired in the signature's transaction.
 */
export interface SignatureTurn {
  envelopeId: string;
  accountId: string;
  waitingOn: 'client' | 'firm';
  now: Date;
}

/**
 * An envelope closed without completing: a signer declined (their name and reason), staff voided it (who, and the
 * reason the signers see) or it expired. Fired in the closing transaction.
 */
export interface SignatureClosed {
  envelopeId: string;
  accountId: string;
  outcome: 'declined' | 'voided' | 'expired';
  byName: string | null;
  reason: string | null;
  now: Date;
}

export const signatureTurn = txHook<SignatureTurn>();
export const signatureClosed = txHook<SignatureClosed>();

/** Subscribes to whose turn an envelope is (onboarding shows its step waiting on the firm or the client). */
export const onSignatureTurn = signatureTurn.listen;
/** Subscribes to envelopes closed without completing (onboarding shows the step's state and offers a re-send). */
export const onSignatureClosed = signatureClosed.listen;
