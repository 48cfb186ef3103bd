import type { AccountRole, BuiltModuleName, StaffRole } from '../../contract/index.ts';
import { moduleDisabled } from './http/errors.ts';

/** Who is calling, loaded once per request by the identity module from the session. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  staffRole: StaffRole | null;
  limitedToAssignedAccounts: boolean;
  assignedAccountIds: ReadonlySet<string>;
  memberships: ReadonlyMap<string, AccountRole>;
  /**
   * For every account the caller belongs to (all of them, even when the module gate narrowed `memberships` to the
   * accounts of the route's module): the modules its segment switches on, built ones only. From the session cache.
   */
  accountModules: ReadonlyMap<string, readonly BuiltModuleName[]>;
  sessionId: string;
  sessionState: 'active' | 'second_factor' | 'enrol_two_factor';
  activeAccountId: string | null;
  /**
   * Set when the caller is an API token: its scopes and the access the request needs. The request gate checks the
   * route's modules; a route shared by modules (a thread's messages) checks the addressed object's own module
   * with `tokenAllowsAreas`.
   */
  apiTokenScope?: { scopes: readonly string[]; access: 'read' | 'write' };
  /**
   * Set when the caller is a firm-level service token (an integration): no human stands behind it. `userId` then
   * holds the token's own id, which is also the id of its non-login "integration" person (users.kind
   * 'integration', named "Integration: <token name>", migration 0073), so author columns take it like anyone's and
   * presenters show that name. It has no memberships, so per-person lookups (assignments, follows) find nothing;
   * writes are refused unless the route says it takes integrations (`config.serviceTokens`, identity's token gate).
   */
  serviceToken?: { id: string; name: string };
}

/** Who acted, as the audit log records it: a person, an integration (service token), or the portal itself. */
export type ActorKind = 'person' | 'service_token' | 'system';

export function actorKindOf(actor: Actor | null): ActorKind {
  if (!actor) return 'system';
  return actor.serviceToken ? 'service_token' : 'person';
}

/**
 * The user id to store in an author column. One design everywhere: an integration writes as its integration person
 * (same id as the token), so every author foreign key to users holds and presenters need no second join.
 */
export function authorUserIdOf(actor: Actor): string {
  return actor.userId;
}

/** Which service token acted, for the tables that also record it (webhooks, billing documents); null for a person. */
export function authorServiceTokenIdOf(actor: Actor): string | null {
  return actor.serviceToken?.id ?? null;
}

/**
 * Whether an API-token caller's scopes reach one of `areas` for this request (`<area>:write` includes reading);
 * always true for sessions. Lives here, not in identity, so any module can ask without importing identity.
 */
export function tokenAllowsAreas(actor: Actor, areas: readonly string[]) {
  const scope = actor.apiTokenScope;
  if (!scope) return true;
  return areas.some(
    (area) =>
      scope.scopes.includes(`${area}:write`) || (scope.access === 'read' && scope.scopes.includes(`${area}:read`)),
  );
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

/**
 * The object-level module rule, shared by every use case that loads an account's object (and by email intake):
 * whether the account's segment switches the module on. People are decided by their own memberships (the session
 * cache), so the answer never depends on whether an object exists; an account they do not belong to is left to
 * the scope (404). Staff are decided by `accountModules`, the account's modules as the caller loaded them (omit it
 * where staff may act regardless, e.g. reads).
 */
export function hasModule(
  actor: Actor,
  accountId: string,
  module: BuiltModuleName,
  accountModules?: readonly string[],
) {
  const modules = actor.staffRole ? accountModules : actor.accountModules.get(accountId);
  return !modules || modules.includes(module);
}

/** `hasModule`, or 403 `module_disabled`. */
export function requireModule(
  actor: Actor,
  accountId: string,
  module: BuiltModuleName,
  accountModules?: readonly string[],
) {
  if (!hasModule(actor, accountId, module, accountModules)) throw moduleDisabled(module);
}
