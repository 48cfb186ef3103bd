import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

export const segmentPolicy = {
  canList: (actor: Actor) => actor.staffRole !== null,
  canManage: (actor: Actor) => isStaffAdmin(actor),
};
