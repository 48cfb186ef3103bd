import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

/**
 * Webhooks send every account's events to outside systems: configuring them, reading the delivery log (request
 * bodies) and replaying are for staff owners and admins only. Agents and people get 403.
 */
export const webhookPolicy = {
  canManage: (actor: Actor) => actor.sessionState === 'active' && isStaffAdmin(actor),
  subscriptionAbilities: (actor: Actor) => {
    const manage = webhookPolicy.canManage(actor);
    return { update: manage, delete: manage, rotateSecret: manage };
  },
  deliveryAbilities: (actor: Actor) => ({ replay: webhookPolicy.canManage(actor) }),
};
