export { authRoutes } from './routes.ts';
export { meRoutes } from './me-routes.ts';
export { registerAuthentication } from './authenticate.ts';
export { issueInvitation, type InvitationTarget } from './use-cases/invitations.ts';
export { presentInvitation } from './presenters.ts';
export {
  findUserByEmail, findUserById, insertUser, addMembership, setStaffRole, revokeAllSessionsOfUser,
  listAccountInvitations, revokeAccountInvitation, listStaffInvitations, revokeStaffInvitation, type UserRow,
} from './repository.ts';
export { forgetSessionsAfterCommit, startSessionCacheSync } from './session-cache.ts';
export { AdminCommandError, createStaffAdmin, setPasswordByOperator } from './use-cases/admin-accounts.ts';
