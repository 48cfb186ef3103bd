import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectOneWinner, expectProblem } from '../platform/problem-assertions.ts';

interface MemberItem {
  userId: string;
  email: string;
  role: 'account_admin' | 'member';
  abilities: { changeRole: boolean; remove: boolean };
}

describe('members of an account', () => {
  let portal: TestPortal;
  let acme: string;
  let blueHarbor: string;
  let alice: HttpClient;
  let adam: HttpClient;
  let ids: Record<'alice' | 'adam' | 'sam', string>;

  const members = async (client: HttpClient, accountId = acme) =>
    (await client.get(`/api/v1/accounts/${accountId}/members`)).json().items as MemberItem[];
  const roles = async (accountId = acme) => {
    const { rows } = await portal.ctx.db.query<{ email: string; role: string }>(
      'SELECT u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.account_id = $1 ORDER BY u.email',
      [accountId],
    );
    return Object.fromEntries(rows.map((row) => [row.email, row.role]));
  };

  /** Opens pool connections up front, so two concurrent requests really overlap on PostgreSQL. */
  const warmConnections = () => Promise.all(Array.from({ length: 4 }, () => portal.ctx.db.query('SELECT pg_sleep(0)')));

  beforeAll(async () => {
    portal = await startPortal();
    const db = portal.ctx.db;
    acme = await idOf(db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(db, 'accounts', 'Blue Harbor Dental');
    ids = {
      alice: await userIdOf(db, 'alice@acme.example'),
      adam: await userIdOf(db, 'adam@acme.example'),
      sam: await userIdOf(db, 'sam@consultant.example'),
    };
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
  });
  afterAll(() => portal.close());

  it('lists members with roles and what the caller may do with each', async () => {
    const list = await members(alice);
    expect(list.map((m) => [m.email, m.role])).toEqual([
      ['adam@acme.example', 'member'],
      ['alice@acme.example', 'account_admin'],
      ['sam@consultant.example', 'member'],
    ]);
    expect(list.find((m) => m.email === 'alice@acme.example')!.abilities).toEqual({ changeRole: false, remove: false });
    expect(list.find((m) => m.email === 'adam@acme.example')!.abilities).toEqual({ changeRole: true, remove: true });
    // A plain member sees the list but may change nothing.
    expect((await members(adam)).every((m) => !m.abilities.changeRole && !m.abilities.remove)).toBe(true);
    expectProblem(await adam.patch(`/api/v1/accounts/${acme}/members/${ids.sam}`, { role: 'account_admin' }), 403);
    expectProblem(await adam.delete(`/api/v1/accounts/${acme}/members/${ids.sam}`), 403);
    expectProblem(await adam.get(`/api/v1/accounts/${acme}/invitations`), 403);
    expect(await roles()).toEqual({
      'adam@acme.example': 'member',
      'alice@acme.example': 'account_admin',
      'sam@consultant.example': 'member',
    });
  });

  it('a role change takes effect on the member’s next request', async () => {
    const changed = await alice.patch(`/api/v1/accounts/${acme}/members/${ids.adam}`, { role: 'account_admin' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ email: 'adam@acme.example', role: 'account_admin' });
    expect((await adam.get(`/api/v1/accounts/${acme}`)).json().abilities).toMatchObject({
      manageMembers: true,
      invite: true,
    });
    expect((await adam.get('/api/v1/me')).json().memberships).toEqual([
      expect.objectContaining({ accountId: acme, role: 'account_admin' }),
    ]);
    expect((await adam.get(`/api/v1/accounts/${acme}/invitations`)).statusCode).toBe(200);
    expectProblem(await alice.patch(`/api/v1/accounts/${acme}/members/${ids.adam}`, { role: 'owner' }), 400);
  });

  it('a removed member loses access to the account immediately', async () => {
    const sam = await portal.signedIn('sam@consultant.example');
    expect((await sam.put('/api/v1/me/active-account', { accountId: acme })).json().activeAccountId).toBe(acme);
    const removed = await alice.delete(`/api/v1/accounts/${acme}/members/${ids.sam}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toEqual({ ok: true });
    expectProblem(await sam.get(`/api/v1/accounts/${acme}`), 404, 'not_found');
    expectProblem(await sam.get(`/api/v1/accounts/${acme}/members`), 404);
    const me = (await sam.get('/api/v1/me')).json();
    expect(me.memberships.map((m: { accountId: string }) => m.accountId)).toEqual([blueHarbor]);
    expect(me.activeAccountId).toBeNull();
    expect((await sam.get('/api/v1/accounts')).json().items.map((a: { name: string }) => a.name)).toEqual([
      'Blue Harbor Dental',
    ]);
    expect((await members(alice)).map((m) => m.email)).not.toContain('sam@consultant.example');
    // Removing someone who is no longer a member reads as missing.
    expectProblem(await alice.delete(`/api/v1/accounts/${acme}/members/${ids.sam}`), 404);
  });

  it('nobody changes or removes their own membership', async () => {
    expectProblem(await alice.delete(`/api/v1/accounts/${acme}/members/${ids.alice}`), 403, 'forbidden');
    expectProblem(
      await alice.patch(`/api/v1/accounts/${acme}/members/${ids.alice}`, { role: 'member' }),
      403,
      'forbidden',
    );
    expect((await roles())['alice@acme.example']).toBe('account_admin');
  });

  it('the last account admin cannot be demoted by the account’s own people, even by two admins at once', async () => {
    expect(await roles()).toEqual({ 'adam@acme.example': 'account_admin', 'alice@acme.example': 'account_admin' });
    // Each admin demotes the other at the same moment: one wins; the other finds it would leave no admin (409),
    // or, if it started after the first had finished, that it is no longer an admin (403). Never both.
    await warmConnections();
    const [byAlice, byAdam] = await Promise.all([
      alice.patch(`/api/v1/accounts/${acme}/members/${ids.adam}`, { role: 'member' }),
      adam.patch(`/api/v1/accounts/${acme}/members/${ids.alice}`, { role: 'member' }),
    ]);
    expectOneWinner(byAlice, byAdam, 'last_account_admin');
    const after = await roles();
    expect(Object.values(after).filter((role) => role === 'account_admin')).toHaveLength(1);
  });

  it('removal is held to the same rule, and staff may still fix the account', async () => {
    const before = await roles();
    const admin = Object.keys(before).find((email) => before[email] === 'account_admin')!;
    const other = admin === 'alice@acme.example' ? 'adam@acme.example' : 'alice@acme.example';
    const adminClient = admin === 'alice@acme.example' ? alice : adam;
    // Promote the other back, then both remove each other at once. A loser that started after the winner had
    // finished is no longer in the account at all, so the account reads as missing to it (404).
    expect(
      (
        await adminClient.patch(`/api/v1/accounts/${acme}/members/${await userIdOf(portal.ctx.db, other)}`, {
          role: 'account_admin',
        })
      ).statusCode,
    ).toBe(200);
    await warmConnections();
    const [byAlice, byAdam] = await Promise.all([
      alice.delete(`/api/v1/accounts/${acme}/members/${ids.adam}`),
      adam.delete(`/api/v1/accounts/${acme}/members/${ids.alice}`),
    ]);
    expectOneWinner(byAlice, byAdam, 'last_account_admin', { loserMayBeGone: true });
    const after = await roles();
    expect(Object.keys(after)).toHaveLength(1);
    expect(Object.values(after)).toEqual(['account_admin']);
    // Staff are not bound by it: the owner can demote the last admin (and appoint another).
    const owner = await portal.signedIn('owner@northwind.example');
    const lastAdminId = await userIdOf(portal.ctx.db, Object.keys(after)[0]!);
    expect((await owner.patch(`/api/v1/accounts/${acme}/members/${lastAdminId}`, { role: 'member' })).statusCode).toBe(
      200,
    );
    expect(Object.values(await roles())).toEqual(['member']);
  });
});
