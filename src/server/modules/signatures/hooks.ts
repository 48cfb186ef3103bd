import type { Queryable } from '../../platform/db/index.ts';

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
