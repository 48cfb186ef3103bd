import { isStaffAdmin, type Actor } from '../../platform/actor.ts';
import type { StaffRole } from '../../../contract/index.ts';

/** Owners and admins manage staff; only an owner may make or unmake an owner; nobody edits themselves. */
export const staffPolicy = {
  canList: (actor: Actor) => actor.staffRole !== null,
  canInvite: (actor: Actor, role: StaffRole) =>
    isStaffAdmin(actor) && (role !== 'owner' || actor.staffRole === 'owner'),
  abilities(actor: Actor, target: { id: string; staff_role: StaffRole }) {
    const allowed =
      isStaffAdmin(actor) &&
      target.id !== actor.userId &&
      (target.staff_role !== 'owner' || actor.staffRole === 'owner');
    return { update: allowed, remove: allowed };
  },
};
