import { accountScopeOf, inAccountScope, isStaffAdmin, type Actor } from '../../platform/actor.ts';

export interface AccountAbilities {
  view: boolean;
  update: boolean;
  manageMembers: boolean;
  invite: boolean;
}

/** Everything about who may do what with an account, its members and invitations. */
export const accountPolicy = {
  canCreate: (actor: Actor) => isStaffAdmin(actor),

  abilities(actor: Actor, accountId: string): AccountAbilities {
    if (!inAccountScope(accountScopeOf(actor), accountId))
      return { view: false, update: false, manageMembers: false, invite: false };
    if (actor.staffRole) return { view: true, update: true, manageMembers: true, invite: true };
    const isAdmin = actor.memberships.get(accountId) === 'account_admin';
    return { view: true, update: false, manageMembers: isAdmin, invite: isAdmin };
  },

  /** Nobody changes or removes their own membership here: it would lock an account admin out by mistake. */
  memberAbilities(actor: Actor, accountId: string, memberUserId: string) {
    const allowed = accountPolicy.abilities(actor, accountId).manageMembers && memberUserId !== actor.userId;
    return { changeRole: allowed, remove: allowed };
  },

  invitationAbilities(actor: Actor, accountId: string) {
    return { revoke: accountPolicy.abilities(actor, accountId).invite };
  },
};
