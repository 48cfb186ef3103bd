import { isStaffAdmin, type Actor } from '../../platform/actor.ts';
import type { MembershipRow, SessionRow } from './repository.ts';

type SignInMethod = 'password' | 'magic_link' | 'sso';

/**
 * Sign-in rules. A person in several segments gets the strictest combination: a method is allowed only if
 * every segment they belong to allows it, and 2FA is required if any of them requires it.
 * Staff always sign in with a password; the portal setting decides whether staff need 2FA.
 */
export const signInPolicy = {
  allowsMethod(user: { staff_role: string | null }, memberships: MembershipRow[], method: SignInMethod): boolean {
    // Staff may also use the firm's staff provider (modules/sso), which checks that it exists.
    if (user.staff_role) return method === 'password' || method === 'sso';
    if (memberships.length === 0) return method === 'password';
    return memberships.every((membership) => membership.sign_in_methods.includes(method));
  },

  requiresTwoFactor(
    user: { staff_role: string | null },
    memberships: MembershipRow[],
    staffRequireTwoFactor: boolean,
  ): boolean {
    if (user.staff_role && staffRequireTwoFactor) return true;
    return memberships.some((membership) => membership.require_two_factor);
  },
};

export const mePolicy = {
  abilities(actor: Actor, mailDriver: 'dev' | 'smtp') {
    const admin = isStaffAdmin(actor);
    return {
      useConsole: actor.staffRole !== null,
      manageSettings: admin,
      manageStaff: admin,
      manageSegments: admin,
      createAccounts: admin,
      readAuditLog: admin,
      readMailOutbox: admin && mailDriver === 'dev',
      // The delivery queue (emails, notifications) with failures and retry: the same rule as platform/jobs routes.
      manageJobs: admin,
      // Outbound webhooks (console): the same rule as modules/webhooks/policy.ts.
      manageWebhooks: admin,
    };
  },
  /** Tokens belong to one person: only they see and revoke them, while the token is still active. */
  apiTokenAbilities(actor: Actor, token: { user_id: string }, status: 'active' | 'expired' | 'revoked') {
    return { revoke: token.user_id === actor.userId && status === 'active' };
  },
  /** Passkeys belong to one person: only they rename and remove them. */
  passkeyAbilities(actor: Actor, passkey: { user_id: string }) {
    const own = passkey.user_id === actor.userId;
    return { rename: own, remove: own };
  },
  /** A user may revoke any of their own sessions, including the current one (that signs them out). */
  sessionAbilities(actor: Actor, session: SessionRow) {
    return { revoke: session.user_id === actor.userId };
  },
};
