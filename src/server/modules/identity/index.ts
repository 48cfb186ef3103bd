export { authRoutes } from './routes.ts';
export { meRoutes } from './me-routes.ts';
export { passkeyRoutes } from './passkey-routes.ts';
export { actorOfSessionToken, authenticationFor, loadActor, registerActor } from './authenticate.ts';
export { SESSION_COOKIE, sessionTokenOf } from './session-cookie.ts';
export { countInvitation, issueInvitation, type InvitationTarget } from './use-cases/invitations.ts';
export { presentInvitation } from './presenters.ts';
export {
  findUserByEmail,
  findUserById,
  insertUser,
  addMembership,
  addMemberships,
  setStaffRole,
  revokeAllSessionsOfUser,
  listAccountInvitations,
  revokeAccountInvitation,
  listStaffInvitations,
  revokeStaffInvitation,
  type UserRow,
} from './repository.ts';
export { forgetSessionsAfterCommit, startSessionCacheSync, type SessionScope } from './session-cache.ts';
export { openStreamAccess } from './stream-access.ts';
export { SECURITY_NOTICE_JOB, sendSecurityNotice } from './use-cases/security-notices.ts';
export { AdminCommandError, createStaffAdmin, setPasswordByOperator } from './use-cases/admin-accounts.ts';
export { runCredentialRetention } from './retention.ts';
// Single sign-on (modules/sso) opens sessions through the same door as every other sign-in.
export { openSessionAfterFirstFactor } from './use-cases/open-session.ts';
export { signInPolicy } from './policy.ts';
export { listMembershipsOfUser, type MembershipRow } from './repository.ts';
import { memberJoined } from './membership-hooks.ts';
/** A person joined an account, in the joining transaction (onboarding opens a step waiting for people). */
export const onMemberJoined = memberJoined.listen;
export { setSessionCookie } from './session-cookie.ts';
export { metaOf } from './routes.ts';
export { throttledPasswordCheck } from './use-cases/password-attempts.ts';
export { DATA_EXPORT_JOB, buildDataExport, dataExportJobOptions } from './use-cases/data-export.ts';
export { languageOfRequest, languageInfoOfRequest, pseudoLocalesAllowed } from './use-cases/language.ts';
/** The deletion sweep (tests and the CLI run one pass directly; the identity retention pass runs it too). */
export { runDueDeletions } from './use-cases/erase-person.ts';
/** Step-up: other modules' sensitive changes (e.g. SAML key rotation) need the same recent proof. */
export { requireRecentProof } from './use-cases/step-up.ts';
