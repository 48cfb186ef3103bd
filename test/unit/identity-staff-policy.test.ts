import { describe, expect, it } from 'vitest';
import { mePolicy, signInPolicy } from '../../src/server/modules/identity/policy.ts';
import type { SessionRow } from '../../src/server/modules/identity/repository.ts';
import { staffPolicy } from '../../src/server/modules/staff/policy.ts';
import { ACME, membership, person, staff } from './actors.ts';

const external = { staff_role: null };
const both = { signInMethods: ['password', 'magic_link'] };
const passwordOnly = { signInMethods: ['password'] };
const magicOnly = { signInMethods: ['magic_link'] };

describe('signInPolicy.allowsMethod: the strictest combination of segments', () => {
  it('a method is allowed only if every segment allows it', () => {
    expect(signInPolicy.allowsMethod(external, [membership(both)], 'magic_link')).toBe(true);
    expect(signInPolicy.allowsMethod(external, [membership(both), membership(passwordOnly)], 'magic_link')).toBe(false);
    expect(signInPolicy.allowsMethod(external, [membership(both), membership(passwordOnly)], 'password')).toBe(true);
    expect(signInPolicy.allowsMethod(external, [membership(magicOnly), membership(both)], 'password')).toBe(false);
  });

  it('staff always sign in with a password, never a magic link', () => {
    for (const role of ['owner', 'admin', 'agent']) {
      expect(signInPolicy.allowsMethod({ staff_role: role }, [], 'password')).toBe(true);
      expect(signInPolicy.allowsMethod({ staff_role: role }, [], 'magic_link')).toBe(false);
      expect(signInPolicy.allowsMethod({ staff_role: role }, [membership(magicOnly)], 'magic_link')).toBe(false);
      expect(signInPolicy.allowsMethod({ staff_role: role }, [membership(magicOnly)], 'password')).toBe(true);
    }
  });

  it('a person with no membership left may only use a password', () => {
    expect(signInPolicy.allowsMethod(external, [], 'password')).toBe(true);
    expect(signInPolicy.allowsMethod(external, [], 'magic_link')).toBe(false);
  });
});

describe('signInPolicy.allowsPasskey: a local credential, refused where a segment signs in with SSO only', () => {
  const ssoOnly = { signInMethods: ['sso'] };
  const ssoOrPassword = { signInMethods: ['sso', 'password'] };
  it('is allowed wherever every segment allows a password or a link', () => {
    expect(signInPolicy.allowsPasskey(external, [membership(both)])).toBe(true);
    expect(signInPolicy.allowsPasskey(external, [membership(magicOnly), membership(ssoOrPassword)])).toBe(true);
    expect(signInPolicy.allowsPasskey(external, [])).toBe(true);
  });
  it('is refused when any segment is SSO only; staff are not set per segment', () => {
    expect(signInPolicy.allowsPasskey(external, [membership(ssoOnly)])).toBe(false);
    expect(signInPolicy.allowsPasskey(external, [membership(both), membership(ssoOnly)])).toBe(false);
    expect(signInPolicy.allowsPasskey({ staff_role: 'agent' }, [membership(ssoOnly)])).toBe(true);
  });
});

describe('signInPolicy.requiresTwoFactor', () => {
  it('is required if any segment requires it', () => {
    expect(signInPolicy.requiresTwoFactor(external, [membership(both)], false)).toBe(false);
    expect(
      signInPolicy.requiresTwoFactor(
        external,
        [membership(both), membership({ ...both, requireTwoFactor: true })],
        false,
      ),
    ).toBe(true);
  });

  it('staff follow the portal setting', () => {
    expect(signInPolicy.requiresTwoFactor({ staff_role: 'agent' }, [], true)).toBe(true);
    expect(signInPolicy.requiresTwoFactor({ staff_role: 'owner' }, [], false)).toBe(false);
  });

  it('the staff setting does not apply to people outside the firm', () => {
    expect(signInPolicy.requiresTwoFactor(external, [membership(both)], true)).toBe(false);
    expect(signInPolicy.requiresTwoFactor(external, [], true)).toBe(false);
  });

  it('a segment requiring 2FA applies to staff who are also members', () => {
    expect(
      signInPolicy.requiresTwoFactor({ staff_role: 'agent' }, [membership({ ...both, requireTwoFactor: true })], false),
    ).toBe(true);
  });
});

describe('mePolicy', () => {
  it('shows the console and admin areas only to the right people', () => {
    expect(mePolicy.abilities(staff('owner'), 'dev')).toEqual({
      useConsole: true,
      manageSettings: true,
      manageStaff: true,
      manageSegments: true,
      createAccounts: true,
      readAuditLog: true,
      readMailOutbox: true,
      manageJobs: true,
      manageWebhooks: true,
      manageDeletionRequests: true,
      manageServiceTokens: true,
      readSigningCertificate: true,
    });
    expect(mePolicy.abilities(staff('admin'), 'smtp').readMailOutbox).toBe(false);
    expect(mePolicy.abilities(staff('agent'), 'dev')).toMatchObject({
      useConsole: true,
      manageStaff: false,
      readMailOutbox: false,
      readAuditLog: false,
      manageJobs: false,
      manageWebhooks: false,
      manageDeletionRequests: false,
      manageServiceTokens: false,
      // The signing certificate is read by all staff (replaced by owners and admins, on its own page).
      readSigningCertificate: true,
    });
    expect(
      Object.values(mePolicy.abilities(person([[ACME, 'account_admin']]), 'dev')).every((allowed) => !allowed),
    ).toBe(true);
  });

  it('a user may revoke only their own sessions', () => {
    const alice = person([[ACME, 'member']]);
    expect(mePolicy.sessionAbilities(alice, { user_id: alice.userId } as SessionRow)).toEqual({ revoke: true });
    expect(mePolicy.sessionAbilities(alice, { user_id: staff('owner').userId } as SessionRow)).toEqual({
      revoke: false,
    });
  });
});

describe('staffPolicy', () => {
  const owner = staff('owner');
  const otherOwner = staff('owner');
  const admin = staff('admin');
  const otherAdmin = staff('admin');
  const agent = staff('agent');
  const target = (actor: typeof owner) => ({ id: actor.userId, staff_role: actor.staffRole! });

  it('an admin cannot touch owners; an owner can', () => {
    expect(staffPolicy.abilities(admin, target(owner))).toEqual({ update: false, remove: false });
    expect(staffPolicy.abilities(owner, target(otherOwner))).toEqual({ update: true, remove: true });
  });

  it('admins manage admins and agents', () => {
    expect(staffPolicy.abilities(admin, target(otherAdmin))).toEqual({ update: true, remove: true });
    expect(staffPolicy.abilities(admin, target(agent))).toEqual({ update: true, remove: true });
  });

  it('nobody edits or removes themselves, owners included', () => {
    for (const self of [owner, admin, agent])
      expect(staffPolicy.abilities(self, target(self))).toEqual({ update: false, remove: false });
  });

  it('agents and outsiders manage nobody', () => {
    expect(staffPolicy.abilities(agent, target(staff('agent')))).toEqual({ update: false, remove: false });
    expect(staffPolicy.abilities(person([[ACME, 'account_admin']]), target(agent))).toEqual({
      update: false,
      remove: false,
    });
  });

  it('only an owner may invite an owner', () => {
    expect(staffPolicy.canInvite(owner, 'owner')).toBe(true);
    expect(staffPolicy.canInvite(admin, 'owner')).toBe(false);
    expect(staffPolicy.canInvite(admin, 'admin')).toBe(true);
    expect(staffPolicy.canInvite(admin, 'agent')).toBe(true);
    expect(staffPolicy.canInvite(agent, 'agent')).toBe(false);
  });

  it('all staff, and only staff, list the team', () => {
    expect([owner, admin, agent, person([])].map(staffPolicy.canList)).toEqual([true, true, true, false]);
  });
});
