import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeMinutesPerAccount } from '../../../src/server/modules/projects/index.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

describe('projects: time entries and saved views', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let admin: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    admin = await portal.signedIn('admin@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    projectId = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Retainer work' })).json().id;
    taskId = (await owner.post(`/api/v1/projects/${projectId}/tasks`, { title: 'Monthly close' })).json().id;
  });
  afterAll(() => portal.close());

  const log = (client: HttpClient, body: Record<string, unknown>, task = taskId) =>
    client.post(`/api/v1/tasks/${task}/time-entries`, body);

  it('staff log, change and delete their own time; totals per task and project split billable and not', async () => {
    const first = await log(owner, { date: '2026-12-01', minutes: 90, note: 'Bank reconciliation' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ minutes: 90, billable: true, abilities: { update: true, delete: true } });
    const second = await log(agent, { date: '2026-12-02', minutes: 30, billable: false, note: '<b>call</b>' });
    expect(second.statusCode, second.body).toBe(201);
    // HTML stays text: stored as given, rendered as text by the web app.
    expect(second.json().note).toBe('<b>call</b>');

    const list = (await owner.get(`/api/v1/tasks/${taskId}/time-entries`)).json();
    expect(list.items.map((e: { minutes: number }) => e.minutes)).toEqual([90, 30]);
    expect(list.totals).toEqual({ billableMinutes: 90, nonBillableMinutes: 30, totalMinutes: 120 });
    expect(list.abilities.create).toBe(true);
    // The owner did not write the agent's entry, but staff admins (owners too) may change any entry.
    const agentsEntry = list.items.find((e: { minutes: number }) => e.minutes === 30);
    expect(agentsEntry.abilities.update).toBe(true);

    // The agent changes their own entry with If-Match; a stale version is 409.
    const changed = await agent.patch(
      `/api/v1/time-entries/${second.json().id}`,
      { minutes: 45 },
      { 'if-match': String(second.json().version) },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expectProblem(
      await agent.patch(
        `/api/v1/time-entries/${second.json().id}`,
        { minutes: 50 },
        { 'if-match': String(second.json().version) },
      ),
      409,
    );
    // Not the agent's entry: 403; the admin may change anyone's.
    expectProblem(await agent.patch(`/api/v1/time-entries/${first.json().id}`, { minutes: 1 }), 403);
    expectProblem(await agent.delete(`/api/v1/time-entries/${first.json().id}`), 403);
    expect((await admin.patch(`/api/v1/time-entries/${first.json().id}`, { note: 'Reviewed' })).statusCode).toBe(200);

    const totals = (await owner.get(`/api/v1/projects/${projectId}/time-totals`)).json();
    expect(totals).toEqual({ billableMinutes: 90, nonBillableMinutes: 45, totalMinutes: 135 });

    const third = (await log(owner, { date: '2026-12-03', minutes: 15 })).json();
    expect((await owner.delete(`/api/v1/time-entries/${third.id}`)).statusCode).toBe(200);
    expectProblem(await owner.delete(`/api/v1/time-entries/${third.id}`), 404);
  });

  it('bad input is a 400 with field errors', async () => {
    for (const body of [
      { date: '2026-12-01', minutes: 0 },
      { date: '2026-12-01', minutes: 1441 },
      { date: '2026-13-01', minutes: 10 },
      { date: '2026-12-01', minutes: '10' },
      { date: '2026-12-01', minutes: 10.5 },
      { date: '2026-12-01', minutes: 10, userId: 'someone' },
      { date: '2026-12-01', minutes: 10, note: 'x'.repeat(2001) },
    ])
      expectProblem(await log(owner, body), 400);
    expectProblem(await owner.get(`/api/v1/accounts/${acme}/time-entries?from=2026-12-31&to=2026-12-01`), 400);
    expectProblem(await owner.get(`/api/v1/accounts/${acme}/time-entries?from=2026-12-01`), 400);
  });

  it('clients never log time and see it only where the project shows it; internal projects stay hidden', async () => {
    expectProblem(await log(alice, { date: '2026-12-01', minutes: 10 }), 403);
    const hidden = await alice.get(`/api/v1/tasks/${taskId}/time-entries`);
    expectProblem(hidden, 403, 'not_allowed');
    expectProblem(await alice.get(`/api/v1/projects/${projectId}/time-totals`), 403, 'not_allowed');
    expect((await alice.get(`/api/v1/tasks/${taskId}`)).json().abilities).toMatchObject({
      viewTime: false,
      logTime: false,
    });

    const project = (await owner.get(`/api/v1/projects/${projectId}`)).json();
    const shown = await owner.patch(
      `/api/v1/projects/${projectId}`,
      { clientsSeeTime: true },
      { 'if-match': String(project.version) },
    );
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json().clientsSeeTime).toBe(true);
    const seen = (await alice.get(`/api/v1/tasks/${taskId}/time-entries`)).json();
    expect(seen.totals.totalMinutes).toBe(135);
    expect(seen.abilities.create).toBe(false);
    expect(seen.items.every((e: { abilities: { update: boolean } }) => !e.abilities.update)).toBe(true);
    expectProblem(await alice.patch(`/api/v1/time-entries/${seen.items[0].id}`, { minutes: 1 }), 403);

    const internal = (
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Internal', internal: true, clientsSeeTime: true })
    ).json().id;
    const secretTask = (await owner.post(`/api/v1/projects/${internal}/tasks`, { title: 'Secret' })).json().id;
    const secret = (await log(owner, { date: '2026-12-01', minutes: 60 }, secretTask)).json();
    expectProblem(await alice.get(`/api/v1/tasks/${secretTask}/time-entries`), 404);
    expectProblem(await alice.get(`/api/v1/projects/${internal}/time-totals`), 404);
    expectProblem(await alice.delete(`/api/v1/time-entries/${secret.id}`), 404);
  });

  it('another account’s task, project, entry or account answers 404', async () => {
    const entry = (await owner.get(`/api/v1/tasks/${taskId}/time-entries`)).json().items[0];
    expectProblem(await bianca.get(`/api/v1/tasks/${taskId}/time-entries`), 404);
    expectProblem(await bianca.get(`/api/v1/projects/${projectId}/time-totals`), 404);
    expectProblem(await bianca.patch(`/api/v1/time-entries/${entry.id}`, { minutes: 1 }), 404);
    expectProblem(await bianca.delete(`/api/v1/time-entries/${entry.id}`), 404);
  });

  it('an account’s time over a period for staff, and the billing sum per account', async () => {
    const page = await owner.get(`/api/v1/accounts/${acme}/time-entries?from=2026-12-01&to=2026-12-02&limit=1`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().items).toHaveLength(1);
    expect(page.json().totals).toEqual({ billableMinutes: 150, nonBillableMinutes: 45, totalMinutes: 195 });
    const next = await owner.get(
      `/api/v1/accounts/${acme}/time-entries?from=2026-12-01&to=2026-12-02&limit=5&cursor=${page.json().nextCursor}`,
    );
    expect(next.json().items.length).toBeGreaterThan(0);
    expectProblem(await alice.get(`/api/v1/accounts/${acme}/time-entries?from=2026-12-01&to=2026-12-31`), 403);

    const sums = await timeMinutesPerAccount(portal.ctx, { from: '2026-12-01', to: '2026-12-31' });
    expect(sums.get(acme)).toEqual({ billableMinutes: 150, nonBillableMinutes: 45, totalMinutes: 195 });
    const december2 = await timeMinutesPerAccount(portal.ctx, { from: '2026-12-02', to: '2026-12-02' }, [acme]);
    expect(december2.get(acme)).toEqual({ billableMinutes: 0, nonBillableMinutes: 45, totalMinutes: 45 });
  });

  it('saved views are private to their owner; names are unique per person', async () => {
    const saved = await alice.post('/api/v1/task-views', {
      name: 'My open work',
      filters: { status: ['todo', 'in_progress'], assignee: 'me' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expectProblem(await alice.post('/api/v1/task-views', { name: 'my OPEN work', filters: {} }), 409);
    expectProblem(await alice.post('/api/v1/task-views', { name: 'Bad', filters: { status: ['nope'] } }), 400);
    expectProblem(await alice.post('/api/v1/task-views', { name: 'Bad', filters: { sql: 'x' } }), 400);
    expect((await alice.get('/api/v1/task-views')).json().items).toMatchObject([
      { name: 'My open work', filters: { status: ['todo', 'in_progress'], assignee: 'me' } },
    ]);
    expect((await owner.get('/api/v1/task-views')).json().items).toEqual([]);
    expectProblem(await owner.delete(`/api/v1/task-views/${saved.json().id}`), 404);
    expect((await alice.delete(`/api/v1/task-views/${saved.json().id}`)).statusCode).toBe(200);
    expect((await alice.get('/api/v1/task-views')).json().items).toEqual([]);
  });

  it('with the module off, people get 403 module_disabled and staff cannot log time', async () => {
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const off = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    expect(off.statusCode, off.body).toBe(200);
    try {
      const aliceNow = await portal.signedIn('alice@acme.example');
      expectProblem(await aliceNow.get(`/api/v1/tasks/${taskId}/time-entries`), 403, 'module_disabled');
      expectProblem(await aliceNow.get('/api/v1/task-views'), 403, 'module_disabled');
      expectProblem(await log(owner, { date: '2026-12-05', minutes: 5 }), 403, 'module_disabled');
      expect((await owner.get(`/api/v1/tasks/${taskId}/time-entries`)).statusCode).toBe(200);
    } finally {
      await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing', 'projects'] });
    }
  });
});
