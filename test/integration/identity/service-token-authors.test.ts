import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { serviceTokenCaller, mintServiceToken } from './service-token-support.ts';

/**
 * Service tokens as authors (migration 0073): an integration writes where an integrator expects to (replies,
 * uploads, projects and tasks) as its non-login integration person, shown as "Integration: <name>", and is still
 * refused where a person or a manager must act, outside its scopes, and where the segment switches a module off.
 */
describe('service tokens as authors', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let call: ReturnType<typeof serviceTokenCaller>;
  let sync: { id: string; token: string };
  let acme: string;
  let dana: { accountId: string; userId: string };

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn(portal.demo.staffOwner);
    call = serviceTokenCaller(portal);
    sync = await mintServiceToken(owner, 'CRM sync', [
      'tickets:write',
      'messages:write',
      'documents:write',
      'projects:write',
    ]);
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    dana = {
      accountId: await idOf(portal.ctx.db, 'accounts', 'Dana Diaz'),
      userId: await userIdOf(portal.ctx.db, 'dana.diaz@customers.example'),
    };
  });
  afterAll(() => portal.close());

  it('replies on a ticket; the customer and the agents see "Integration: CRM sync" as its author', async () => {
    const ticket = await call(sync.token, 'POST', '/api/v1/tickets', {
      accountId: dana.accountId,
      requesterId: dana.userId,
      subject: 'Order delayed',
      body: 'Where is my parcel?',
    });
    expect(ticket.statusCode, ticket.body).toBe(201);
    const ticketId = ticket.json().id as string;
    const reply = await call(sync.token, 'POST', `/api/v1/tickets/${ticketId}/messages`, {
      body: 'Your parcel left the warehouse today.',
    });
    expect(reply.statusCode, reply.body).toBe(201);

    const customer = await portal.signedIn('dana.diaz@customers.example');
    const seen = await customer.get(`/api/v1/threads/${ticketId}/messages`);
    expect(seen.statusCode, seen.body).toBe(200);
    const messages = seen.json().items as { body: string; author: { id: string; name: string } | null }[];
    const fromSync = messages.find((message) => message.body.includes('left the warehouse'));
    expect(fromSync?.author).toMatchObject({ id: sync.id, name: 'Integration: CRM sync' });
    // Its person stays off every list of people: no member of the account, no staff.
    const staff = (await owner.get('/api/v1/staff-users')).json().items as { id: string }[];
    expect(staff.map((person) => person.id)).not.toContain(sync.id);
    const { rows } = await portal.ctx.db.query('SELECT count(*)::int AS n FROM memberships WHERE user_id = $1', [
      sync.id,
    ]);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('posts in a client thread, uploads a document, and creates a project with a task', async () => {
    const thread = await call(sync.token, 'POST', `/api/v1/accounts/${acme}/threads`, {
      subject: 'Quarterly figures',
      body: 'The figures are attached in Documents.',
    });
    expect(thread.statusCode, thread.body).toBe(201);

    const upload = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${acme}/documents?name=figures.csv`,
      headers: { authorization: `Bearer ${sync.token}`, 'content-type': 'text/csv' },
      payload: 'quarter,revenue\nQ3,100\n',
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const alice = await portal.signedIn('alice@acme.example');
    const documents = await alice.get(`/api/v1/accounts/${acme}/documents`);
    expect(documents.body).toContain('figures.csv');
    expect(documents.body).toContain('Integration: CRM sync');

    const project = await call(sync.token, 'POST', `/api/v1/accounts/${acme}/projects`, { name: 'Onboarding Q4' });
    expect(project.statusCode, project.body).toBe(201);
    const task = await call(sync.token, 'POST', `/api/v1/projects/${project.json().id}/tasks`, {
      title: 'Send the signed contract',
    });
    expect(task.statusCode, task.body).toBe(201);
    expect((await owner.get(`/api/v1/tasks/${task.json().id}`)).json()).toMatchObject({
      title: 'Send the signed contract',
    });
    // Tasks and projects show no maker; the record keeps the integration person as it.
    const { rows } = await portal.ctx.db.query(
      'SELECT p.created_by AS project, t.created_by AS task FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.id = $1',
      [task.json().id],
    );
    expect(rows[0]).toEqual({ project: sync.id, task: sync.id });
  });

  it('is still refused where a manager or a person must act, and outside its scopes', async () => {
    const agentId = await userIdOf(portal.ctx.db, 'agent@northwind.example');
    const manager = await mintServiceToken(owner, 'Too broad', ['write']);
    expectProblem(
      await call(manager.token, 'PATCH', `/api/v1/staff-users/${agentId}`, { role: 'admin' }),
      403,
      'service_token_not_allowed',
    );
    expectProblem(
      await call(manager.token, 'POST', `/api/v1/accounts/${acme}/invitations`, { email: 'x@acme.example' }),
      403,
      'service_token_not_allowed',
    );
    expectProblem(
      await call(manager.token, 'POST', '/api/v1/service-tokens', { name: 'more', scopes: ['write'] }),
      403,
      'token_not_allowed',
    );
    // No billing scope on this one: refused before anything else.
    expectProblem(
      await call(sync.token, 'POST', `/api/v1/accounts/${acme}/billing-documents`, { kind: 'invoice' }),
      403,
      'insufficient_scope',
    );
  });

  it('is refused where the segment switches the module off (403 module_disabled)', async () => {
    await portal.ctx.db.query("UPDATE segments SET modules = array_remove(modules, 'projects') WHERE name = 'Clients'");
    try {
      const project = await call(sync.token, 'POST', `/api/v1/accounts/${acme}/projects`, { name: 'Off' });
      expectProblem(project, 403, 'module_disabled');
    } finally {
      await portal.ctx.db.query("UPDATE segments SET modules = modules || '{projects}'::text[] WHERE name = 'Clients'");
    }
  });

  it('a revoked token keeps its person as the author of history, and that person can never sign in', async () => {
    expect((await owner.delete(`/api/v1/service-tokens/${sync.id}`)).statusCode).toBe(200);
    expectProblem(await call(sync.token, 'GET', '/api/v1/tickets'), 401, 'invalid_token');
    const { rows } = await portal.ctx.db.query<{ email: string; name: string; kind: string }>(
      'SELECT email, name, kind FROM users WHERE id = $1',
      [sync.id],
    );
    expect(rows[0]).toMatchObject({ name: 'Integration: CRM sync', kind: 'integration' });
    const { rows: authored } = await portal.ctx.db.query(
      'SELECT count(*)::int AS n FROM messages WHERE author_id = $1',
      [sync.id],
    );
    expect(authored[0]!.n).toBeGreaterThan(0);
    // Neither a password nor a sign-in link reaches it.
    const signIn = await portal
      .client()
      .post('/api/v1/auth/sign-in', { email: rows[0]!.email, password: 'anything-at-all-1' });
    expect(signIn.statusCode).toBe(401);
  });
});
