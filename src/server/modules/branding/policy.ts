import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

export const brandingPolicy = {
  canRead: (actor: Actor) => actor.staffRole !== null,
  /** Only owners and admins change a segment's branding (issue 14's rules). */
  canUpdate: (actor: Actor) => isStaffAdmin(actor),
};
