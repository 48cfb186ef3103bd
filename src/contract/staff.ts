import { z } from 'zod';
import { Abilities, DisplayName, EmailAddress, Id, StaffRole, Timestamp } from './common.ts';

export const StaffUser = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: StaffRole,
  limitedToAssignedAccounts: z.boolean(),
  assignedAccounts: z.array(z.object({ id: Id, name: z.string() })),
  twoFactorEnabled: z.boolean(),
  createdAt: Timestamp,
  abilities: Abilities('update', 'remove'),
});
export type StaffUser = z.infer<typeof StaffUser>;

export const InviteStaff = z.object({ email: EmailAddress, name: DisplayName.optional(), role: StaffRole }).strict();
export const UpdateStaffUser = z
  .object({ role: StaffRole, limitedToAssignedAccounts: z.boolean(), assignedAccountIds: z.array(Id).max(1000) })
  .partial()
  .strict();
export type UpdateStaffUser = z.infer<typeof UpdateStaffUser>;
