import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

/**
 * Imports create and change accounts and people across the whole portal: staff owners and admins only (agents,
 * limited or not, and people outside the firm never). API tokens of such staff need the `accounts` scope.
 */
export const importPolicy = {
  canImport: (actor: Actor) => isStaffAdmin(actor),
  abilities(actor: Actor, status: string) {
    const allowed = importPolicy.canImport(actor);
    return { run: allowed && status !== 'queued' && status !== 'running', download: allowed };
  },
};
