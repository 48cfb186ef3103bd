import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { cookieHeader, listen, SseClient } from '../conversations/helpers.ts';

describe('task changes on the event stream', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let aliceEvents: SseClient;
  let ownerEvents: SseClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    const base = await listen(portal);
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceEvents = await SseClient.open(base, cookieHeader(alice));
    ownerEvents = await SseClient.open(base, cookieHeader(owner));
  });
  afterAll(async () => {
    aliceEvents.close();
    ownerEvents.close();
    await portal.close();
  });

  const newTask = async (projectId: string, title: string) => {
    const response = await owner.post(`/api/v1/projects/${projectId}/tasks`, { title });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };

  it('the account’s people receive changes of shared projects’ tasks, never of internal ones', async () => {
    const shared = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Shared' })).json().id;
    const internal = (
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Internal', internal: true })
    ).json().id;
    const secret = await newTask(internal, 'Secret');
    await ownerEvents.waitFor((event) => event.type === 'task.created' && event.data.data.taskId === secret);
    const open = await newTask(shared, 'Open');
    const created = await aliceEvents.waitFor(
      (event) => event.type === 'task.created' && event.data.data.taskId === open,
    );
    expect(created.data).toMatchObject({ accountId: acme, data: { taskId: open, projectId: shared } });
    // Events arrive in order: the internal task's came before this one, and Alice never got it.
    expect(aliceEvents.events.some((event) => event.data.data.taskId === secret)).toBe(false);

    expect((await owner.patch(`/api/v1/tasks/${open}`, { status: 'in_progress' })).statusCode).toBe(200);
    await aliceEvents.waitFor((event) => event.type === 'task.updated' && event.data.data.taskId === open);
    // An internal comment on a shared task is news for staff only: the owner sees two more updates, Alice one.
    const updates = (stream: SseClient) =>
      stream.events.filter((event) => event.type === 'task.updated' && event.data.data.taskId === open).length;
    await owner.post(`/api/v1/tasks/${open}/comments`, { body: 'Between us', internal: true });
    await owner.post(`/api/v1/tasks/${open}/comments`, { body: 'For everyone' });
    await ownerEvents.waitFor(() => updates(ownerEvents) === 3);
    await aliceEvents.waitFor(() => updates(aliceEvents) === 2);
    expect(updates(aliceEvents)).toBe(2);
  });
});
