import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';

/**
 * Who may do what with retainers. Staff and the account's people read them (the scope decides which accounts);
 * setting one up, changing or ending it and asking for overage are financial acts for owners and admins. Overage
 * is approved or declined by the account's admins (like a quote), never by staff: it is the client's consent.
 */
export const retainerPolicy = {
  canManage: (actor: Actor) => active(actor) && isStaffAdmin(actor),
  canApproveOverage: (actor: Actor, overage: { accountId: string; status: string }) =>
    active(actor) &&
    actor.staffRole === null &&
    overage.status === 'pending' &&
    actor.memberships.get(overage.accountId) === 'account_admin',

  retainerAbilities(actor: Actor, retainer: { endedOn: string | null; unrequestedMinutes: number }) {
    const manage = retainerPolicy.canManage(actor) && retainer.endedOn === null;
    return { update: manage, end: manage, requestOverage: manage && retainer.unrequestedMinutes > 0 };
  },
  overageAbilities(actor: Actor, overage: { accountId: string; status: string }) {
    const answer = retainerPolicy.canApproveOverage(actor, overage);
    return { approve: answer, decline: answer };
  },
};
