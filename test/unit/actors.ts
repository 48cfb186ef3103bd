import type { AccountRole, StaffRole } from '../../src/contract/index.ts';
import type { Actor } from '../../src/server/platform/actor.ts';
import type { MembershipRow } from '../../src/server/modules/identity/repository.ts';

/** Fixed ids so failures read well. */
export const ACME = '00000000-0000-7000-8000-000000000ace';
export const HARBOR = '00000000-0000-7000-8000-000000000b0b';
export const CEDAR = '00000000-0000-7000-8000-000000000ced';

let counter = 0;

/** An actor as the identity module loads it; override only what a test is about. */
export function actor(
  overrides: Partial<Actor> & { staffRole?: StaffRole | null; memberships?: ReadonlyMap<string, AccountRole> } = {},
): Actor {
  counter += 1;
  return {
    userId: `00000000-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    email: `user${counter}@example.com`,
    name: `User ${counter}`,
    staffRole: null,
    limitedToAssignedAccounts: false,
    assignedAccountIds: new Set(),
    memberships: new Map(),
    accountModules: new Map(),
    sessionId: `00000000-0000-7000-9000-${String(counter).padStart(12, '0')}`,
    sessionState: 'active',
    activeAccountId: null,
    ...overrides,
  };
}

export const staff = (role: StaffRole, overrides: Partial<Actor> = {}) => actor({ staffRole: role, ...overrides });
export const person = (memberships: [string, AccountRole][]) => actor({ memberships: new Map(memberships) });

/** A membership row as the sign-in flow sees it, for one account in one segment. */
export function membership(
  segment: { signInMethods: string[]; requireTwoFactor?: boolean },
  role: AccountRole = 'member',
): MembershipRow {
  counter += 1;
  return {
    account_id: `00000000-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    account_name: `Account ${counter}`,
    role,
    segment_id: `00000000-0000-7000-a000-${String(counter).padStart(12, '0')}`,
    segment_name: `Segment ${counter}`,
    segment_kind: 'client_workspaces',
    modules: [],
    sign_in_methods: segment.signInMethods,
    require_two_factor: segment.requireTwoFactor ?? false,
    segment_default_language: null,
  };
}
