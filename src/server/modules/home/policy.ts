import type { Actor } from '../../platform/actor.ts';

export const homePolicy = {
  /** Every staff member has a console home; what it covers is their account scope (limited agents: assigned accounts). */
  canViewWaiting: (actor: Actor) => actor.staffRole !== null && actor.sessionState === 'active',
  /** The portal home's counts are for the people of the account (staff see an account's work on the console home). */
  canViewHomeCounts: (actor: Actor, accountId: string) => actor.memberships.has(accountId),
  /** A listed account opens in the console for anyone who sees it listed (the listing is already scoped). */
  canOpenAccount: (actor: Actor) => actor.staffRole !== null,
};
