import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId, withoutRequestId } from '../platform/problem-assertions.ts';

interface TaskItem {
  id: string;
  title: string;
  dueDate: string | null;
  priority: string;
  status: string;
  recurrence: unknown;
  assignee: { id: string; staff: boolean } | null;
}

describe('projects: a project saved as a template, and repeating tasks in templates', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let ownerId: string;
  let aliceId: string;
  let biancaId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    biancaId = await userIdOf(portal.ctx.db, 'bianca@blueharbor.example');
  });
  afterAll(() => portal.close());

  async function created(response: Awaited<ReturnType<HttpClient['post']>>) {
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string } & Record<string, unknown>;
  }

  async function tasksOf(projectId: string): Promise<TaskItem[]> {
    const list = await owner.get(`/api/v1/projects/${projectId}/tasks?limit=200`);
    expect(list.statusCode, list.body).toBe(200);
    return list.json().items;
  }

  /** Acme's March close: a kick-off, the client's statements every month, weekly timesheets, an undated review. */
  async function marchClose(name = 'Acme March close', internal = false) {
    const project = await created(
      await owner.post(`/api/v1/accounts/${acme}/projects`, {
        name,
        description: 'Month-end for Acme.',
        startDate: '2027-03-01',
        dueDate: '2027-03-31',
        internal,
      }),
    );
    const add = async (body: Record<string, unknown>) =>
      (await created(await owner.post(`/api/v1/projects/${project.id}/tasks`, body))).id;
    const kickOff = await add({ title: 'Kick-off', dueDate: '2027-03-01', assigneeId: ownerId, checklist: ['Agenda'] });
    const statements = await add({
      title: 'Send the bank statements',
      dueDate: '2027-03-06',
      assigneeId: internal ? ownerId : aliceId,
      priority: 'high',
      recurrence: { kind: 'monthly', day: 6 },
      checklist: ['Current account', 'Credit card'],
    });
    const timesheets = await add({
      title: 'Timesheets',
      dueDate: '2027-03-01',
      assigneeId: ownerId,
      recurrence: { kind: 'weekly', weekday: 1 },
    });
    const review = await add({ title: 'Review', description: 'Look at <b>everything</b>.' });
    for (const earlier of [kickOff, statements])
      expect((await owner.post(`/api/v1/tasks/${review}/dependencies`, { dependsOnId: earlier })).statusCode).toBe(200);
    return { id: project.id, kickOff, statements, timesheets, review };
  }

  it('saves the tasks, sides, days, links and repeats; a project made from it for another client has them again', async () => {
    const source = await marchClose();
    // The weekly timesheets were done once: its next occurrence (due 8 March) is the same template task.
    const done = await owner.patch(`/api/v1/tasks/${source.timesheets}`, { status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    const sourceBefore = (await owner.get(`/api/v1/projects/${source.id}`)).json();
    expect(sourceBefore.abilities.saveAsTemplate).toBe(true);
    expect(sourceBefore.taskCounts).toEqual({ open: 4, done: 1 });

    const template = await created(
      await owner.post(`/api/v1/projects/${source.id}/template`, { name: 'Monthly close' }),
    );
    expect(template).toMatchObject({
      name: 'Monthly close',
      description: 'Month-end for Acme.',
      durationDays: 30,
      taskCount: 4,
      version: 1,
      abilities: { update: true, delete: true },
    });
    expect(template.tasks).toEqual([
      {
        title: 'Kick-off',
        description: '',
        offsetDays: 0,
        priority: 'normal',
        assignTo: 'staff',
        checklist: ['Agenda'],
        after: [],
        recurrence: null,
      },
      {
        title: 'Timesheets',
        description: '',
        offsetDays: 0,
        priority: 'normal',
        assignTo: 'staff',
        checklist: [],
        after: [],
        recurrence: { kind: 'weekly', weekday: 1 },
      },
      {
        title: 'Send the bank statements',
        description: '',
        offsetDays: 5,
        priority: 'high',
        assignTo: 'client',
        checklist: ['Current account', 'Credit card'],
        after: [],
        recurrence: { kind: 'monthly', day: 6 },
      },
      {
        title: 'Review',
        description: 'Look at <b>everything</b>.',
        offsetDays: null,
        priority: 'normal',
        assignTo: 'staff',
        checklist: [],
        after: [0, 2],
        recurrence: null,
      },
    ]);
    // The project itself is as it was.
    expect((await owner.get(`/api/v1/projects/${source.id}`)).json()).toMatchObject({
      version: sourceBefore.version,
      taskCounts: { open: 4, done: 1 },
    });

    // Blue Harbor's June close from it: the same tasks, days from its own start, its admin on the client's side.
    const copy = await created(
      await owner.post(`/api/v1/accounts/${blueHarbor}/projects`, {
        name: 'Blue Harbor June close',
        templateId: template.id,
        startDate: '2027-06-07',
      }),
    );
    expect(copy).toMatchObject({ dueDate: '2027-07-07', taskCounts: { open: 4, done: 0 } });
    const tasks = await tasksOf(copy.id);
    expect(tasks.map((task) => [task.title, task.dueDate, task.assignee?.id, task.recurrence, task.priority])).toEqual([
      ['Kick-off', '2027-06-07', ownerId, null, 'normal'],
      ['Timesheets', '2027-06-07', ownerId, { kind: 'weekly', weekday: 1 }, 'normal'],
      ['Send the bank statements', '2027-06-12', biancaId, { kind: 'monthly', day: 6 }, 'high'],
      ['Review', null, ownerId, null, 'normal'],
    ]);
    const review = (await owner.get(`/api/v1/tasks/${tasks[3]!.id}`)).json();
    expect(review.dependsOn.map((t: { title: string }) => t.title).sort()).toEqual([
      'Kick-off',
      'Send the bank statements',
    ]);
    const statements = (await owner.get(`/api/v1/tasks/${tasks[2]!.id}`)).json();
    expect(statements.checklistItems.map((item: { title: string }) => item.title)).toEqual([
      'Current account',
      'Credit card',
    ]);
    // It repeats like any repeating task: done, the next one is due on the rule's next day.
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    expect((await bianca.patch(`/api/v1/tasks/${tasks[2]!.id}`, { status: 'done' })).statusCode).toBe(200);
    const next = (await owner.get(`/api/v1/tasks/${tasks[2]!.id}`)).json().nextOccurrenceId as string;
    expect((await owner.get(`/api/v1/tasks/${next}`)).json()).toMatchObject({
      title: 'Send the bank statements',
      dueDate: '2027-07-06',
      status: 'todo',
      recurrence: { kind: 'monthly', day: 6 },
    });

    // Saved again from the copy, under another name: the same template comes back (a round trip loses nothing).
    const again = await created(
      await owner.post(`/api/v1/projects/${copy.id}/template`, { name: 'Monthly close (again)', description: '' }),
    );
    expect(again.tasks).toEqual(template.tasks);
    expect(again).toMatchObject({ durationDays: 30, description: '' });

    const { rows } = await portal.ctx.db.query<{ action: string; account_id: string; details: unknown }>(
      `SELECT action, account_id, details FROM audit_events WHERE target_type = 'project_template' AND target_id = $1`,
      [template.id],
    );
    expect(rows).toEqual([
      {
        action: 'project.saved_as_template',
        account_id: acme,
        details: { projectId: source.id, project: 'Acme March close', tasks: 4, internal: false },
      },
    ]);
  });

  it("an internal project's tasks stay the firm's: a client project made from its template gives the client none", async () => {
    const internal = await marchClose('Acme internal close', true);
    const template = await created(
      await owner.post(`/api/v1/projects/${internal.id}/template`, { name: 'Internal close' }),
    );
    expect((template.tasks as { assignTo: string }[]).map((task) => task.assignTo)).toEqual([
      'staff',
      'staff',
      'staff',
      'staff',
    ]);
    const copy = await created(
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Shared close', templateId: template.id }),
    );
    const tasks = await tasksOf(copy.id);
    expect(tasks.every((task) => task.assignee?.id === ownerId)).toBe(true);
    const mine = (await alice.get(`/api/v1/tasks?assignee=me&projectId=${copy.id}`)).json();
    expect(mine.items).toEqual([]);
  });

  it('names are unique ignoring case, also when saved at once; bad input is a 400 and writes nothing', async () => {
    const source = await marchClose('Acme April close');
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => owner.post(`/api/v1/projects/${source.id}/template`, { name: 'Quarter close' })),
    );
    expect(results.map((result) => result.statusCode).sort()).toEqual([201, 409, 409, 409]);
    for (const lost of results.filter((result) => result.statusCode === 409)) expectProblem(lost, 409, 'name_taken');
    expectProblem(
      await owner.post(`/api/v1/projects/${source.id}/template`, { name: 'QUARTER close' }),
      409,
      'name_taken',
    );
    expectProblem(
      await owner.post(`/api/v1/projects/${source.id}/template`, { name: 'year-end ACCOUNTS' }),
      409,
      'name_taken',
    );

    const empty = expectProblem(await owner.post(`/api/v1/projects/${source.id}/template`, { name: '  ' }), 400);
    expect(empty.errors?.[0]?.path).toBe('name');
    expectProblem(await owner.post(`/api/v1/projects/${source.id}/template`, { name: 'x'.repeat(201) }), 400);
    expectProblem(await owner.post(`/api/v1/projects/${source.id}/template`, { name: 'Extra', tasks: [] }), 400);
    expectProblem(await owner.post(`/api/v1/projects/${source.id}/template`, { name: 42 }), 400);
    expectProblem(await owner.post(`/api/v1/projects/${source.id}/template`, 'not json'), 400);
    expectProblem(await owner.post('/api/v1/projects/not-an-id/template', { name: 'Odd' }), 400);
    const html = await created(
      await owner.post(`/api/v1/projects/${source.id}/template`, { name: '<img src=x onerror=alert(1)>' }),
    );
    expect(html.name).toBe('<img src=x onerror=alert(1)>');

    const names = (await owner.get('/api/v1/project-templates')).json().items.map((t: { name: string }) => t.name);
    expect(names.filter((name: string) => /quarter|extra|odd/i.test(name))).toEqual(['Quarter close']);
  });

  it('only staff save, and only projects they see: another scope, a client, a random id all read as missing', async () => {
    const source = await marchClose('Acme May close');
    const secret = await marchClose('Acme secret close', true);
    const blueProject = await created(
      await owner.post(`/api/v1/accounts/${blueHarbor}/projects`, { name: 'Blue Harbor project' }),
    );
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    const agent = await portal.signedIn('agent@northwind.example');
    const missing = await bianca.post(`/api/v1/projects/${randomId()}/template`, { name: 'Mine' });
    expectProblem(missing, 404, 'not_found');

    // Bianca (Blue Harbor) on Acme's project, the agent limited to Acme on Blue Harbor's: the random-id answer.
    const foreign = await bianca.post(`/api/v1/projects/${source.id}/template`, { name: 'Mine' });
    expect(withoutRequestId(foreign)).toEqual(withoutRequestId(missing));
    const agentForeign = await agent.post(`/api/v1/projects/${blueProject.id}/template`, { name: 'Mine' });
    expectProblem(agentForeign, 404, 'not_found');
    // Alice never sees the internal project; the one she sees she may not make a template of.
    expectProblem(await alice.post(`/api/v1/projects/${secret.id}/template`, { name: 'Mine' }), 404, 'not_found');
    expectProblem(await alice.post(`/api/v1/projects/${source.id}/template`, { name: 'Mine' }), 403);
    expect((await alice.get(`/api/v1/projects/${source.id}`)).json().abilities.saveAsTemplate).toBe(false);
    // The agent saves Acme's project (in scope).
    await created(await agent.post(`/api/v1/projects/${source.id}/template`, { name: 'Agent close' }));

    const names = (await owner.get('/api/v1/project-templates')).json().items.map((t: { name: string }) => t.name);
    expect(names).not.toContain('Mine');
  });

  it('an account whose segment lacks projects: staff cannot save its project (403 module_disabled)', async () => {
    const project = await created(
      await owner.post(`/api/v1/accounts/${blueHarbor}/projects`, { name: 'Blue Harbor before the switch' }),
    );
    const segment = await created(
      await owner.post('/api/v1/segments', {
        name: 'Documents only (templates test)',
        kind: 'client_workspaces',
        modules: ['documents'],
        signInMethods: ['password'],
        requireTwoFactor: false,
      }),
    );
    const { rows } = await portal.ctx.db.query<{ segment_id: string }>(
      'SELECT segment_id FROM accounts WHERE id = $1',
      [blueHarbor],
    );
    await portal.ctx.db.query('UPDATE accounts SET segment_id = $2 WHERE id = $1', [blueHarbor, segment.id]);
    try {
      expectProblem(
        await owner.post(`/api/v1/projects/${project.id}/template`, { name: 'Switched off' }),
        403,
        'module_disabled',
      );
    } finally {
      await portal.ctx.db.query('UPDATE accounts SET segment_id = $2 WHERE id = $1', [blueHarbor, rows[0]!.segment_id]);
    }
    await created(await owner.post(`/api/v1/projects/${project.id}/template`, { name: 'Switched on again' }));
  });

  it('a project with more tasks than a template holds is refused (409 too_many_tasks)', async () => {
    const big = await created(await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Acme migration' }));
    for (let n = 1; n <= 101; n++)
      expect((await owner.post(`/api/v1/projects/${big.id}/tasks`, { title: `Step ${n}` })).statusCode).toBe(201);
    expectProblem(
      await owner.post(`/api/v1/projects/${big.id}/template`, { name: 'Migration' }),
      409,
      'too_many_tasks',
    );
    expect(
      (await owner.get('/api/v1/project-templates')).json().items.map((t: { name: string }) => t.name),
    ).not.toContain('Migration');
  });

  it('template tasks repeat: a bad rule is a 400 naming the field; a good one gives a repeating task', async () => {
    const bad = expectProblem(
      await owner.post('/api/v1/project-templates', {
        name: 'Bad repeats',
        durationDays: 10,
        tasks: [
          { title: 'A', offsetDays: 0, recurrence: { kind: 'monthly', day: 32 } },
          { title: 'B', offsetDays: 0, recurrence: { kind: 'weekly', weekday: 0 } },
          { title: 'C', offsetDays: 0, recurrence: { kind: 'yearly', month: 1 } },
          { title: 'D', offsetDays: 0, recurrence: { kind: 'weekly', weekday: 1, day: 3 } },
          { title: 'E', offsetDays: 0, recurrence: 'weekly' },
        ],
      }),
      400,
    );
    const paths = bad.errors?.map((error) => error.path) ?? [];
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const index of [0, 1, 2, 3, 4])
      expect(paths.some((path) => path.startsWith(`tasks.${index}.recurrence`))).toBe(true);
    expect(paths).toContain('tasks.0.recurrence.day');
    expect(paths).toContain('tasks.1.recurrence.weekday');

    const template = await created(
      await owner.post('/api/v1/project-templates', {
        name: 'Payroll',
        durationDays: 28,
        tasks: [
          { title: 'Run payroll', offsetDays: 3, recurrence: { kind: 'monthly', day: 31 } },
          { title: 'Approve payroll', offsetDays: 2, assignTo: 'client', after: [0] },
        ],
      }),
    );
    expect((template.tasks as { recurrence: unknown }[]).map((task) => task.recurrence)).toEqual([
      { kind: 'monthly', day: 31 },
      null,
    ]);
    // A bad rule in a change is refused the same way, and the stored template stays.
    expectProblem(
      await owner.patch(`/api/v1/project-templates/${template.id}`, {
        tasks: [{ title: 'Run payroll', offsetDays: 3, recurrence: { kind: 'monthly' } }],
      }),
      400,
    );
    const project = await created(
      await owner.post(`/api/v1/accounts/${acme}/projects`, {
        name: 'Acme payroll',
        templateId: template.id,
        startDate: '2027-01-28',
      }),
    );
    const tasks = await tasksOf(project.id);
    expect(tasks.map((task) => [task.title, task.dueDate, task.recurrence, task.assignee?.id])).toEqual([
      ['Approve payroll', '2027-01-30', null, aliceId],
      ['Run payroll', '2027-01-31', { kind: 'monthly', day: 31 }, ownerId],
    ]);
    const run = tasks.find((task) => task.title === 'Run payroll')!;
    expect((await owner.patch(`/api/v1/tasks/${run.id}`, { status: 'done' })).statusCode).toBe(200);
    const next = (await owner.get(`/api/v1/tasks/${run.id}`)).json().nextOccurrenceId as string;
    expect((await owner.get(`/api/v1/tasks/${next}`)).json().dueDate).toBe('2027-02-28');
  });
});
