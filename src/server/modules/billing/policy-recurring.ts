import type { SubscriptionStatus } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { billingPolicy } from './policy.ts';

/**
 * Who may do what with the catalogue and subscriptions: the catalogue is the firm's price list (staff read it,
 * admins change it); subscriptions are issued, paused, resumed and cancelled by those who issue invoices (owners and
 * admins; agents read). The account's people see their own subscriptions and change nothing.
 */
export const recurringPolicy = {
  canReadCatalog: (actor: Actor) => billingPolicy.canViewSetup(actor),
  canManageCatalog: (actor: Actor) => billingPolicy.canConfigure(actor),
  canManageSubscriptions: (actor: Actor) => billingPolicy.canIssue(actor),
  /** The console's "bill due periods now": the same sweep the timer runs. */
  canRunBilling: (actor: Actor) => billingPolicy.canIssue(actor),

  subscriptionAbilities(actor: Actor, status: SubscriptionStatus) {
    const manage = recurringPolicy.canManageSubscriptions(actor);
    return {
      pause: manage && status === 'active',
      resume: manage && status === 'paused',
      cancel: manage && (status === 'active' || status === 'paused'),
      changeAutoCharge: manage && (status === 'active' || status === 'paused'),
    };
  },
};
