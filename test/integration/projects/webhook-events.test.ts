import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeToEvents } from '../../support/webhook-interest.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

/** Projects' outbound webhook events: one `webhooks.fanout` job per event, inside the change's transaction. */
describe('projects: task webhook events', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    await subscribeToEvents(portal);
  });
  afterAll(() => portal.close());

  const events = async (type: string, taskId?: string) =>
    (
      await portal.ctx.db.query<{ payload: { type: string; accountId: string; data: Record<string, unknown> } }>(
        "SELECT payload FROM jobs WHERE kind = 'webhooks.fanout' AND payload->>'type' = $1 ORDER BY id",
        [type],
      )
    ).rows
      .map((row) => row.payload)
      .filter((payload) => taskId === undefined || payload.data.taskId === taskId);

  it('task.created when a task is made, task.completed once per change to done, by whoever completed it', async () => {
    const project = await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Webhooks' });
    expect(project.statusCode, project.body).toBe(201);
    const aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    const task = await owner.post(`/api/v1/projects/${project.json().id}/tasks`, {
      title: 'Send the bank statements',
      assigneeId: aliceId,
    });
    expect(task.statusCode, task.body).toBe(201);
    const taskId = task.json().id as string;
    expect(await events('task.created', taskId)).toEqual([
      expect.objectContaining({
        accountId: acme,
        data: expect.objectContaining({ taskId, projectId: project.json().id, title: 'Send the bank statements' }),
      }),
    ]);
    expect(await events('task.completed', taskId)).toEqual([]);

    // The client completes it; a second "done" changes nothing and emits nothing.
    expect((await alice.patch(`/api/v1/tasks/${taskId}`, { status: 'done' })).statusCode).toBe(200);
    expect((await alice.patch(`/api/v1/tasks/${taskId}`, { status: 'done' })).statusCode).toBe(200);
    const completed = await events('task.completed', taskId);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.data).toMatchObject({ taskId, completedBy: aliceId });

    // Reopened and done again: a new completion, a new event.
    expect((await owner.patch(`/api/v1/tasks/${taskId}`, { status: 'todo' })).statusCode).toBe(200);
    expect((await owner.patch(`/api/v1/tasks/${taskId}`, { status: 'done' })).statusCode).toBe(200);
    expect(await events('task.completed', taskId)).toHaveLength(2);
  });

  it('a refused change emits nothing', async () => {
    const before = (await events('task.created')).length;
    const project = await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Refused' });
    const refused = await alice.post(`/api/v1/projects/${project.json().id}/tasks`, { title: 'Not mine to add' });
    expect(refused.statusCode).toBe(403);
    expect(await events('task.created')).toHaveLength(before);
  });

  it('the console can subscribe to the task events', async () => {
    const created = await owner.post('/api/v1/webhooks/subscriptions', {
      url: 'https://hooks.example.com/tasks',
      eventTypes: ['task.created', 'task.completed'],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().eventTypes).toEqual(['task.created', 'task.completed']);
  });
});
