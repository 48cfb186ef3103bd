import { describe, expect, it } from 'vitest';
import { accountScopeOf, inAccountScope, isStaffAdmin, scopeParams } from '../../src/server/platform/actor.ts';
import { accountPolicy } from '../../src/server/modules/accounts/policy.ts';
import { ACME, CEDAR, HARBOR, person, staff } from './actors.ts';

const NONE = { view: false, update: false, manageMembers: false, invite: false };
const ALL = { view: true, update: true, manageMembers: true, invite: true };

describe('accountScopeOf: which accounts an actor sees', () => {
  it('owners, admins and unlimited agents see every account', () => {
    for (const actor of [staff('owner'), staff('admin'), staff('agent')]) {
      expect(accountScopeOf(actor)).toEqual({ kind: 'all' });
      expect(inAccountScope(accountScopeOf(actor), CEDAR)).toBe(true);
    }
  });

  it('a limited agent sees only assigned accounts', () => {
    const agent = staff('agent', { limitedToAssignedAccounts: true, assignedAccountIds: new Set([ACME]) });
    const scope = accountScopeOf(agent);
    expect(scope).toEqual({ kind: 'ids', ids: [ACME] });
    expect(inAccountScope(scope, ACME)).toBe(true);
    expect(inAccountScope(scope, HARBOR)).toBe(false);
  });

  it('a limited agent with no assignments sees nothing', () => {
    expect(accountScopeOf(staff('agent', { limitedToAssignedAccounts: true }))).toEqual({ kind: 'ids', ids: [] });
  });

  it('the limit flag only restricts agents, never admins or owners', () => {
    expect(accountScopeOf(staff('admin', { limitedToAssignedAccounts: true }))).toEqual({ kind: 'all' });
    expect(accountScopeOf(staff('owner', { limitedToAssignedAccounts: true }))).toEqual({ kind: 'all' });
  });

  it('people outside the firm see the accounts they belong to, whatever their role', () => {
    const consultant = person([
      [ACME, 'member'],
      [HARBOR, 'account_admin'],
    ]);
    const scope = accountScopeOf(consultant);
    expect(scope.kind).toBe('ids');
    expect(scope.kind === 'ids' && [...scope.ids].sort()).toEqual([ACME, HARBOR].sort());
    expect(inAccountScope(scope, CEDAR)).toBe(false);
    expect(accountScopeOf(person([]))).toEqual({ kind: 'ids', ids: [] });
  });

  it('assignments of a non-staff user are ignored', () => {
    const stray = person([[ACME, 'member']]);
    const withAssignment = { ...stray, assignedAccountIds: new Set([CEDAR]) };
    expect(accountScopeOf(withAssignment)).toEqual({ kind: 'ids', ids: [ACME] });
  });

  it('scopeParams turns a scope into SQL parameters', () => {
    expect(scopeParams({ kind: 'all' })).toEqual([true, []]);
    expect(scopeParams({ kind: 'ids', ids: [ACME] })).toEqual([false, [ACME]]);
  });

  it('isStaffAdmin is owners and admins only', () => {
    expect(
      [staff('owner'), staff('admin'), staff('agent'), person([[ACME, 'account_admin']])].map(isStaffAdmin),
    ).toEqual([true, true, false, false]);
  });
});

describe('accountPolicy', () => {
  it('staff in scope may do everything with an account', () => {
    expect(accountPolicy.abilities(staff('owner'), CEDAR)).toEqual(ALL);
    expect(accountPolicy.abilities(staff('agent'), CEDAR)).toEqual(ALL);
    const limited = staff('agent', { limitedToAssignedAccounts: true, assignedAccountIds: new Set([ACME]) });
    expect(accountPolicy.abilities(limited, ACME)).toEqual(ALL);
    expect(accountPolicy.abilities(limited, HARBOR)).toEqual(NONE);
  });

  it('an account admin manages members and invites, but cannot rename the account', () => {
    const alice = person([[ACME, 'account_admin']]);
    expect(accountPolicy.abilities(alice, ACME)).toEqual({
      view: true,
      update: false,
      manageMembers: true,
      invite: true,
    });
  });

  it('a member only views', () => {
    expect(accountPolicy.abilities(person([[ACME, 'member']]), ACME)).toEqual({
      view: true,
      update: false,
      manageMembers: false,
      invite: false,
    });
  });

  it('roles do not carry over between accounts', () => {
    const sam = person([
      [ACME, 'account_admin'],
      [HARBOR, 'member'],
    ]);
    expect(accountPolicy.abilities(sam, HARBOR).manageMembers).toBe(false);
    expect(accountPolicy.abilities(sam, ACME).manageMembers).toBe(true);
  });

  it('an outsider can do nothing', () => {
    expect(accountPolicy.abilities(person([[ACME, 'account_admin']]), CEDAR)).toEqual(NONE);
    expect(accountPolicy.invitationAbilities(person([]), ACME)).toEqual({ revoke: false });
  });

  it('only owners and admins create accounts', () => {
    expect(accountPolicy.canCreate(staff('owner'))).toBe(true);
    expect(accountPolicy.canCreate(staff('admin'))).toBe(true);
    expect(accountPolicy.canCreate(staff('agent'))).toBe(false);
    expect(accountPolicy.canCreate(person([[ACME, 'account_admin']]))).toBe(false);
  });

  it('nobody changes or removes their own membership; admins manage the others', () => {
    const alice = person([[ACME, 'account_admin']]);
    const adam = person([[ACME, 'member']]);
    expect(accountPolicy.memberAbilities(alice, ACME, alice.userId)).toEqual({ changeRole: false, remove: false });
    expect(accountPolicy.memberAbilities(alice, ACME, adam.userId)).toEqual({ changeRole: true, remove: true });
    expect(accountPolicy.memberAbilities(adam, ACME, alice.userId)).toEqual({ changeRole: false, remove: false });
    const owner = staff('owner');
    expect(accountPolicy.memberAbilities(owner, ACME, adam.userId)).toEqual({ changeRole: true, remove: true });
  });

  it('invitations can be revoked by whoever may invite', () => {
    expect(accountPolicy.invitationAbilities(person([[ACME, 'account_admin']]), ACME)).toEqual({ revoke: true });
    expect(accountPolicy.invitationAbilities(person([[ACME, 'member']]), ACME)).toEqual({ revoke: false });
  });
});
