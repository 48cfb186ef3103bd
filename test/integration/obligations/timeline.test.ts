import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { allPages, createProject, createTask, expectTimelineOrder, timeline, titles } from './helpers.ts';

/*
 * The obligations timeline of one account (both sides) and "waiting on us" across accounts. Demo: Acme and Blue
 * Harbor are client workspaces (documents, messages, billing, projects); the agent is limited to Acme.
 */
describe('the obligations timeline', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let clients: string;
  let ownerId: string;
  let aliceId: string;
  const daysFromNow = (days: number) =>
    new Date(portal.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');

    const shared = await createProject(owner, acme, { name: 'Obligations 2027', dueDate: daysFromNow(30) });
    await createTask(owner, shared, { title: 'TL client overdue', dueDate: daysFromNow(-3), assigneeId: aliceId });
    await createTask(owner, shared, { title: 'TL client later', dueDate: daysFromNow(10), assigneeId: aliceId });
    await createTask(owner, shared, { title: 'TL firm soon', dueDate: daysFromNow(2), assigneeId: ownerId });
    await createTask(owner, shared, { title: 'TL firm undated', dueDate: null, assigneeId: ownerId });
    const internal = await createProject(owner, acme, { name: 'TL internal review', internal: true });
    await createTask(owner, internal, { title: 'TL internal task', dueDate: daysFromNow(1), assigneeId: ownerId });
    const request = await owner.post(`/api/v1/accounts/${acme}/file-requests`, {
      title: 'TL bank statements',
      dueDate: daysFromNow(5),
    });
    expect(request.statusCode, request.body).toBe(201);
    const blue = await createProject(owner, blueHarbor, { name: 'TL Blue Harbor setup' });
    await createTask(owner, blue, { title: 'TL blue firm task', dueDate: daysFromNow(-1), assigneeId: ownerId });
  }, 180_000);
  afterAll(() => portal?.close());

  it('staff see both sides of an account, overdue first, undated last', async () => {
    const firm = await timeline(owner, acme, 'firm');
    expect(titles(firm)).toEqual(
      expect.arrayContaining(['TL firm soon', 'TL firm undated', 'TL internal task', 'Obligations 2027']),
    );
    expect(titles(firm)).not.toContain('TL client overdue');
    expect(firm.every((item) => item.side === 'firm' && item.accountId === acme)).toBe(true);
    expect(firm.at(-1)).toMatchObject({ title: 'TL firm undated', dueAt: null, overdue: false });
    expectTimelineOrder(firm);
    const task = firm.find((item) => item.title === 'TL firm soon')!;
    expect(task).toMatchObject({ module: 'projects', kind: 'task', dueDate: daysFromNow(2), state: 'todo' });
    expect(task.owner?.id).toBe(ownerId);
    expect(task.link).toBe(`/console/tasks/${task.id}`);
    expect(firm.find((item) => item.title === 'Obligations 2027')).toMatchObject({ kind: 'deliverable' });

    const client = await timeline(owner, acme, 'client');
    expect(titles(client)).toEqual(
      expect.arrayContaining(['TL client overdue', 'TL client later', 'TL bank statements']),
    );
    expect(client[0]).toMatchObject({ overdue: true });
    expect(client.find((item) => item.title === 'TL client overdue')).toMatchObject({
      overdue: true,
      owner: { id: aliceId },
    });
    expect(client.find((item) => item.title === 'TL bank statements')).toMatchObject({
      module: 'documents',
      kind: 'file_request',
      overdue: false,
    });
    expect(client.some((item) => item.module === 'billing' && item.kind === 'invoice')).toBe(true);
    expectTimelineOrder(client);

    // Paging one by one gives the same list.
    expect(await timeline(owner, acme, 'client', 1)).toEqual(client);
    expect(await timeline(owner, acme, 'firm', 2)).toEqual(firm);
  });

  it('the client sees their side and the firm’s shown commitments, never an internal task', async () => {
    const mine = await timeline(alice, acme, 'client');
    expect(titles(mine)).toEqual(
      expect.arrayContaining(['TL client overdue', 'TL client later', 'TL bank statements']),
    );
    expect(mine.find((item) => item.title === 'TL client overdue')!.link).toMatch(/^\/tasks\//);
    const firm = await timeline(alice, acme, 'firm');
    expect(titles(firm)).toEqual(expect.arrayContaining(['TL firm soon', 'Obligations 2027']));
    expect(titles(firm)).not.toContain('TL internal task');
    expect(titles([...firm, ...mine]).some((title) => title.includes('internal'))).toBe(false);
  });

  it('another account’s timeline is 404 (same as a missing one); bad input is 400', async () => {
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/obligations?side=client`), 404);
    expectProblem(await agent.get(`/api/v1/accounts/${blueHarbor}/obligations?side=firm`), 404);
    expectProblem(await owner.get(`/api/v1/accounts/0190a0a0-0000-7000-8000-000000000000/obligations?side=firm`), 404);
    expectProblem(await owner.get(`/api/v1/accounts/${acme}/obligations?side=everyone`), 400);
    expectProblem(await owner.get(`/api/v1/accounts/${acme}/obligations`), 400);
    expectProblem(await owner.get(`/api/v1/accounts/${acme}/obligations?side=firm&limit=1000`), 400);
    expectProblem(await owner.get(`/api/v1/accounts/${acme}/obligations?side=firm&cursor=bm90LWpzb24`), 400);
    expectProblem(await portal.client().get(`/api/v1/accounts/${acme}/obligations?side=firm`), 401);
  });

  it('a module switched off for the segment drops its items', async () => {
    const off = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    expect(off.statusCode, off.body).toBe(200);
    try {
      const client = await timeline(owner, acme, 'client');
      expect(client.some((item) => item.module === 'projects')).toBe(false);
      expect(titles(client)).toContain('TL bank statements');
      expect((await timeline(alice, acme, 'firm')).some((item) => item.module === 'projects')).toBe(false);
      const waiting = await allPages(owner, '/api/v1/console/waiting/items');
      expect(waiting.some((item) => item.module === 'projects')).toBe(false);
    } finally {
      const on = await owner.patch(`/api/v1/segments/${clients}`, {
        modules: ['documents', 'messages', 'billing', 'projects'],
      });
      expect(on.statusCode, on.body).toBe(200);
    }
  });

  it('"waiting on us" is the firm’s side across the scope, by due time; a limited agent sees their accounts only', async () => {
    const all = await allPages(owner, '/api/v1/console/waiting/items', 2);
    expect(titles(all)).toEqual(expect.arrayContaining(['TL blue firm task', 'TL firm soon', 'TL internal task']));
    expect(all.every((item) => item.side === 'firm')).toBe(true);
    expectTimelineOrder(all);
    expect(all.find((item) => item.title === 'TL blue firm task')).toMatchObject({
      overdue: true,
      accountId: blueHarbor,
    });

    const limited = await allPages(agent, '/api/v1/console/waiting/items');
    expect(titles(limited)).toContain('TL firm soon');
    expect(limited.every((item) => item.accountId === acme)).toBe(true);
    expectProblem(await alice.get('/api/v1/console/waiting/items'), 403);
  });
});
