import type { StaffUser } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { staffPolicy } from './policy.ts';
import type { StaffRow } from './repository.ts';

export function presentStaff(row: StaffRow, actor: Actor): StaffUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.staff_role,
    limitedToAssignedAccounts: row.limited_to_assigned_accounts,
    assignedAccounts: row.assigned_accounts ?? [],
    twoFactorEnabled: row.totp_enabled_at !== null,
    createdAt: row.created_at.toISOString(),
    abilities: staffPolicy.abilities(actor, row),
  };
}
