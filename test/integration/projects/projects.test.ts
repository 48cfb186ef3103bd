import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

interface TaskItem {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  assignee: { id: string; staff: boolean } | null;
  version: number;
  abilities: Record<string, boolean>;
}

describe('projects and tasks through the API', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let acme: string;
  let aliceId: string;
  let ownerId: string;
  let yearEndId: string;
  let projectId: string;
  let tasks: TaskItem[];

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
  });
  afterAll(() => portal.close());

  const allTasks = async (client: HttpClient, query: string) => {
    const items: TaskItem[] = [];
    let cursor: string | null = null;
    do {
      const page = await client.get(`/api/v1/tasks?${query}&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode, page.body).toBe(200);
      items.push(...page.json().items);
      cursor = page.json().nextCursor;
    } while (cursor);
    return items;
  };

  it('staff create a project from a template: its tasks, due relative to the start, split between the two sides', async () => {
    const templates = (await owner.get('/api/v1/project-templates')).json().items;
    expect(templates.map((t: { name: string }) => t.name)).toEqual(['Website redesign', 'Year-end accounts']);
    yearEndId = templates.find((t: { name: string }) => t.name === 'Year-end accounts').id;
    expect(templates.find((t: { name: string }) => t.name === 'Year-end accounts')).toMatchObject({
      taskCount: 12,
      durationDays: 42,
    });
    expectProblem(await alice.get('/api/v1/project-templates'), 403);

    const created = await owner.post(`/api/v1/accounts/${acme}/projects`, {
      name: 'Year-end 2027',
      templateId: yearEndId,
      startDate: '2027-01-04',
      memberIds: [aliceId],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Year-end 2027',
      startDate: '2027-01-04',
      dueDate: '2027-02-15',
      internal: false,
      taskCounts: { open: 12, done: 0 },
      abilities: { update: true, createTask: true },
    });
    expect(
      created
        .json()
        .members.map((m: { id: string }) => m.id)
        .sort(),
    ).toEqual([aliceId, ownerId].sort());
    projectId = created.json().id;

    const page = await owner.get(`/api/v1/projects/${projectId}/tasks?limit=200`);
    tasks = page.json().items;
    expect(tasks).toHaveLength(12);
    expect(tasks[0]).toMatchObject({ title: 'Send the year-end checklist', dueDate: '2027-01-04' });
    expect(tasks.at(-1)).toMatchObject({ title: 'File accounts with Companies House', dueDate: '2027-02-15' });
    const bank = tasks.find((t) => t.title === 'Upload bank statements for the year')!;
    expect(bank.assignee).toMatchObject({ id: aliceId, staff: false });
    const detail = (await owner.get(`/api/v1/tasks/${bank.id}`)).json();
    expect(detail.checklistItems.map((i: { title: string }) => i.title)).toEqual([
      'Current account',
      'Savings account',
      'Credit cards',
    ]);
    expect(detail.blocks.map((t: { title: string }) => t.title)).toEqual(['Reconcile bank accounts']);

    // Bad input: field errors; unknown fields refused; a person of another account is no member.
    const bad = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: '', startDate: '2027-13-40', colour: 'red' }),
      400,
    );
    expect(bad.errors?.length).toBeGreaterThan(0);
    const bianca = await userIdOf(portal.ctx.db, 'bianca@blueharbor.example');
    expect(
      expectProblem(await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'X', memberIds: [bianca] }), 400)
        .errors?.[0]?.path,
    ).toBe('memberIds.1');
    expectProblem(await alice.post(`/api/v1/accounts/${acme}/projects`, { name: 'Mine' }), 403);
  });

  it('an internal project and its tasks are invisible to the account’s people', async () => {
    const internal = await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Fee review', internal: true });
    expect(internal.statusCode, internal.body).toBe(201);
    const task = await owner.post(`/api/v1/projects/${internal.json().id}/tasks`, {
      title: 'Decide the fee rise',
      dueDate: '2027-01-10',
    });
    expect(task.statusCode, task.body).toBe(201);
    // Nobody outside the firm can be handed an internal task.
    expectProblem(
      await owner.post(`/api/v1/projects/${internal.json().id}/tasks`, { title: 'X', assigneeId: aliceId }),
      400,
    );

    expectProblem(await alice.get(`/api/v1/projects/${internal.json().id}`), 404, 'not_found');
    expectProblem(await alice.get(`/api/v1/tasks/${task.json().id}`), 404, 'not_found');
    expectProblem(await alice.get(`/api/v1/tasks/${task.json().id}/thread`), 404, 'not_found');
    const listed = (await alice.get(`/api/v1/accounts/${acme}/projects`))
      .json()
      .items.map((p: { name: string }) => p.name);
    expect(listed).toContain('Year-end 2027');
    expect(listed).not.toContain('Fee review');
    expect((await allTasks(alice, 'dueBefore=2028-01-01')).map((t) => t.title)).not.toContain('Decide the fee rise');
    expect((await allTasks(owner, 'dueBefore=2028-01-01')).map((t) => t.title)).toContain('Decide the fee rise');
    // Its events go to staff only.
    const { rows } = await portal.ctx.db.query<{ audience: string }>(
      "SELECT audience FROM events WHERE type = 'task.created' AND data->>'taskId' = $1",
      [task.json().id],
    );
    expect(rows).toEqual([{ audience: 'staff' }]);
  });

  it('the account’s people move their own tasks and nothing else; internal comments stay with the firm', async () => {
    const bank = tasks.find((t) => t.title === 'Upload bank statements for the year')!;
    const checklistStaff = tasks.find((t) => t.title === 'Send the year-end checklist')!;
    expect(bank.abilities).toMatchObject({ changeStatus: true, update: true });
    const asAlice = (await alice.get(`/api/v1/tasks/${bank.id}`)).json();
    expect(asAlice.abilities).toMatchObject({
      changeStatus: true,
      update: false,
      reassign: false,
      commentInternal: false,
    });

    const moved = await alice.patch(`/api/v1/tasks/${bank.id}`, { status: 'in_progress' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().status).toBe('in_progress');
    expectProblem(await alice.patch(`/api/v1/tasks/${bank.id}`, { title: 'Renamed' }), 403, 'not_allowed');
    expectProblem(await alice.patch(`/api/v1/tasks/${bank.id}`, { assigneeId: aliceId }), 403, 'not_allowed');
    expectProblem(await alice.patch(`/api/v1/tasks/${checklistStaff.id}`, { status: 'done' }), 403);
    // Adam (a member, not the assignee) cannot move Alice's task; Alice (account admin) could move his.
    expectProblem(await adam.patch(`/api/v1/tasks/${bank.id}`, { status: 'done' }), 403);
    expectProblem(await alice.post(`/api/v1/projects/${projectId}/tasks`, { title: 'Mine' }), 403);
    expectProblem(await alice.delete(`/api/v1/tasks/${bank.id}`), 403);

    const item = asAlice.checklistItems[0].id;
    const ticked = await alice.patch(`/api/v1/tasks/${bank.id}/checklist/${item}`, { done: true });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json().checklist).toEqual({ done: 1, total: 3 });
    expectProblem(await adam.patch(`/api/v1/tasks/${bank.id}/checklist/${item}`, { done: false }), 403);

    // Comments are the task's conversations thread: the same thread for both sides, notes for staff only.
    const threadOf = async (client: typeof owner) => {
      const opened = await client.get(`/api/v1/tasks/${bank.id}/thread`);
      expect(opened.statusCode, opened.body).toBe(200);
      return opened.json();
    };
    const staffThread = await threadOf(owner);
    const aliceThread = await threadOf(alice);
    expect(aliceThread.id).toBe(staffThread.id);
    expect(staffThread).toMatchObject({ kind: 'task', subjectId: bank.id, subject: bank.title });
    expect(aliceThread.abilities).toMatchObject({ post: true, postInternal: false, update: false });
    const say = (client: typeof owner, body: string, internal = false) =>
      client.post(`/api/v1/threads/${staffThread.id}/messages`, { body, ...(internal ? { internal } : {}) });
    expect((await say(owner, 'Chase for Q4', true)).statusCode).toBe(201);
    expect((await say(owner, 'Thanks!')).statusCode).toBe(201);
    const reply = await say(alice, 'Uploading today');
    expect(reply.statusCode, reply.body).toBe(201);
    expectProblem(await say(alice, 'x', true), 403);
    // A task's thread is not renamed through conversations: its subject is the task's title.
    expectProblem(await owner.patch(`/api/v1/threads/${staffThread.id}`, { subject: 'Renamed' }), 403);
    const bodies = async (client: typeof owner) =>
      (await client.get(`/api/v1/threads/${staffThread.id}/messages?limit=50`))
        .json()
        .items.map((m: { body: string }) => m.body)
        .reverse();
    expect(await bodies(alice)).toEqual(['Thanks!', 'Uploading today']);
    expect(await bodies(owner)).toEqual(['Chase for Q4', 'Thanks!', 'Uploading today']);
    // Commenting follows the task.
    expect((await alice.get(`/api/v1/tasks/${bank.id}`)).json().following).toBe(true);
    expect((await alice.delete(`/api/v1/tasks/${bank.id}/following`)).json().following).toBe(false);
  });

  it('a blocked task cannot start or complete, and a dependency cycle is refused', async () => {
    const reconcile = tasks.find((t) => t.title === 'Reconcile bank accounts')!;
    const bank = tasks.find((t) => t.title === 'Upload bank statements for the year')!;
    expect((await owner.get(`/api/v1/tasks/${reconcile.id}`)).json()).toMatchObject({ blocked: true });
    expectProblem(await owner.patch(`/api/v1/tasks/${reconcile.id}`, { status: 'in_progress' }), 409, 'task_blocked');
    expectProblem(await owner.patch(`/api/v1/tasks/${reconcile.id}`, { status: 'done' }), 409, 'task_blocked');
    // Waiting is not starting.
    expect((await owner.patch(`/api/v1/tasks/${reconcile.id}`, { status: 'waiting' })).statusCode).toBe(200);

    expectProblem(
      await owner.post(`/api/v1/tasks/${bank.id}/dependencies`, { dependsOnId: reconcile.id }),
      409,
      'dependency_cycle',
    );
    expectProblem(
      await owner.post(`/api/v1/tasks/${bank.id}/dependencies`, { dependsOnId: bank.id }),
      409,
      'dependency_cycle',
    );
    // Through several links: draft waits for reconcile, which waits for bank statements.
    const draft = tasks.find((t) => t.title === 'Prepare draft accounts')!;
    expectProblem(
      await owner.post(`/api/v1/tasks/${bank.id}/dependencies`, { dependsOnId: draft.id }),
      409,
      'dependency_cycle',
    );
    expectProblem(await alice.post(`/api/v1/tasks/${draft.id}/dependencies`, { dependsOnId: bank.id }), 403);

    expect((await alice.patch(`/api/v1/tasks/${bank.id}`, { status: 'done' })).statusCode).toBe(200);
    const started = await owner.patch(`/api/v1/tasks/${reconcile.id}`, { status: 'in_progress' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().blocked).toBe(false);
  });

  it('completing a recurring task creates its next occurrence exactly once, even when completed concurrently', async () => {
    const created = await owner.post(`/api/v1/projects/${projectId}/tasks`, {
      title: 'Monthly bookkeeping',
      assigneeId: aliceId,
      dueDate: '2027-01-05',
      recurrence: { kind: 'monthly', day: 5 },
      checklist: ['Receipts', 'Bank feed'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    await alice.patch(`/api/v1/tasks/${id}/checklist/${created.json().checklistItems[0].id}`, { done: true });
    const answers = await Promise.all(
      [alice, owner, alice, owner, alice].map((client) => client.patch(`/api/v1/tasks/${id}`, { status: 'done' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const following = await portal.ctx.db.query<{ id: string; due: string }>(
      "SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due FROM tasks WHERE previous_id = $1",
      [id],
    );
    expect(following.rows).toHaveLength(1);
    expect(following.rows[0]!.due).toBe('2027-02-05');
    const next = (await alice.get(`/api/v1/tasks/${following.rows[0]!.id}`)).json();
    expect(next).toMatchObject({ status: 'todo', assignee: { id: aliceId }, recurrence: { kind: 'monthly', day: 5 } });
    expect(next.checklist).toEqual({ done: 0, total: 2 });
    expect((await alice.get(`/api/v1/tasks/${id}`)).json().nextOccurrenceId).toBe(next.id);

    // Reopened and completed again: still one next occurrence.
    expect((await owner.patch(`/api/v1/tasks/${id}`, { status: 'todo' })).statusCode).toBe(200);
    expect((await owner.patch(`/api/v1/tasks/${id}`, { status: 'done' })).statusCode).toBe(200);
    const again = await portal.ctx.db.query('SELECT 1 FROM tasks WHERE previous_id = $1', [id]);
    expect(again.rows).toHaveLength(1);
  });

  it('lists filter by status, assignee, due date and project, page by cursor; "my tasks" spans accounts', async () => {
    const aliceOpen = await allTasks(alice, 'assignee=me&status=todo,in_progress,waiting');
    expect(aliceOpen.length).toBeGreaterThan(5);
    expect(aliceOpen.every((t) => t.assignee?.id === aliceId && t.status !== 'done')).toBe(true);
    const dues = aliceOpen.map((t) => t.dueDate ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());
    expect(new Set(aliceOpen.map((t) => t.id)).size).toBe(aliceOpen.length);

    const ownerMine = await allTasks(owner, `assignee=me&projectId=${projectId}&dueBefore=2027-01-22`);
    expect(ownerMine.map((t) => t.title)).toEqual([
      'Send the year-end checklist',
      'Reconcile bank accounts',
      'Review fixed assets and depreciation',
    ]);
    const done = await allTasks(owner, `status=done&projectId=${projectId}`);
    expect(done.map((t) => t.title).sort()).toEqual(['Monthly bookkeeping', 'Upload bank statements for the year']);
    expectProblem(await owner.get('/api/v1/tasks?status=finished'), 400);
    expectProblem(await owner.get('/api/v1/tasks?dueBefore=tomorrow'), 400);
    expectProblem(await owner.get('/api/v1/tasks?cursor=bm9wZQ'), 400);

    // Staff "my tasks" covers every account: a task in Blue Harbor shows next to Acme's.
    const blue = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const blueProject = (await owner.post(`/api/v1/accounts/${blue}/projects`, { name: 'Payroll setup' })).json();
    const paye = await owner.post(`/api/v1/projects/${blueProject.id}/tasks`, {
      title: 'Register for PAYE',
      assigneeId: ownerId,
    });
    expect(paye.statusCode, paye.body).toBe(201);
    expect(paye.json()).toMatchObject({ dueDate: null, overdue: false });
    const accounts = new Set(
      (await allTasks(owner, 'assignee=me')).map((t) => (t as unknown as { accountId: string }).accountId),
    );
    expect(accounts).toEqual(new Set([acme, blue]));
    // Sam, in both accounts, sees both projects' tasks; Alice never sees Blue Harbor's.
    const sam = await portal.signedIn('sam@consultant.example');
    expect((await allTasks(sam, 'status=todo')).some((t) => t.title === 'Register for PAYE')).toBe(true);
    expect((await allTasks(alice, 'status=todo')).some((t) => t.title === 'Register for PAYE')).toBe(false);
  });

  it('stale versions are refused; a staff task changes in real time on the event stream', async () => {
    const task = tasks.find((t) => t.title === 'Partner review')!;
    const current = (await owner.get(`/api/v1/tasks/${task.id}`)).json();
    const first = await owner.patch(
      `/api/v1/tasks/${task.id}`,
      { priority: 'high' },
      { 'if-match': String(current.version) },
    );
    expect(first.statusCode, first.body).toBe(200);
    expectProblem(
      await owner.patch(`/api/v1/tasks/${task.id}`, { priority: 'low' }, { 'if-match': String(current.version) }),
      409,
      'stale_version',
    );
    const { rows } = await portal.ctx.db.query<{ audience: string; account_id: string }>(
      "SELECT audience, account_id FROM events WHERE type = 'task.updated' AND data->>'taskId' = $1",
      [task.id],
    );
    expect(rows).toEqual([{ audience: 'account', account_id: acme }]);
  });

  it('with the module off for the segment, people get 403 module_disabled and staff cannot write', async () => {
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const off = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    expect(off.statusCode, off.body).toBe(200);
    try {
      const aliceNow = await portal.signedIn('alice@acme.example');
      expectProblem(await aliceNow.get('/api/v1/tasks?assignee=me'), 403, 'module_disabled');
      expectProblem(await aliceNow.get(`/api/v1/projects/${projectId}`), 403, 'module_disabled');
      expectProblem(await owner.post(`/api/v1/projects/${projectId}/tasks`, { title: 'More' }), 403, 'module_disabled');
      expectProblem(await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'More' }), 403, 'module_disabled');
      // The firm keeps reading its record.
      expect((await owner.get(`/api/v1/projects/${projectId}`)).statusCode).toBe(200);
    } finally {
      await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing', 'projects'] });
    }
  });
});
