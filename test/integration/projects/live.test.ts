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
    // Comments are the task's thread's messages: a note on a shared task reaches staff's streams only, a comment
    // everyone's; an internal task's comments never reach Alice.
    const comments = (stream: SseClient, threadId: string) =>
      stream.events.filter((event) => event.type === 'message.created' && event.data.data.threadId === threadId);
    const openThread = (await owner.get(`/api/v1/tasks/${open}/thread`)).json().id;
    const secretThread = (await owner.get(`/api/v1/tasks/${secret}/thread`)).json().id;
    await owner.post(`/api/v1/threads/${secretThread}/messages`, { body: 'Internal project' });
    await owner.post(`/api/v1/threads/${openThread}/messages`, { body: 'Between us', internal: true });
    await owner.post(`/api/v1/threads/${openThread}/messages`, { body: 'For everyone' });
    await ownerEvents.waitFor(() => comments(ownerEvents, openThread).length === 2);
    await aliceEvents.waitFor(() => comments(aliceEvents, openThread).length === 1);
    expect(comments(aliceEvents, openThread)[0]!.data.data).toMatchObject({ message: { body: 'For everyone' } });
    expect(comments(aliceEvents, secretThread)).toEqual([]);
    expect(comments(ownerEvents, secretThread)).toHaveLength(1);
  });
});
