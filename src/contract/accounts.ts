import { z } from 'zod';
import { Abilities, AccountRole, DisplayName, EmailAddress, Id, ListQuery, ModuleName, Timestamp } from './common.ts';

export const AccountAbilities = Abilities('view', 'update', 'manageMembers', 'invite');

export const Account = z.object({
  id: Id,
  name: z.string(),
  segment: z.object({ id: Id, name: z.string(), kind: z.enum(['client_workspaces', 'self_service']) }),
  /** Modules the account's segment enables and this build has. */
  modules: z.array(ModuleName),
  memberCount: z.number().int(),
  createdAt: Timestamp,
  version: z.number().int(),
  abilities: AccountAbilities,
});
export type Account = z.infer<typeof Account>;

export const AccountListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  segmentId: Id.optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
});
export type AccountListQuery = z.infer<typeof AccountListQuery>;
/** The CSV exports of accounts and of people take the list's filters, without paging (they stream every row). */
export const AccountExportQuery = AccountListQuery.pick({ q: true, segmentId: true }).strict();
export type AccountExportQuery = z.infer<typeof AccountExportQuery>;

export const CreateAccount = z.object({ name: z.string().trim().min(1).max(120), segmentId: Id }).strict();
export const UpdateAccount = z.object({ name: z.string().trim().min(1).max(120) }).strict();
export type CreateAccount = z.infer<typeof CreateAccount>;

export const Member = z.object({
  userId: Id,
  name: z.string(),
  email: z.string(),
  role: AccountRole,
  joinedAt: Timestamp,
  abilities: Abilities('changeRole', 'remove'),
});
export type Member = z.infer<typeof Member>;
export const UpdateMember = z.object({ role: AccountRole }).strict();

export const Invitation = z.object({
  id: Id,
  email: z.string(),
  role: AccountRole.nullable(),
  staffRole: z.enum(['owner', 'admin', 'agent']).nullable(),
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  abilities: Abilities('revoke'),
});
export type Invitation = z.infer<typeof Invitation>;
export const CreateInvitation = z
  .object({ email: EmailAddress, role: AccountRole.default('member'), name: DisplayName.optional() })
  .strict();
export type CreateInvitation = z.infer<typeof CreateInvitation>;
