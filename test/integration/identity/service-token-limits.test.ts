import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { mintServiceToken, serviceTokenCaller, SERVICE_TOKENS } from './service-token-support.ts';

/** A service token's own requests per minute: set by owners and admins, enforced with 429 and Retry-After. */
describe('service token rate limits', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let call: ReturnType<typeof serviceTokenCaller>;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn(portal.demo.staffOwner);
    call = serviceTokenCaller(portal);
  });
  afterAll(() => portal.close());

  it('a token made with 3 a minute gets 429 with Retry-After on the 4th; the headers show its own budget', async () => {
    const slow = await mintServiceToken(owner, 'Nightly report', ['tickets:read'], { requestsPerMinute: 3 });
    expect(slow).toMatchObject({ requestsPerMinute: 3, customRequestsPerMinute: 3 });
    for (let n = 0; n < 3; n++) {
      const ok = await call(slow.token, 'GET', '/api/v1/tickets');
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.headers['ratelimit-policy']).toBe('"apiTokenRequests";q=3;w=60');
      expect(ok.headers['ratelimit']).toMatch(new RegExp(`^"apiTokenRequests";r=${2 - n};t=\\d+$`));
    }
    const refused = await call(slow.token, 'GET', '/api/v1/tickets');
    expectProblem(refused, 429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    // Raised to 5: the same window lets one more through (4 counted so far, the refused one included).
    const raised = await owner.patch(`${SERVICE_TOKENS}/${slow.id}`, { requestsPerMinute: 5 });
    expect(raised.json()).toMatchObject({ requestsPerMinute: 5, customRequestsPerMinute: 5 });
    expect((await call(slow.token, 'GET', '/api/v1/tickets')).statusCode).toBe(200);
    expectProblem(await call(slow.token, 'GET', '/api/v1/tickets'), 429);

    // Back to the portal default; a new window starts after a minute.
    const reset = await owner.patch(`${SERVICE_TOKENS}/${slow.id}`, { requestsPerMinute: null });
    const { defaultRequestsPerMinute } = (await owner.get(SERVICE_TOKENS)).json();
    expect(reset.json()).toMatchObject({ requestsPerMinute: defaultRequestsPerMinute, customRequestsPerMinute: null });
    portal.clock.advanceMinutes(2);
    const fresh = await call(slow.token, 'GET', '/api/v1/tickets');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers['ratelimit-policy']).toBe(`"apiTokenRequests";q=${defaultRequestsPerMinute};w=60`);

    const audit = (await owner.get('/api/v1/audit-events?action=service_token.updated')).json().items;
    expect(audit[0].details).toMatchObject({ requestsPerMinute: { from: 5, to: null } });
  });

  it('a rename shows as the new author name; bad budgets are 400; only owners/admins in the browser may edit', async () => {
    const token = await mintServiceToken(owner, 'Old name', ['tickets:read']);
    const renamed = await owner.patch(`${SERVICE_TOKENS}/${token.id}`, { name: 'New name' });
    expect(renamed.json()).toMatchObject({ name: 'New name', authorName: 'Integration: New name' });
    const { rows } = await portal.ctx.db.query('SELECT name FROM users WHERE id = $1', [token.id]);
    expect(rows[0]).toEqual({ name: 'Integration: New name' });

    for (const requestsPerMinute of [0, 10_001, 2.5, 'fast'])
      expectProblem(await owner.patch(`${SERVICE_TOKENS}/${token.id}`, { requestsPerMinute }), 400);
    expectProblem(await owner.patch(`${SERVICE_TOKENS}/${token.id}`, { scopes: ['write'] }), 400);
    expectProblem(await owner.post(SERVICE_TOKENS, { name: 'x', scopes: ['core:read'], requestsPerMinute: 0 }), 400);
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.patch(`${SERVICE_TOKENS}/${token.id}`, { requestsPerMinute: 10 }), 403);
    expectProblem(
      await call(token.token, 'PATCH', `${SERVICE_TOKENS}/${token.id}`, { requestsPerMinute: 10_000 }),
      403,
      'token_not_allowed',
    );
    expectProblem(await owner.patch(`${SERVICE_TOKENS}/${crypto.randomUUID()}`, { requestsPerMinute: 10 }), 404);
    expect((await owner.delete(`${SERVICE_TOKENS}/${token.id}`)).statusCode).toBe(200);
    expectProblem(await owner.patch(`${SERVICE_TOKENS}/${token.id}`, { requestsPerMinute: 10 }), 404);
  });
});
