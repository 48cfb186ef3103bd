import { accountScopeOf, inAccountScope, type Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';

/**
 * Who reads which timeline. An account's timeline: staff in whose scope it is (both sides), and its people (both
 * sides too, but the providers leave out what is staff-only, such as internal projects' tasks). "Waiting on us" is the
 * firm's side across the staff member's scope. Everyone signed in has their own calendar feed.
 */
export const obligationsPolicy = {
  canViewTimeline: (actor: Actor, accountId: string) =>
    active(actor) && inAccountScope(accountScopeOf(actor), accountId),
  canViewWaiting: (actor: Actor) => active(actor) && actor.staffRole !== null,
  canManageFeed: (actor: Actor) => active(actor),
};
