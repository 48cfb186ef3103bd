import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId, withoutRequestId } from '../platform/problem-assertions.ts';

/** A staff-only engagement: the firm's own review of a client, never shown to the client. */
const REVIEW = {
  name: 'Risk review',
  internal: true,
  durationDays: 10,
  tasks: [
    { title: 'Pull the ledger', offsetDays: 0 },
    { title: 'Write the risk memo', offsetDays: 10, after: [0] },
  ],
};

describe('projects: internal (staff-only) templates', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let review: { id: string; internal: boolean; abilities: Record<string, boolean> };

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const created = await owner.post('/api/v1/project-templates', REVIEW);
    expect(created.statusCode, created.body).toBe(201);
    review = created.json();
  });
  afterAll(() => portal.close());

  it('a task on the client side is refused in a staff-only template (400 on the field), on create and on change', async () => {
    expect(review).toMatchObject({ internal: true, abilities: { createVisibleProject: true } });
    const clientTask = {
      ...REVIEW,
      name: 'Review with the client',
      tasks: [{ title: 'Sign', offsetDays: 1, assignTo: 'client' }],
    };
    const refused = expectProblem(await owner.post('/api/v1/project-templates', clientTask), 400);
    expect(refused.errors).toEqual([
      expect.objectContaining({ path: 'tasks.0.assignTo', code: 'client_task_in_internal' }),
    ]);
    // Making a template with a client-side task staff-only is refused on `internal`; its tasks given too, on the task.
    const plain = await owner.post('/api/v1/project-templates', { ...clientTask, internal: false });
    expect(plain.statusCode, plain.body).toBe(201);
    const { id, version } = plain.json();
    const flag = expectProblem(await owner.patch(`/api/v1/project-templates/${id}`, { internal: true }), 400);
    expect(flag.errors).toEqual([expect.objectContaining({ path: 'internal', code: 'client_task_in_internal' })]);
    const onTask = expectProblem(
      await owner.patch(`/api/v1/project-templates/${id}`, { internal: true, tasks: clientTask.tasks }),
      400,
    );
    expect(onTask.errors).toEqual([expect.objectContaining({ path: 'tasks.0.assignTo' })]);
    // Nothing changed; giving the task to the firm makes it staff-only.
    expect((await owner.get(`/api/v1/project-templates/${id}`)).json()).toMatchObject({ internal: false, version });
    const fixed = await owner.patch(`/api/v1/project-templates/${id}`, {
      internal: true,
      tasks: [{ title: 'Sign', offsetDays: 1, assignTo: 'staff' }],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().internal).toBe(true);
  });

  it('a project made from it is internal: the client never sees it or its tasks; un-internal needs the ability', async () => {
    const made = await agent.post(`/api/v1/accounts/${acme}/projects`, {
      name: 'Acme risk review',
      templateId: review.id,
    });
    expect(made.statusCode, made.body).toBe(201);
    const project = made.json();
    expect(project).toMatchObject({ internal: true, taskCounts: { open: 2, done: 0 } });
    const tasks = (await agent.get(`/api/v1/projects/${project.id}/tasks?limit=50`)).json().items;
    expect(tasks.every((task: { assignee: { staff: boolean } | null }) => task.assignee?.staff === true)).toBe(true);

    // Alice (Acme's admin) reads neither the project nor its tasks, anywhere.
    expectProblem(await alice.get(`/api/v1/projects/${project.id}`), 404, 'not_found');
    expectProblem(await alice.get(`/api/v1/tasks/${tasks[0].id}`), 404, 'not_found');
    const list = (await alice.get(`/api/v1/accounts/${acme}/projects?limit=200`)).json().items;
    expect(list.map((item: { id: string }) => item.id)).not.toContain(project.id);
    const mine = (await alice.get('/api/v1/tasks?assignee=me&limit=200')).json().items;
    expect(mine.map((task: { projectId: string }) => task.projectId)).not.toContain(project.id);

    // An agent (no staff admin) may not make it client-visible; the template says so in its abilities.
    const agentView = (await agent.get(`/api/v1/project-templates/${review.id}`)).json();
    expect(agentView.abilities.createVisibleProject).toBe(false);
    expectProblem(
      await agent.post(`/api/v1/accounts/${acme}/projects`, { name: 'Shown', templateId: review.id, internal: false }),
      403,
      'not_allowed',
    );
    // The owner may: the project is client-visible and its tasks are still the firm's.
    const shown = await owner.post(`/api/v1/accounts/${acme}/projects`, {
      name: 'Shown review',
      templateId: review.id,
      internal: false,
    });
    expect(shown.statusCode, shown.body).toBe(201);
    expect(shown.json().internal).toBe(false);
    expect((await alice.get(`/api/v1/projects/${shown.json().id}`)).statusCode).toBe(200);

    // Later, the same rule: the agent may not turn the internal project visible; its abilities say so.
    expect(project.abilities).toMatchObject({ update: true, makeVisible: false });
    const reveal = { internal: false };
    expectProblem(await agent.patch(`/api/v1/projects/${project.id}`, reveal), 403, 'not_allowed');
    expect((await agent.get(`/api/v1/projects/${project.id}`)).json().internal).toBe(true);
    expectProblem(await alice.get(`/api/v1/projects/${project.id}`), 404, 'not_found');
    // Other changes stay the agent's; a project of their own (no staff-only template) they make visible.
    const renamed = await agent.patch(`/api/v1/projects/${project.id}`, { name: 'Acme risk review 2027' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const own = await agent.post(`/api/v1/accounts/${acme}/projects`, { name: 'Agent’s own', internal: true });
    expect(own.json().abilities.makeVisible).toBe(true);
    expect((await agent.patch(`/api/v1/projects/${own.json().id}`, reveal)).statusCode).toBe(200);
    // The owner (staff admin) may reveal the template's project.
    expect((await owner.get(`/api/v1/projects/${project.id}`)).json().abilities.makeVisible).toBe(true);
    const revealed = await owner.patch(`/api/v1/projects/${project.id}`, reveal);
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect((await alice.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(200);
  });

  it('saving an internal project as a template makes a staff-only template', async () => {
    const project = (
      await owner.post(`/api/v1/accounts/${acme}/projects`, {
        name: 'Secret audit',
        internal: true,
        startDate: '2027-01-04',
      })
    ).json();
    await owner.post(`/api/v1/projects/${project.id}/tasks`, { title: 'Check the books', dueDate: '2027-01-06' });
    const saved = await owner.post(`/api/v1/projects/${project.id}/template`, { name: 'Secret audit plan' });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ internal: true, tasks: [{ title: 'Check the books', assignTo: 'staff' }] });
    const open = (
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Open work', startDate: '2027-01-04' })
    ).json();
    const copy = await owner.post(`/api/v1/projects/${open.id}/template`, { name: 'Open work plan' });
    expect(copy.json().internal).toBe(false);
  });

  it("another scope's account reads as missing (404), like a random one", async () => {
    // The agent is limited to Acme: Blue Harbor answers as an account that does not exist.
    const foreign = await agent.post(`/api/v1/accounts/${blueHarbor}/projects`, { name: 'X', templateId: review.id });
    const missing = await agent.post(`/api/v1/accounts/${randomId()}/projects`, { name: 'X', templateId: review.id });
    expectProblem(foreign, 404, 'not_found');
    expect(withoutRequestId(foreign)).toEqual(withoutRequestId(missing));
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    expectProblem(await bianca.post(`/api/v1/accounts/${acme}/projects`, { name: 'X', templateId: review.id }), 404);
    expectProblem(await bianca.get(`/api/v1/project-templates/${review.id}`), 403);
  });

  it('with projects off for the segment, no project is made from it (403 module_disabled)', async () => {
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const off = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    expect(off.statusCode, off.body).toBe(200);
    try {
      expectProblem(
        await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Off', templateId: review.id }),
        403,
        'module_disabled',
      );
    } finally {
      await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing', 'projects'] });
    }
  });
});
