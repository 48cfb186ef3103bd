import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal, tokenMailedTo } from '../../support/harness.ts';

const ACCEPT = '/api/v1/auth/invitations/accept';

describe('accepting an invitation never lowers a role', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('keeps the owner an owner when they accept an invitation to the staff as agent', async () => {
    const admin = await portal.signedIn('admin@northwind.example');
    expect(
      (await admin.post('/api/v1/staff-invitations', { email: 'owner@northwind.example', role: 'agent' })).statusCode,
    ).toBe(201);
    const token = await tokenMailedTo(portal, 'owner@northwind.example');
    const accepted = await portal.client().post(ACCEPT, { token, password: portal.demo.password });
    expect(accepted.statusCode).toBe(200);
    const owner = await portal.signedIn('owner@northwind.example');
    expect((await owner.get('/api/v1/me')).json().user.staffRole).toBe('owner');
  });

  it('keeps an account admin an admin when they accept an invitation into the same account as member', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const owner = await portal.signedIn('owner@northwind.example');
    expect(
      (await owner.post(`/api/v1/accounts/${acme}/invitations`, { email: 'alice@acme.example', role: 'member' }))
        .statusCode,
    ).toBe(201);
    const token = await tokenMailedTo(portal, 'alice@acme.example');
    expect((await portal.client().post(ACCEPT, { token, password: portal.demo.password })).statusCode).toBe(200);
    const alice = await portal.signedIn('alice@acme.example');
    const me = (await alice.get('/api/v1/me')).json() as { memberships: { accountId: string; role: string }[] };
    expect(me.memberships.find((membership) => membership.accountId === acme)?.role).toBe('account_admin');
  });
});
