import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueDeletions } from '../../../src/server/modules/identity/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { auditEvents } from '../identity/helpers.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

const ELI = 'eli.evans@customers.example';

describe('legal holds on a person or an account, as the console places and lifts them', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let eli: string;
  let eliAccount: string;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    eli = await userIdOf(portal.ctx.db, ELI);
    eliAccount = await idOf(portal.ctx.db, 'accounts', 'Eli Evans');
  });
  afterAll(() => portal.close());

  const rights = async () => (await owner.get(`/api/v1/accounts/${eliAccount}/data-rights`)).json();
  const scheduled = async () => (await owner.get('/api/v1/deletion-requests?status=scheduled')).json().items;

  it('a hold on the person postpones their erasure with its reason, audited; lifting it lets the sweep through', async () => {
    expect(await rights()).toEqual({
      accountId: eliAccount,
      hold: null,
      people: [
        {
          id: eli,
          name: 'Eli Evans',
          email: ELI,
          hold: null,
          deletionRequest: null,
          abilities: { placeHold: true, liftHold: false, startDeletion: true },
        },
      ],
      abilities: { placeHold: true, liftHold: false },
    });
    const placed = await owner.put(`/api/v1/users/${eli}/legal-hold`, { reason: 'Disputed claim 2026-88' });
    expect(placed.json()).toMatchObject({ userId: eli, hold: { reason: 'Disputed claim 2026-88' } });
    expect((await auditEvents(portal, 'user.legal_hold_set')).at(-1)).toMatchObject({
      details: { reason: 'Disputed claim 2026-88' },
    });

    const started = await owner.post(`/api/v1/users/${eli}/deletion-request`);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().holds).toEqual([
      { account: null, reason: 'Disputed claim 2026-88', setAt: expect.any(String) },
    ]);
    const after = await rights();
    expect(after.people[0]).toMatchObject({
      hold: { reason: 'Disputed claim 2026-88' },
      deletionRequest: { id: started.json().id },
      abilities: { liftHold: true, startDeletion: false },
    });

    portal.clock.advanceMinutes(15 * 24 * 60);
    owner = await portal.signedIn('owner@northwind.example');
    expect(await runDueDeletions(portal.ctx)).toMatchObject({ blocked: 1, erased: 0 });
    const [blocked] = await scheduled();
    expect(blocked.blocked).toMatchObject({ code: 'legal_hold' });
    expect(blocked.blocked.reason).toContain('Disputed claim 2026-88');

    expect((await owner.delete(`/api/v1/users/${eli}/legal-hold`)).json()).toEqual({ userId: eli, hold: null });
    expect(await auditEvents(portal, 'user.legal_hold_lifted')).toHaveLength(1);
    // Lifting again changes nothing and is not audited twice.
    expect((await owner.delete(`/api/v1/users/${eli}/legal-hold`)).json().hold).toBeNull();
    expect(await auditEvents(portal, 'user.legal_hold_lifted')).toHaveLength(1);
    expect(await runDueDeletions(portal.ctx)).toMatchObject({ erased: 1 });
  });

  it("an account's hold shows on its people's requests; starting a deletion needs a recent proof of identity", async () => {
    const fatima = await userIdOf(portal.ctx.db, 'fatima.farah@customers.example');
    const account = await idOf(portal.ctx.db, 'accounts', 'Fatima Farah');
    await owner.put(`/api/v1/accounts/${account}/legal-hold`, { reason: 'Regulator inquiry' });
    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    expect(expectProblem(await owner.post(`/api/v1/users/${fatima}/deletion-request`), 403).code).toBe(
      'reauthentication_required',
    );
    expect((await owner.post('/api/v1/me/reauthenticate', { password: portal.demo.password })).statusCode).toBe(200);
    const started = await owner.post(`/api/v1/users/${fatima}/deletion-request`);
    expect(started.json().holds).toEqual([
      { account: { id: account, name: 'Fatima Farah' }, reason: 'Regulator inquiry', setAt: expect.any(String) },
    ]);
    expect((await owner.get(`/api/v1/accounts/${account}/data-rights`)).json()).toMatchObject({
      hold: { reason: 'Regulator inquiry' },
      abilities: { liftHold: true },
    });
  });

  it('bad input and people outside the rules are refused', async () => {
    expectProblem(await owner.put(`/api/v1/users/${eli}/legal-hold`, { reason: '' }), 400);
    expectProblem(await owner.put(`/api/v1/users/${eli}/legal-hold`, { reason: '<b>x</b>'.repeat(100) }), 400);
    expectProblem(await owner.put('/api/v1/users/not-a-uuid/legal-hold', { reason: 'x' }), 400);
    // Staff are not held or erased from here; customers and agents do not manage holds.
    const ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    expectProblem(await owner.put(`/api/v1/users/${ownerId}/legal-hold`, { reason: 'x' }), 404);
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expectProblem(await dana.get(`/api/v1/accounts/${eliAccount}/data-rights`), 403);
    const agent = await portal.signedIn('agent@northwind.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expectProblem(await agent.get(`/api/v1/accounts/${acme}/data-rights`), 403);
    expectProblem(await agent.put(`/api/v1/users/${eli}/legal-hold`, { reason: 'x' }), 403);
  });
});
