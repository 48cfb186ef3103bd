import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

export const mailTemplatesPolicy = {
  /** Every staff member may read a segment's sender, DNS records and templates. */
  canRead: (actor: Actor) => actor.staffRole !== null,
  /** Only owners and admins change the sender, templates and keys (issue 14's rules); test sends are editing too. */
  canUpdate: (actor: Actor) => isStaffAdmin(actor),
};
