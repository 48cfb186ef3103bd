import type { EnvelopeStatus } from '../../../contract/index.ts';
import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';
const isStaff = (actor: Actor) => actor.staffRole !== null;

/**
 * Who may do what with envelopes. Staff send, remind and void; a signer signs or declines for themselves only,
 * when it is their turn (state.ts). Where an event came from (IP, user agent) is the firm's record: staff only.
 */
export const signaturePolicy = {
  canSend: (actor: Actor) => active(actor) && isStaff(actor),
  seesOrigin: (actor: Actor) => isStaff(actor),
  /** The portal's sealing certificate is firm-wide: staff read it, owners and admins replace it (with step-up). */
  readsCertificate: (actor: Actor) => active(actor) && isStaff(actor),
  replacesCertificate: (actor: Actor) => active(actor) && isStaffAdmin(actor),
  certificateAbilities: (actor: Actor) => {
    const replace = signaturePolicy.replacesCertificate(actor);
    return { replace, regenerate: replace };
  },

  abilities(actor: Actor, facts: { status: EnvelopeStatus; awaitingUserIds: string[]; completed: boolean }) {
    const manage = signaturePolicy.canSend(actor);
    const turn = active(actor) && facts.awaitingUserIds.includes(actor.userId);
    return {
      sign: turn,
      decline: turn,
      void: manage && facts.status === 'sent',
      remind: manage && facts.status === 'sent' && facts.awaitingUserIds.length > 0,
      download: facts.completed,
    };
  },
};
