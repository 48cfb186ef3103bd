import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

/** The outbox holds every link ever mailed (resets, invitations): admins only, and only with the dev driver. */
export const devMailPolicy = {
  canRead: (actor: Actor, driver: 'dev' | 'smtp') => isStaffAdmin(actor) && driver === 'dev',
};
