import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_MODULES } from '../../../src/contract/index.ts';
import { idOf, lastMailTo, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectOneWinner, expectProblem } from '../platform/problem-assertions.ts';

const NEW_SEGMENT = {
  name: 'Partners',
  kind: 'client_workspaces',
  modules: ['documents', 'tickets'],
  signInMethods: ['password'],
  requireTwoFactor: false,
};

describe('segments', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let clients: string;
  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  });
  afterAll(() => portal.close());

  it('lists segments with their account counts', async () => {
    const items = (await admin.get('/api/v1/segments')).json().items;
    expect(items.map((s: { name: string; accountCount: number }) => [s.name, s.accountCount])).toEqual([
      ['Clients', 3],
      ['Customers', 25],
      ['Policyholders', 3],
    ]);
  });

  it('lets the owner and admins create and edit segments, and nobody else', async () => {
    const created = await admin.post('/api/v1/segments', NEW_SEGMENT);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...NEW_SEGMENT, accountCount: 0, version: 1, abilities: { update: true } });
    const agent = await portal.signedIn('agent@northwind.example');
    expect(
      (await agent.get('/api/v1/segments'))
        .json()
        .items.every((s: { abilities: { update: boolean } }) => !s.abilities.update),
    ).toBe(true);
    expectProblem(await agent.post('/api/v1/segments', { ...NEW_SEGMENT, name: 'Agent Segment' }), 403);
    expectProblem(await agent.patch(`/api/v1/segments/${clients}`, { requireTwoFactor: true }), 403);
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.get('/api/v1/segments'), 403);
    const names = (await admin.get('/api/v1/segments')).json().items.map((s: { name: string }) => s.name);
    expect(names).toEqual(['Clients', 'Customers', 'Partners', 'Policyholders']);
    expect((await admin.get(`/api/v1/segments/${clients}`)).json().requireTwoFactor).toBe(false);
  });

  it('refuses a duplicate name and unknown modules with field errors', async () => {
    const duplicate = expectProblem(await admin.post('/api/v1/segments', { ...NEW_SEGMENT, name: 'clients' }), 400);
    expect(duplicate.errors).toEqual([expect.objectContaining({ path: 'name', code: 'taken' })]);
    const renamedOnto = expectProblem(await admin.patch(`/api/v1/segments/${clients}`, { name: 'CUSTOMERS' }), 400);
    expect(renamedOnto.errors?.[0]?.path).toBe('name');
    const unknownModule = expectProblem(
      await admin.post('/api/v1/segments', { ...NEW_SEGMENT, name: 'Chatty', modules: ['documents', 'chat'] }),
      400,
    );
    expect(unknownModule.errors?.[0]?.path).toBe('modules.1');
    const noSignIn = expectProblem(
      await admin.post('/api/v1/segments', { ...NEW_SEGMENT, name: 'Locked out', signInMethods: [] }),
      400,
    );
    expect(noSignIn.errors?.[0]?.path).toBe('signInMethods');
    expect((await admin.get('/api/v1/segments')).json().items).toHaveLength(4);
  });

  it('an update shows in members’ memberships, with modules limited to those this build has', async () => {
    const { version } = (await admin.get(`/api/v1/segments/${clients}`)).json();
    const updated = await admin.patch(
      `/api/v1/segments/${clients}`,
      { name: 'Client Workspaces', modules: ['documents', 'messages', 'documents'] },
      { 'if-match': String(version) },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      name: 'Client Workspaces',
      modules: ['documents', 'messages'],
      version: version + 1,
    });
    expectProblem(
      await admin.patch(`/api/v1/segments/${clients}`, { name: 'Stale' }, { 'if-match': String(version) }),
      409,
      'stale_version',
    );

    const alice = await portal.signedIn('alice@acme.example');
    const membership = (await alice.get('/api/v1/me')).json().memberships[0];
    expect(membership.segment.name).toBe('Client Workspaces');
    expect(membership.modules).toEqual(
      ['documents', 'messages'].filter((m) => (BUILT_MODULES as readonly string[]).includes(m)),
    );
    const account = (await alice.get(`/api/v1/accounts/${membership.accountId}`)).json();
    expect(account.segment.name).toBe('Client Workspaces');
    expect(account.modules).toEqual(membership.modules);
    // The segment itself keeps what the admin chose.
    expect((await admin.get(`/api/v1/segments/${clients}`)).json().modules).toEqual(['documents', 'messages']);
  });
});

describe('staff', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let admin: HttpClient;
  let agentId: string;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    admin = await portal.signedIn('admin@northwind.example');
    agentId = await userIdOf(portal.ctx.db, 'agent@northwind.example');
  });
  afterAll(() => portal.close());

  it('lists staff with roles, assignments and abilities', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const items = (await agent.get('/api/v1/staff-users')).json().items;
    expect(items.map((s: { email: string; role: string }) => [s.email, s.role])).toEqual([
      ['admin@northwind.example', 'admin'],
      ['agent@northwind.example', 'agent'],
      ['owner@northwind.example', 'owner'],
    ]);
    expect(items[1]).toMatchObject({
      limitedToAssignedAccounts: true,
      assignedAccounts: [{ name: 'Acme Manufacturing' }],
    });
    expect(items.every((s: { abilities: { update: boolean } }) => !s.abilities.update)).toBe(true);
    const asAdmin = (await admin.get('/api/v1/staff-users')).json().items;
    expect(asAdmin.map((s: { abilities: { update: boolean } }) => s.abilities.update)).toEqual([false, true, false]);
  });

  it('inviting staff mails the invitation and lists it as pending', async () => {
    const invited = await admin.post('/api/v1/staff-invitations', {
      email: 'New.Agent@Northwind.example',
      role: 'agent',
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'new.agent@northwind.example',
      staffRole: 'agent',
      status: 'pending',
    });
    const mail = await lastMailTo(portal, 'new.agent@northwind.example');
    expect(mail?.text_body).toMatch(/\/invitation#token=/);
    const outbox = (await admin.get('/api/v1/dev-mail')).json().items;
    expect(outbox.some((m: { to: string }) => m.to === 'new.agent@northwind.example')).toBe(true);
    const pending = (await admin.get('/api/v1/staff-invitations')).json().items;
    expect(pending.map((i: { id: string }) => i.id)).toContain(invited.json().id);
  });

  it('only an owner may make an owner', async () => {
    expectProblem(
      await admin.post('/api/v1/staff-invitations', { email: 'boss@northwind.example', role: 'owner' }),
      403,
    );
    expectProblem(await admin.patch(`/api/v1/staff-users/${agentId}`, { role: 'owner' }), 403);
    const ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    expectProblem(await admin.patch(`/api/v1/staff-users/${ownerId}`, { role: 'agent' }), 403);
    expectProblem(await admin.delete(`/api/v1/staff-users/${ownerId}`), 403);
    expect(await lastMailTo(portal, 'boss@northwind.example')).toBeNull();
    const roles = (await owner.get('/api/v1/staff-users')).json().items.map((s: { role: string }) => s.role);
    expect(roles).toEqual(['admin', 'agent', 'owner']);
  });

  it('limiting an agent and assigning accounts changes what they see on their next request', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const updated = await admin.patch(`/api/v1/staff-users/${agentId}`, { assignedAccountIds: [blueHarbor] });
    expect(updated.json().assignedAccounts).toEqual([{ id: blueHarbor, name: 'Blue Harbor Dental' }]);
    expect((await agent.get('/api/v1/accounts')).json().items.map((a: { name: string }) => a.name)).toEqual([
      'Blue Harbor Dental',
    ]);
    expectProblem(await agent.get(`/api/v1/accounts/${acme}`), 404);
    expect((await admin.patch(`/api/v1/staff-users/${agentId}`, { limitedToAssignedAccounts: false })).statusCode).toBe(
      200,
    );
    expect((await agent.get('/api/v1/accounts?limit=200')).json().items).toHaveLength(31);
    expect((await agent.get(`/api/v1/accounts/${acme}`)).statusCode).toBe(200);
  });

  it('the last owner cannot be demoted, even when two owners demote each other at once', async () => {
    const adminId = await userIdOf(portal.ctx.db, 'admin@northwind.example');
    const ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    expectProblem(await owner.patch(`/api/v1/staff-users/${ownerId}`, { role: 'admin' }), 403);
    expect((await owner.patch(`/api/v1/staff-users/${adminId}`, { role: 'owner' })).json().role).toBe('owner');
    await Promise.all(Array.from({ length: 4 }, () => portal.ctx.db.query('SELECT pg_sleep(0)')));
    const [byOwner, byAdmin] = await Promise.all([
      owner.patch(`/api/v1/staff-users/${adminId}`, { role: 'admin' }),
      admin.patch(`/api/v1/staff-users/${ownerId}`, { role: 'admin' }),
    ]);
    expectOneWinner(byOwner, byAdmin, 'last_owner');
    const { rows } = await portal.ctx.db.query(
      "SELECT id FROM users WHERE staff_role = 'owner' AND deactivated_at IS NULL",
    );
    expect(rows).toHaveLength(1);
  });

  it('removing a staff user ends their sessions at once', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get('/api/v1/me')).statusCode).toBe(200);
    const { rows } = await portal.ctx.db.query<{ id: string }>("SELECT id FROM users WHERE staff_role = 'owner'");
    const remaining = rows[0]!.id === (await userIdOf(portal.ctx.db, 'owner@northwind.example')) ? owner : admin;
    const removed = await remaining.delete(`/api/v1/staff-users/${agentId}`);
    expect(removed.statusCode).toBe(200);
    expectProblem(await agent.get('/api/v1/me'), 401, 'unauthorized');
    expectProblem(await agent.get('/api/v1/accounts'), 401);
    const emails = (await remaining.get('/api/v1/staff-users')).json().items.map((s: { email: string }) => s.email);
    expect(emails).not.toContain('agent@northwind.example');
    expect(
      (
        await portal
          .client()
          .post('/api/v1/auth/sign-in', { email: 'agent@northwind.example', password: portal.demo.password })
      ).statusCode,
    ).not.toBe(200);
  });
});
