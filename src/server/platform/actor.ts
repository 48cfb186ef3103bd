import type { AccountRole, StaffRole } from '../../contract/index.ts';

/** Who is calling, loaded once per request by the identity module from the session. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  staffRole: StaffRole | null;
  limitedToAssignedAccounts: boolean;
  assignedAccountIds: ReadonlySet<string>;
  memberships: ReadonlyMap<string, AccountRole>;
  sessionId: string;
  sessionState: 'active' | 'second_factor' | 'enrol_two_factor';
  activeAccountId: string | null;
}

/**
 * The set of accounts an actor may see, as repositories take it (Immich-style set-based access):
 * every query over account data filters by it, so an out-of-scope id reads as missing (404).
 */
export type AccountScope = { kind: 'all' } | { kind: 'ids'; ids: string[] };

export function accountScopeOf(actor: Actor): AccountScope {
  if (actor.staffRole && !(actor.staffRole === 'agent' && actor.limitedToAssignedAccounts)) return { kind: 'all' };
  const ids = new Set(actor.memberships.keys());
  if (actor.staffRole) for (const id of actor.assignedAccountIds) ids.add(id);
  return { kind: 'ids', ids: [...ids] };
}

export function inAccountScope(scope: AccountScope, accountId: string): boolean {
  return scope.kind === 'all' || scope.ids.includes(accountId);
}

/** SQL parameters for `($n::boolean OR account_id = ANY($n+1::uuid[]))`. */
export function scopeParams(scope: AccountScope): [boolean, string[]] {
  return scope.kind === 'all' ? [true, []] : [false, scope.ids];
}

export const isStaffAdmin = (actor: Actor) => actor.staffRole === 'owner' || actor.staffRole === 'admin';
