import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

export const domainsPolicy = {
  canRead: (actor: Actor) => actor.staffRole !== null,
  /** Only owners and admins change a segment's domains (issue 14's rules): a domain decides where people sign in. */
  canUpdate: (actor: Actor) => isStaffAdmin(actor),
};
