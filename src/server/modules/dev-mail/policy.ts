import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

/** The outbox shows live links (resets, invitations) until they expire: admins only, and only with the dev driver. */
export const devMailPolicy = {
  canRead: (actor: Actor, driver: 'dev' | 'smtp') => isStaffAdmin(actor) && driver === 'dev',
};
