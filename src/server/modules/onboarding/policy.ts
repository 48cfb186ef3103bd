import type { Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';
const isStaff = (actor: Actor) => actor.staffRole !== null;

/**
 * Who may do what with onboarding. Staff build templates, apply them to the accounts in their scope, cancel and
 * re-apply. The account's people read their account's checklist and tick off what is theirs to tick (a welcome
 * message); every other step completes through its own item (the form submitted, the invoice paid...). Nobody
 * outside the firm changes a template.
 */
export const onboardingPolicy = {
  canManage: (actor: Actor) => active(actor) && isStaff(actor),

  templateAbilities(actor: Actor) {
    const manage = onboardingPolicy.canManage(actor);
    return { update: manage, delete: manage, apply: manage };
  },

  onboardingAbilities(actor: Actor, facts: { status: string }) {
    const manage = onboardingPolicy.canManage(actor);
    return { cancel: manage && facts.status === 'active', reapply: manage && facts.status !== 'active' };
  },

  /**
   * A welcome step is ticked off by the account's people (staff may tick it for them, e.g. after a call). A step
   * whose item ended without completing it (a letter declined) is re-issued by staff, when its kind can.
   */
  stepAbilities(
    actor: Actor,
    facts: { accountId: string; kind: string; status: string; hasIssue: boolean; reissuable: boolean },
  ) {
    const mayTick = active(actor) && (isStaff(actor) || actor.memberships.has(facts.accountId));
    return {
      complete: facts.kind === 'welcome' && facts.status === 'open' && mayTick,
      reissue: onboardingPolicy.canManage(actor) && facts.status === 'open' && facts.hasIssue && facts.reissuable,
    };
  },
};
