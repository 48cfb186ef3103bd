import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

interface TaskItem {
  id: string;
  title: string;
  dueDate: string | null;
  priority: string;
  assignee: { id: string; staff: boolean } | null;
}

/** A small agency playbook: kick-off by the firm, content from the client after it, launch after both. */
const LAUNCH = {
  name: 'Brand launch',
  description: 'Kick-off, content from the client, launch.',
  durationDays: 20,
  tasks: [
    { title: 'Kick-off call', offsetDays: 0, checklist: ['Agenda', 'Minutes'] },
    { title: 'Send the brand assets', offsetDays: 5, assignTo: 'client', priority: 'high', after: [0] },
    { title: 'Launch', offsetDays: 20, after: [1, 0, 1] },
  ],
};

describe('projects: templates built in the console', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let aliceId: string;
  let ownerId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
  });
  afterAll(() => portal.close());

  it('staff build a template; a project made from it has its tasks, sides, checklists and order; edits leave it be', async () => {
    const created = await owner.post('/api/v1/project-templates', LAUNCH);
    expect(created.statusCode, created.body).toBe(201);
    const template = created.json();
    expect(template).toMatchObject({
      name: 'Brand launch',
      durationDays: 20,
      taskCount: 3,
      version: 1,
      abilities: { update: true, delete: true },
    });
    // Defaults filled in, and waiting twice for the same task is waiting once, in order.
    expect(template.tasks[1]).toEqual({
      title: 'Send the brand assets',
      description: '',
      offsetDays: 5,
      priority: 'high',
      assignTo: 'client',
      checklist: [],
      after: [0],
      recurrence: null,
    });
    expect(template.tasks[2].after).toEqual([0, 1]);
    const names = (await agent.get('/api/v1/project-templates')).json().items.map((t: { name: string }) => t.name);
    expect(names).toEqual(['Brand launch', 'Website redesign', 'Year-end accounts']);

    const project = await owner.post(`/api/v1/accounts/${acme}/projects`, {
      name: 'Acme brand launch',
      templateId: template.id,
      startDate: '2027-03-01',
    });
    expect(project.statusCode, project.body).toBe(201);
    expect(project.json()).toMatchObject({ dueDate: '2027-03-21', taskCounts: { open: 3, done: 0 } });
    const tasks: TaskItem[] = (await owner.get(`/api/v1/projects/${project.json().id}/tasks?limit=50`)).json().items;
    expect(tasks.map((task) => [task.title, task.dueDate, task.assignee?.id])).toEqual([
      ['Kick-off call', '2027-03-01', ownerId],
      ['Send the brand assets', '2027-03-06', aliceId],
      ['Launch', '2027-03-21', ownerId],
    ]);
    const launch = (await owner.get(`/api/v1/tasks/${tasks[2]!.id}`)).json();
    expect(launch.dependsOn.map((t: { title: string }) => t.title).sort()).toEqual([
      'Kick-off call',
      'Send the brand assets',
    ]);
    const kickOff = (await owner.get(`/api/v1/tasks/${tasks[0]!.id}`)).json();
    expect(kickOff.checklistItems.map((item: { title: string }) => item.title)).toEqual(['Agenda', 'Minutes']);

    // An edit with the loaded version: the template changes, the running project keeps its three tasks.
    const changed = await owner.patch(
      `/api/v1/project-templates/${template.id}`,
      { name: 'Brand launch (short)', durationDays: 10, tasks: [{ title: 'Kick-off call', offsetDays: 0 }] },
      { 'if-match': '1' },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Brand launch (short)', taskCount: 1, version: 2 });
    expectProblem(
      await agent.patch(`/api/v1/project-templates/${template.id}`, { name: 'Lost update' }, { 'if-match': '1' }),
      409,
      'stale_version',
    );
    expect((await owner.get(`/api/v1/projects/${project.json().id}`)).json().taskCounts).toEqual({
      open: 3,
      done: 0,
    });

    // Deleting it: the project stays whole; the template is gone for reading and for new projects.
    expect((await owner.delete(`/api/v1/project-templates/${template.id}`)).statusCode).toBe(200);
    expectProblem(await owner.get(`/api/v1/project-templates/${template.id}`), 404);
    expectProblem(await owner.delete(`/api/v1/project-templates/${template.id}`), 404);
    expect((await owner.get(`/api/v1/projects/${project.json().id}`)).json().taskCounts.open).toBe(3);
    const gone = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Too late', templateId: template.id }),
      400,
    );
    expect(gone.errors?.[0]).toMatchObject({ path: 'templateId', code: 'unknown_template' });

    const { rows } = await portal.ctx.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE target_type = 'project_template' AND target_id = $1 ORDER BY occurred_at, id",
      [template.id],
    );
    expect(rows.map((row) => row.action)).toEqual([
      'project.template_created',
      'project.template_updated',
      'project.template_deleted',
    ]);
  });

  it('bad input is a 400 with field errors: later or own tasks to wait for, tasks past the end, wrong types', async () => {
    const waitsForLater = expectProblem(
      await owner.post('/api/v1/project-templates', {
        name: 'Loop',
        durationDays: 5,
        tasks: [
          { title: 'A', offsetDays: 0, after: [1] },
          { title: 'B', offsetDays: 1, after: [1] },
        ],
      }),
      400,
    );
    expect(waitsForLater.errors?.map((error) => [error.path, error.code])).toEqual([
      ['tasks.0.after.0', 'not_earlier'],
      ['tasks.1.after.0', 'not_earlier'],
    ]);
    const pastEnd = expectProblem(
      await owner.post('/api/v1/project-templates', {
        name: 'Late',
        durationDays: 5,
        tasks: [{ title: 'A', offsetDays: 6 }],
      }),
      400,
    );
    expect(pastEnd.errors?.[0]).toMatchObject({ path: 'tasks.0.offsetDays', code: 'after_project_end' });
    const types = expectProblem(
      await owner.post('/api/v1/project-templates', {
        name: '',
        durationDays: 'six weeks',
        tasks: [{ title: 'A', offsetDays: -1, colour: 'red' }],
        owner: 'me',
      }),
      400,
    );
    expect(types.errors?.length).toBeGreaterThan(1);
    expectProblem(await owner.post('/api/v1/project-templates', { name: 'Big', durationDays: 99_999 }), 400);

    // Shortening a stored template below its tasks' days names the length.
    const year = (await owner.get('/api/v1/project-templates'))
      .json()
      .items.find((t: { name: string }) => t.name === 'Year-end accounts');
    const shorter = expectProblem(
      await owner.patch(
        `/api/v1/project-templates/${year.id}`,
        { durationDays: 7 },
        { 'if-match': String(year.version) },
      ),
      400,
    );
    expect(shorter.errors?.map((error) => error.path)).toEqual(['durationDays']);
    // Nothing was written by any refusal.
    expect((await owner.get(`/api/v1/project-templates/${year.id}`)).json()).toMatchObject({
      durationDays: 42,
      taskCount: 12,
      version: year.version,
    });
    const names = (await owner.get('/api/v1/project-templates')).json().items.map((t: { name: string }) => t.name);
    expect(names).toEqual(['Website redesign', 'Year-end accounts']);
  });

  it('names are unique, also under concurrent saves; HTML in a name is kept as text', async () => {
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => owner.post('/api/v1/project-templates', { name: 'Monthly close', durationDays: 5 })),
    );
    expect(results.map((result) => result.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(expectProblem(results.find((result) => result.statusCode === 409)!, 409).code).toBe('name_taken');
    expectProblem(await owner.post('/api/v1/project-templates', { name: 'monthly CLOSE', durationDays: 1 }), 409);
    const year = (await owner.get('/api/v1/project-templates'))
      .json()
      .items.find((t: { name: string }) => t.name === 'Year-end accounts');
    expectProblem(
      await owner.patch(`/api/v1/project-templates/${year.id}`, { name: 'Monthly Close' }),
      409,
      'name_taken',
    );
    const html = await owner.post('/api/v1/project-templates', { name: '<b>Audit</b>', durationDays: 1 });
    expect(html.statusCode, html.body).toBe(201);
    expect(html.json().name).toBe('<b>Audit</b>');
  });

  it("the account's people never read or change a template", async () => {
    const template = (await owner.get('/api/v1/project-templates')).json().items[0];
    expectProblem(await alice.get('/api/v1/project-templates'), 403);
    expectProblem(await alice.get(`/api/v1/project-templates/${template.id}`), 403);
    expectProblem(await alice.post('/api/v1/project-templates', { name: 'Mine', durationDays: 1 }), 403);
    expectProblem(await alice.patch(`/api/v1/project-templates/${template.id}`, { name: 'Mine' }), 403);
    expectProblem(await alice.delete(`/api/v1/project-templates/${template.id}`), 403);
    expect((await owner.get(`/api/v1/project-templates/${template.id}`)).json()).toMatchObject({
      name: template.name,
      version: template.version,
    });
  });
});
