import type { Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';

/**
 * Who may do what with orders. Orders come from the business's store or ERP: only staff owners and admins (by
 * session or by their API token) write them. The account's people read their own accounts' orders and file tickets
 * about them; agents read the orders of the accounts they see. Nobody changes an order by hand in the portal.
 */
export const orderPolicy = {
  canUpsert: (actor: Actor) => active(actor) && (actor.staffRole === 'owner' || actor.staffRole === 'admin'),
  canFileTicket: (actor: Actor, accountId: string) =>
    active(actor) && actor.staffRole === null && actor.memberships.has(accountId),

  abilities(actor: Actor, facts: { accountId: string }) {
    return {
      fileTicket: orderPolicy.canFileTicket(actor, facts.accountId),
      update: orderPolicy.canUpsert(actor),
    };
  },
};
