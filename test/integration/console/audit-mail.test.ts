import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';

interface AuditItem {
  id: string;
  occurredAt: string;
  action: string;
  actor: { id: string | null; label: string | null };
  target: { type: string | null; id: string | null; label: string | null };
  accountId: string | null;
  details: Record<string, unknown>;
}

async function walk<T extends { id: string }>(client: HttpClient, url: string) {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 200; page += 1) {
    const response = await client.get(
      `${url}${url.includes('?') ? '&' : '?'}${cursor ? `cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: T[]; nextCursor: string | null };
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

describe('audit log', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let alice: HttpClient;
  let aliceId: string;
  let acme: string;
  let beforeLater: string;

  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expect(
      (await alice.post(`/api/v1/accounts/${acme}/invitations`, { email: 'auditee@acme.example', role: 'member' }))
        .statusCode,
    ).toBe(201);
    const adam = await userIdOf(portal.ctx.db, 'adam@acme.example');
    expect((await alice.patch(`/api/v1/accounts/${acme}/members/${adam}`, { role: 'account_admin' })).statusCode).toBe(
      200,
    );
    // Ten minutes later, the admin changes a setting.
    portal.clock.advanceMinutes(10);
    beforeLater = new Date(portal.clock.now().getTime() - 5 * 60_000).toISOString();
    expect((await admin.patch('/api/v1/portal-settings', { primaryColor: '#123456' })).statusCode).toBe(200);
  });
  afterAll(() => portal.close());

  it('records settings changes, invitations and role changes, newest first', async () => {
    const items = (await admin.get('/api/v1/audit-events?limit=200')).json().items as AuditItem[];
    expect(items[0]).toMatchObject({
      action: 'settings.updated',
      actor: { label: 'admin@northwind.example' },
      details: { fields: ['primaryColor'] },
    });
    expect(items.find((e) => e.action === 'invitation.created')).toMatchObject({
      actor: { id: aliceId },
      target: { type: 'invitation', label: 'auditee@acme.example' },
      accountId: acme,
    });
    expect(items.find((e) => e.action === 'membership.role_changed')).toMatchObject({
      actor: { id: aliceId },
      accountId: acme,
      details: { from: 'member', to: 'account_admin' },
    });
    const times = items.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by action, actor and time', async () => {
    const byAction = (await admin.get('/api/v1/audit-events?action=membership.role_changed')).json()
      .items as AuditItem[];
    expect(byAction).toHaveLength(1);
    const byActor = (await admin.get(`/api/v1/audit-events?actorId=${aliceId}`)).json().items as AuditItem[];
    expect(byActor.map((e) => e.action).sort()).toEqual([
      'invitation.created',
      'membership.role_changed',
      'sign_in.succeeded',
    ]);
    const later = (await admin.get(`/api/v1/audit-events?from=${encodeURIComponent(beforeLater)}`)).json()
      .items as AuditItem[];
    expect(later.map((e) => e.action)).toEqual(['settings.updated']);
    const earlier = (await admin.get(`/api/v1/audit-events?to=${encodeURIComponent(beforeLater)}`)).json()
      .items as AuditItem[];
    expect(earlier.length).toBeGreaterThan(3);
    expect(earlier.map((e) => e.action)).not.toContain('settings.updated');
    const byAccount = (await admin.get(`/api/v1/audit-events?accountId=${acme}`)).json().items as AuditItem[];
    expect(byAccount.map((e) => e.action).sort()).toEqual(['invitation.created', 'membership.role_changed']);
    expectProblem(await admin.get('/api/v1/audit-events?action=made.up'), 400);
  });

  it('pages through the whole log without repeats', async () => {
    const all = (await admin.get('/api/v1/audit-events?limit=200')).json().items as AuditItem[];
    const paged = await walk<AuditItem>(admin, '/api/v1/audit-events?limit=2');
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it('is for the owner and admins only', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.get('/api/v1/audit-events'), 403, 'forbidden');
    expectProblem(await alice.get('/api/v1/audit-events'), 403, 'forbidden');
    expect((await (await portal.signedIn('owner@northwind.example')).get('/api/v1/audit-events')).statusCode).toBe(200);
  });
});

describe('development mail outbox', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    for (const email of ['first@acme.example', 'second@acme.example', 'third@acme.example']) {
      expect((await admin.post(`/api/v1/accounts/${acme}/invitations`, { email })).statusCode).toBe(201);
      // Invitation mail goes out through queued jobs that run side by side: wait for each to be stored so the
      // outbox's order is the order the invitations were sent in.
      await portal.ctx.background.idle();
    }
  });
  afterAll(() => portal.close());

  it('lists sent mail newest first and shows one message in full', async () => {
    const items = (await admin.get('/api/v1/dev-mail')).json().items as {
      id: string;
      to: string;
      subject: string;
      status: string;
    }[];
    expect(items.slice(0, 3).map((m) => m.to)).toEqual([
      'third@acme.example',
      'second@acme.example',
      'first@acme.example',
    ]);
    expect(items[0]).toMatchObject({ status: 'sent', subject: expect.stringContaining('Acme Manufacturing') });
    const message = (await admin.get(`/api/v1/dev-mail/${items[0]!.id}`)).json();
    expect(message).toMatchObject({ id: items[0]!.id, to: 'third@acme.example', error: null });
    expect(message.text).toMatch(/\/invitation#token=[A-Za-z0-9_-]+/);
    expect(message.html).toContain('<a href="http://portico.test/invitation#token=');
    expectProblem(await admin.get(`/api/v1/dev-mail/${randomId()}`), 404);
  });

  it('pages through the outbox without repeats', async () => {
    const all = (await admin.get('/api/v1/dev-mail?limit=200')).json().items as { id: string }[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect((await walk<{ id: string }>(admin, '/api/v1/dev-mail?limit=1')).map((m) => m.id)).toEqual(
      all.map((m) => m.id),
    );
  });

  it('is for the owner and admins only', async () => {
    const messageId = (await admin.get('/api/v1/dev-mail')).json().items[0].id as string;
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.get('/api/v1/dev-mail'), 403);
    expectProblem(await agent.get(`/api/v1/dev-mail/${messageId}`), 403);
    expectProblem(await (await portal.signedIn('alice@acme.example')).get(`/api/v1/dev-mail/${messageId}`), 403);
    expect((await agent.get('/api/v1/me')).json().abilities.readMailOutbox).toBe(false);
    expect((await admin.get('/api/v1/me')).json().abilities.readMailOutbox).toBe(true);
  });
});
