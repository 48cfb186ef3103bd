import type { Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';
const isStaff = (actor: Actor) => actor.staffRole !== null;

/**
 * Who may do what with forms. Staff build, publish and assign forms and read the answers of the accounts in their
 * scope. The account's people never see a form's definition except through an assignment of their account, and
 * fill (save drafts, submit) their account's assignments; they never change a definition.
 */
export const formPolicy = {
  canManage: (actor: Actor) => active(actor) && isStaff(actor),
  canFill: (actor: Actor, accountId: string) => active(actor) && !isStaff(actor) && actor.memberships.has(accountId),

  formAbilities(actor: Actor) {
    const manage = formPolicy.canManage(actor);
    return { update: manage, publish: manage, assign: manage, readSubmissions: manage };
  },

  assignmentAbilities(actor: Actor, facts: { accountId: string; submitted: boolean }) {
    return { fill: !facts.submitted && formPolicy.canFill(actor, facts.accountId) };
  },
};
