import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeflectionRetention } from '../../../src/server/modules/deflection/index.ts';
import { runCredentialRetention } from '../../../src/server/modules/identity/index.ts';
import { runSearchLogRetention } from '../../../src/server/modules/knowledge-base/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { waitFor } from '../../support/process.ts';

const DAY_MINUTES = 24 * 60;
const DANA = 'dana.diaz@customers.example';

/** Rows of `table` matching `where`: the retention tests look at what is still stored. */
async function rows(portal: TestPortal, table: string, where: string, params: unknown[]) {
  const { rows: found } = await portal.ctx.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return found[0]!.n;
}

// Defaults: ended credentials 30 days, deflection sessions and search log 400 days (see docs/OPERATIONS.md).
describe('retention of rows that would grow without bound', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({ RETENTION_INTERVAL_SECONDS: '0' });
  }, 180_000);
  afterAll(() => portal.close());

  it('deletes ended sessions and tokens after 30 days, unaccepted invitations after they expired 30 days ago, and deflection and search rows after 400 days; live ones stay', async () => {
    const alice = await userIdOf(portal.ctx.db, 'alice@acme.example');
    const owner = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    // A signed-out session, a reset token, an API token valid 1 day, an invitation (valid 7 days).
    const leaving = await portal.signedIn('owner@northwind.example');
    expect((await leaving.post('/api/v1/auth/sign-out')).statusCode).toBeLessThan(300);
    expect(
      (await portal.client().post('/api/v1/auth/password-resets', { email: 'alice@acme.example' })).statusCode,
    ).toBe(202);
    await portal.ctx.background.idle();
    const admin = await portal.signedIn('admin@northwind.example');
    const created = await admin.post('/api/v1/me/api-tokens', { name: 'short', scopes: ['read'], expiresInDays: 1 });
    expect(created.statusCode, created.body).toBe(201);
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expect((await admin.post(`/api/v1/accounts/${acme}/invitations`, { email: 'late@acme.example' })).statusCode).toBe(
      201,
    );
    // A help-center visit, a ticket form session and a logged search.
    const visit = 'retention-visit-000001';
    expect(
      (await portal.client().post('/api/v1/deflection/events', { kind: 'help_session', key: visit })).statusCode,
    ).toBe(200);
    const dana = await portal.signedIn(DANA);
    const form = await dana.post('/api/v1/ticket-form-sessions');
    expect(form.statusCode, form.body).toBe(201);
    expect((await portal.client().get('/help/search?q=retentionprobe')).statusCode).toBe(200);

    const signedOut = () => rows(portal, 'sessions', 'user_id = $1 AND revoked_at IS NOT NULL', [owner]);
    const resetTokens = () => rows(portal, 'auth_tokens', "user_id = $1 AND purpose = 'password_reset'", [alice]);
    const apiTokens = () => rows(portal, 'api_tokens', "name = 'short'", []);
    const invitations = () => rows(portal, 'invitations', "email = 'late@acme.example'", []);
    const helpSessions = () => rows(portal, 'help_sessions', 'key = $1', [visit]);
    const formSessions = () => rows(portal, 'ticket_form_sessions', 'id = $1', [form.json().id]);
    const searches = () => rows(portal, 'kb_search_log', "query = 'retentionprobe'", []);
    const sweep = async () => {
      await runCredentialRetention(portal.ctx);
      await runDeflectionRetention(portal.ctx);
      await runSearchLogRetention(portal.ctx);
    };
    expect([await signedOut(), await resetTokens(), await apiTokens(), await invitations()]).toEqual([1, 1, 1, 1]);
    expect([await helpSessions(), await formSessions(), await searches()]).toEqual([1, 1, 1]);

    // 29 days on: nothing has been ended for 30 days yet.
    portal.clock.advanceMinutes(29 * DAY_MINUTES);
    await sweep();
    expect([await signedOut(), await resetTokens(), await apiTokens(), await invitations()]).toEqual([1, 1, 1, 1]);

    // 32 days: the session, the reset token and the API token ended over 30 days ago; the invitation expired on day 7.
    portal.clock.advanceMinutes(3 * DAY_MINUTES);
    await sweep();
    expect([await signedOut(), await resetTokens(), await apiTokens(), await invitations()]).toEqual([0, 0, 0, 1]);
    // Signing in today is unaffected, and the new session outlives a sweep.
    const today = await portal.signedIn('owner@northwind.example');
    await sweep();
    expect((await today.get('/api/v1/me')).statusCode).toBe(200);

    // 38 days: the invitation expired 31 days ago.
    portal.clock.advanceMinutes(6 * DAY_MINUTES);
    await sweep();
    expect(await invitations()).toBe(0);
    expect([await helpSessions(), await formSessions(), await searches()]).toEqual([1, 1, 1]);

    // 399 days: deflection and search rows are kept for 400 days; 401: gone.
    portal.clock.advanceMinutes(361 * DAY_MINUTES);
    await sweep();
    expect([await helpSessions(), await formSessions(), await searches()]).toEqual([1, 1, 1]);
    portal.clock.advanceMinutes(2 * DAY_MINUTES);
    await sweep();
    expect([await helpSessions(), await formSessions(), await searches()]).toEqual([0, 0, 0]);
  });
});

// The sweeps above are called by hand; here the periodic runner alone must run them, as it does in production.
describe('the periodic runner sweeps on its own', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({ RETENTION_INTERVAL_SECONDS: '1' });
  }, 180_000);
  afterAll(() => portal.close());

  it('removes a session ended over 30 days ago and a 400-day-old search without anyone calling a sweep', async () => {
    const owner = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    const leaving = await portal.signedIn('owner@northwind.example');
    expect((await leaving.post('/api/v1/auth/sign-out')).statusCode).toBeLessThan(300);
    expect((await portal.client().get('/help/search?q=runnerprobe')).statusCode).toBe(200);
    const signedOut = () => rows(portal, 'sessions', 'user_id = $1 AND revoked_at IS NOT NULL', [owner]);
    const searches = () => rows(portal, 'kb_search_log', "query = 'runnerprobe'", []);
    expect([await signedOut(), await searches()]).toEqual([1, 1]);

    portal.clock.advanceMinutes(401 * DAY_MINUTES);
    await waitFor(
      'the runner to sweep',
      async () => ((await signedOut()) === 0 && (await searches()) === 0 ? true : undefined),
      60_000,
    );
  });
});
