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

  /**
   * A passkey is a credential the portal holds, like a password or a link: where a segment signs its people in
   * with single sign-on only (offboarding at the IdP must cut them off), it may not replace the IdP. It may sign in
   * wherever a segment allows a password or a link. Staff keep theirs (staff sign-in is not set per segment).
   */
  allowsPasskey(user: { staff_role: string | null }, memberships: MembershipRow[]): boolean {
    if (user.staff_role || memberships.length === 0) return true;
    return memberships.every(
      (membership) =>
        membership.sign_in_methods.includes('password') || membership.sign_in_methods.includes('magic_link'),
    );
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
      // Deletion requests and legal holds (GDPR Art. 17): the same rule as deletionPolicy.canManage.
      manageDeletionRequests: admin,
      // Firm-level service tokens (integrations): the same rule as serviceTokenPolicy below.
      manageServiceTokens: admin && !actor.serviceToken,
      // The signing certificate page (console menu): the same rule as signaturePolicy.readsCertificate.
      readSigningCertificate: actor.staffRole !== null && actor.sessionState === 'active',
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

/**
 * Deletion requests (GDPR Art. 17). People ask for their own erasure (staff leave through offboarding, not this);
 * staff owners/admins see the requests of people in their scope, start one on a person's behalf, cancel one during
 * the grace period and set legal holds. Only a scheduled request can be cancelled.
 */
export const deletionPolicy = {
  canRequestOwn: (actor: Actor) => actor.staffRole === null && actor.sessionState === 'active',
  canManage: (actor: Actor) => isStaffAdmin(actor),
  abilities(actor: Actor, request: { user_id: string; status: string }) {
    const mayCancel = request.user_id === actor.userId || deletionPolicy.canManage(actor);
    return { cancel: mayCancel && request.status === 'scheduled' };
  },
};

/**
 * Firm-level service tokens belong to the firm: owners and admins (signed in as themselves, never through a token)
 * list, create and revoke them; a revoked or expired one cannot be revoked again.
 */
export const serviceTokenPolicy = {
  canManage: (actor: Actor) => isStaffAdmin(actor) && !actor.apiTokenScope,
  abilities(actor: Actor, status: 'active' | 'expired' | 'revoked') {
    const live = serviceTokenPolicy.canManage(actor) && status === 'active';
    return { revoke: live, update: live };
  },
};
