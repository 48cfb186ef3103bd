import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

/** Providers decide who may sign in to the portal: staff read them, only owners and admins change them. */
export const ssoPolicy = {
  canRead: (actor: Actor) => actor.staffRole !== null,
  canManage: (actor: Actor) => isStaffAdmin(actor),
  abilities: (actor: Actor) => ({ update: isStaffAdmin(actor), delete: isStaffAdmin(actor) }),
};
