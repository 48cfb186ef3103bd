import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

export const auditPolicy = {
  canRead: (actor: Actor) => isStaffAdmin(actor),
};
