import type { ApprovalStatus } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';
const isStaff = (actor: Actor) => actor.staffRole !== null;

/**
 * Who may do what with approvals. Staff ask for them, cancel and re-request them; an approver decides for
 * themselves only, when it is their turn (state.ts). The account's people never read approvals on internal
 * subjects (the repository filters them with `seesInternal`).
 */
export const approvalPolicy = {
  seesInternal: (actor: Actor) => isStaff(actor),
  canRequest: (actor: Actor) => active(actor) && isStaff(actor),
  seesDecisionOrigin: (actor: Actor) => isStaff(actor),

  abilities(actor: Actor, facts: { status: ApprovalStatus; awaitingUserIds: string[] }) {
    const manage = approvalPolicy.canRequest(actor);
    return {
      decide: active(actor) && facts.awaitingUserIds.includes(actor.userId),
      cancel: manage && facts.status === 'pending',
      rerequest: manage && (facts.status === 'cancelled' || facts.status === 'changes_requested'),
    };
  },
};
