import type { EnvelopeMode, EnvelopeStatus } from '../../../contract/index.ts';

/** What the rules need of a signer. */
export interface SignerState {
  id: string;
  userId: string;
  position: number;
  status: 'waiting' | 'signed' | 'declined';
}

/** The signers whose turn it is: none unless open; sequential: the first not signed; parallel: all waiting. */
export function awaitingSigners<S extends SignerState>(status: EnvelopeStatus, mode: EnvelopeMode, signers: S[]) {
  if (status !== 'sent') return [];
  const waiting = signers.filter((signer) => signer.status === 'waiting');
  if (mode === 'parallel') return waiting;
  const next = [...signers].sort((a, b) => a.position - b.position).find((signer) => signer.status !== 'signed');
  return next && next.status === 'waiting' ? [next] : [];
}

export type SignRefusal = 'not_a_signer' | 'already_signed' | 'closed' | 'not_your_turn';

/** Why `userId` may not sign (or decline) now, or null. */
export function signRefusal(
  status: EnvelopeStatus,
  mode: EnvelopeMode,
  signers: SignerState[],
  userId: string,
): SignRefusal | null {
  const own = signers.find((signer) => signer.userId === userId);
  if (!own) return 'not_a_signer';
  if (own.status !== 'waiting') return 'already_signed';
  if (status !== 'sent') return 'closed';
  if (!awaitingSigners(status, mode, signers).some((signer) => signer.userId === userId)) return 'not_your_turn';
  return null;
}

/** Every signer signed: the envelope completes. */
export const allSigned = (signers: SignerState[]) => signers.every((signer) => signer.status === 'signed');
