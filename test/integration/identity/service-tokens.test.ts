import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { enableOrders, orderPayload, upsertUrl } from '../orders/support.ts';
import { mintServiceToken, serviceTokenCaller, SERVICE_TOKENS as TOKENS } from './service-token-support.ts';

/**
 * Firm-level service tokens ("integrations"): made by owners and admins, shown once, firm-wide but scoped, writing
 * only where an integration may, audited as the integration, and still working after their maker left.
 */
describe('service tokens (integrations)', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let admin: HttpClient;
  let dana: { accountId: string; userId: string };
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    await enableOrders(portal, 'Customers');
    owner = await portal.signedIn(portal.demo.staffOwner);
    admin = await portal.signedIn('admin@northwind.example');
    dana = {
      accountId: await idOf(portal.ctx.db, 'accounts', 'Dana Diaz'),
      userId: await userIdOf(portal.ctx.db, 'dana.diaz@customers.example'),
    };
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  const call = (...args: Parameters<ReturnType<typeof serviceTokenCaller>>) => serviceTokenCaller(portal)(...args);
  const mint = (by: HttpClient, name: string, scopes: string[], expiresInDays = 30) =>
    mintServiceToken(by, name, scopes, { expiresInDays });

  let store: { id: string; token: string };
  it('owners and admins create one; the secret is shown once, the list shows name, scopes and maker', async () => {
    const created = await mint(admin, 'Shop sync', ['orders:write', 'tickets:write', 'core:write']);
    store = created;
    expect(created.token).toMatch(/^svc_/);
    expect(created).toMatchObject({ name: 'Shop sync', status: 'active', abilities: { revoke: true } });
    const list = (await owner.get(TOKENS)).json();
    expect(list.abilities.create).toBe(true);
    const listed = list.items.find((item: { id: string }) => item.id === created.id);
    expect(listed).toMatchObject({ scopes: ['orders:write', 'tickets:write', 'core:write'], lastUsedAt: null });
    expect(listed.createdBy.name).toBe('Adrian Admin');
    expect(JSON.stringify(list)).not.toContain(created.token);
    const { rows } = await portal.ctx.db.query('SELECT token_hash FROM service_tokens WHERE id = $1', [created.id]);
    expect(rows[0]!.token_hash).not.toBe(created.token);
  });

  it('agents, clients and tokens cannot manage integrations; bad input is 400', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.get(TOKENS), 403);
    expectProblem(await agent.post(TOKENS, { name: 'x', scopes: ['core:read'] }), 403);
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.get(TOKENS), 403);
    expectProblem(await portal.client().get(TOKENS), 401);
    expectProblem(await call(store.token, 'GET', TOKENS), 403, 'token_not_allowed');
    expectProblem(await call(store.token, 'DELETE', `${TOKENS}/${store.id}`), 403, 'token_not_allowed');
    expectProblem(await owner.post(TOKENS, { name: '', scopes: ['core:read'] }), 400);
    expectProblem(await owner.post(TOKENS, { name: 'x', scopes: ['everything:write'] }), 400);
    expectProblem(await owner.post(TOKENS, { name: 'x'.repeat(81), scopes: ['core:read'] }), 400);
    expectProblem(await owner.post(TOKENS, { name: 'x', scopes: ['core:read'], expiresInDays: 'soon' }), 400);
    expectProblem(await owner.post(TOKENS, { name: 'x', scopes: ['core:read'], extra: true }), 400);
    expectProblem(await owner.delete(`${TOKENS}/${crypto.randomUUID()}`), 404);
    expectProblem(await owner.delete(`${TOKENS}/not-an-id`), 400);
  });

  it('works firm-wide on several endpoints: orders, a ticket for a customer, a webhook; reads every account', async () => {
    const order = await call(store.token, 'PUT', upsertUrl(dana.accountId, 'shop-1'), orderPayload());
    expect(order.statusCode, order.body).toBe(201);

    const ticket = await call(store.token, 'POST', '/api/v1/tickets', {
      accountId: dana.accountId,
      requesterId: dana.userId,
      subject: 'Parcel arrived damaged',
      body: 'Reported through the shop.',
    });
    expect(ticket.statusCode, ticket.body).toBe(201);
    const ticketId = ticket.json().id as string;
    // The requester wrote the first message (the ticket is theirs); the thread's maker is the integration person.
    const { rows: authors } = await portal.ctx.db.query<{ author_id: string; created_by: string | null }>(
      'SELECT m.author_id, t.created_by FROM messages m JOIN threads t ON t.id = m.thread_id WHERE t.id = $1',
      [ticketId],
    );
    expect(authors).toEqual([{ author_id: dana.userId, created_by: store.id }]);
    // Without a requester, no one would be the author: refused with a field error.
    expectProblem(
      await call(store.token, 'POST', '/api/v1/tickets', { accountId: dana.accountId, subject: 'x', body: 'y' }),
      400,
    );

    const webhook = await call(store.token, 'POST', '/api/v1/webhooks/subscriptions', {
      url: 'https://hooks.example/shop',
      eventTypes: ['ticket.created'],
    });
    expect(webhook.statusCode, webhook.body).toBe(201);
    const { rows: hooks } = await portal.ctx.db.query(
      'SELECT created_by, created_by_service_token_id FROM webhook_subscriptions WHERE id = $1',
      [webhook.json().id],
    );
    expect(hooks[0]).toEqual({ created_by: store.id, created_by_service_token_id: store.id });

    // Firm-wide: no assignment limits an integration; both segments' accounts are there.
    const accounts = (await call(store.token, 'GET', '/api/v1/accounts?limit=100')).json().items as { id: string }[];
    expect(accounts.map((account) => account.id)).toEqual(expect.arrayContaining([acme, dana.accountId]));
    expect((await call(store.token, 'GET', `/api/v1/tickets/${ticketId}`)).statusCode).toBe(200);
  });

  it('writes that need a person are refused with a clear 403; scopes still limit it', async () => {
    // Messages are no longer among them (service-token-authors.test.ts); scopes still apply: no messages scope here.
    const thread = await call(store.token, 'POST', `/api/v1/accounts/${acme}/threads`, { subject: 'Hi', body: 'x' });
    expectProblem(thread, 403, 'insufficient_scope');
    const invite = await call(store.token, 'POST', `/api/v1/accounts/${acme}/invitations`, {
      email: 'x@acme.example',
      role: 'member',
    });
    expect(invite.json()).toMatchObject({ status: 403, code: 'service_token_not_allowed' });
    // No documents scope: refused before anything else.
    const documents = await call(store.token, 'GET', `/api/v1/accounts/${acme}/documents`);
    expect(documents.json()).toMatchObject({ status: 403, code: 'insufficient_scope' });
    const reader = await mint(owner, 'Reporting', ['tickets:read']);
    expect((await call(reader.token, 'GET', '/api/v1/tickets')).statusCode).toBe(200);
    const write = await call(reader.token, 'POST', '/api/v1/tickets', {
      accountId: dana.accountId,
      subject: 'x',
      body: 'y',
    });
    expect(write.json()).toMatchObject({ status: 403, code: 'insufficient_scope' });
    // Sign-in and "me" are never for tokens; a personal scope shorthand means every area here too.
    expectProblem(await call(reader.token, 'POST', '/api/v1/me/password', { current: 'x', next: 'y' }), 403);
  });

  it('the audit log shows the integration, not a person (list, filter by token, CSV)', async () => {
    const events = (await owner.get(`/api/v1/audit-events?actorId=${store.id}`)).json().items as {
      action: string;
      actor: { type: string; id: string | null; serviceTokenId: string | null; label: string };
    }[];
    expect(events.map((event) => event.action)).toContain('webhook.created');
    for (const event of events)
      expect(event.actor).toEqual({ type: 'service_token', id: null, serviceTokenId: store.id, label: 'Shop sync' });
    const created = (await owner.get('/api/v1/audit-events?action=service_token.created')).json().items[0];
    expect(created.actor).toMatchObject({ type: 'person', id: expect.any(String), serviceTokenId: null });
    const csv = await owner.get(`/api/v1/audit-events/export.csv?actorId=${store.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('actor type');
    expect(csv.body).toContain(`"service_token","${store.id}","Integration: Shop sync"`);
  });

  it('survives its maker leaving; revoked is 401 at once, and expired is 401', async () => {
    const adminId = await userIdOf(portal.ctx.db, 'admin@northwind.example');
    expect((await owner.delete(`/api/v1/staff-users/${adminId}`)).statusCode).toBe(200);
    // Last use is written at most once a minute: a later request records it.
    portal.clock.advanceMinutes(2);
    expect((await call(store.token, 'GET', '/api/v1/tickets')).statusCode).toBe(200);
    expect((await owner.get(TOKENS)).json().items.find((item: { id: string }) => item.id === store.id)).toMatchObject({
      status: 'active',
      lastUsedAt: expect.any(String),
    });

    const revoked = await owner.delete(`${TOKENS}/${store.id}`);
    expect(revoked.json()).toMatchObject({ status: 'revoked', abilities: { revoke: false } });
    expectProblem(await call(store.token, 'GET', '/api/v1/tickets'), 401, 'invalid_token');
    expectProblem(await owner.delete(`${TOKENS}/${store.id}`), 404);
    const audit = (await owner.get('/api/v1/audit-events?action=service_token.revoked')).json().items[0];
    expect(audit.target).toMatchObject({ type: 'service_token', id: store.id, label: 'Shop sync' });

    const shortLived = await mint(owner, 'Short', ['tickets:read'], 1);
    expect((await call(shortLived.token, 'GET', '/api/v1/tickets')).statusCode).toBe(200);
    portal.clock.advanceMinutes(24 * 60 + 1);
    expectProblem(await call(shortLived.token, 'GET', '/api/v1/tickets'), 401, 'invalid_token');
    expectProblem(await call('svc_not-a-real-token', 'GET', '/api/v1/tickets'), 401, 'invalid_token');
    expect(
      (await (await portal.signedIn(portal.demo.staffOwner)).get(TOKENS))
        .json()
        .items.find((item: { id: string }) => item.id === shortLived.id).status,
    ).toBe('expired');
  });
});
