import type { Actor } from '../../platform/actor.ts';

export const supportReportsPolicy = {
  /** Every staff member sees the dashboard; what it covers is their account scope (limited agents: assigned accounts). */
  canView: (actor: Actor) => actor.staffRole !== null && actor.sessionState === 'active',
};
