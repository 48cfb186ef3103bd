import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';

export const slaPolicy = {
  /** Every agent sees the calendars and targets their tickets are measured against. */
  canView: (actor: Actor) => active(actor) && actor.staffRole !== null,
  /** Calendars and policies set what the whole portal promises its customers: owners and admins only. */
  canManage: (actor: Actor) => active(actor) && isStaffAdmin(actor),

  configAbilities(actor: Actor) {
    const manage = slaPolicy.canManage(actor);
    return { update: manage, delete: manage };
  },
};
