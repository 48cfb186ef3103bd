import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

export const settingsPolicy = {
  canRead: (actor: Actor) => actor.staffRole !== null,
  canUpdate: (actor: Actor) => isStaffAdmin(actor),
};
