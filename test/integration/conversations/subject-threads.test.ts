import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { uploadDocument } from '../approvals/support.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

/*
 * Subject threads: a task's comments and a document's feedback are conversations threads of their object, read and
 * written through the conversations routes under the owning module's policy and switch.
 */
describe('subject threads: task comments and document feedback', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let aliceId: string;
  let sharedTask: string;
  let internalTask: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    const project = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Audit 2026' })).json().id;
    const internal = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Fees', internal: true })).json()
      .id;
    sharedTask = (
      await owner.post(`/api/v1/projects/${project}/tasks`, { title: 'Sign the letter', assigneeId: aliceId })
    ).json().id;
    internalTask = (await owner.post(`/api/v1/projects/${internal}/tasks`, { title: 'Decide the fee' })).json().id;
  });
  afterAll(() => portal.close());

  const open = async (client: HttpClient, path: string) => {
    const response = await client.get(path);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      id: string;
      kind: string;
      subjectId: string;
      subjectVersionId: string | null;
      abilities: Record<string, boolean>;
    };
  };
  const post = (client: HttpClient, threadId: string, body: Record<string, unknown>) =>
    client.post(`/api/v1/threads/${threadId}/messages`, body);

  it('opening a thread twice at once gives one thread; it is the same for staff and the client', async () => {
    const [a, b] = await Promise.all([
      owner.get(`/api/v1/tasks/${sharedTask}/thread`),
      alice.get(`/api/v1/tasks/${sharedTask}/thread`),
    ]);
    expect(a.statusCode, a.body).toBe(200);
    expect(b.json().id).toBe(a.json().id);
    const { rows } = await portal.ctx.db.query(`SELECT id FROM threads WHERE kind = 'task' AND subject_id = $1`, [
      sharedTask,
    ]);
    expect(rows).toHaveLength(1);
    // Not a conversation: it stays out of the messages list and its unread counts.
    const listed = (await alice.get('/api/v1/threads?limit=100')).json().items.map((t: { id: string }) => t.id);
    expect(listed).not.toContain(a.json().id);
  });

  it('the assignee hears of a staff comment (notification linking to the task); the client posts a file', async () => {
    const thread = await open(owner, `/api/v1/tasks/${sharedTask}/thread`);
    const sent = await post(owner, thread.id, { body: 'Please sign **today**' });
    expect(sent.statusCode, sent.body).toBe(201);
    const notes = (await alice.get('/api/v1/notifications?limit=20')).json().items as {
      threadId: string;
      link: string;
      threadKind: string;
    }[];
    const mine = notes.find((n) => n.threadId === thread.id);
    expect(mine).toMatchObject({ threadKind: 'task', link: `/tasks/${sharedTask}#message-${sent.json().id}` });
    // An email job for Alice (her preference is "immediately").
    const { rows: jobs } = await portal.ctx.db.query(
      `SELECT 1 FROM jobs WHERE kind = 'conversations.email' AND payload->>'threadId' = $1 AND payload->>'userId' = $2`,
      [thread.id, aliceId],
    );
    expect(jobs.length).toBeGreaterThan(0);

    const file = await alice.request(
      'POST',
      `/api/v1/threads/${thread.id}/attachments?name=signed.txt`,
      Buffer.from('signed'),
      { 'content-type': 'text/plain' },
    );
    expect(file.statusCode, file.body).toBe(201);
    const reply = await post(alice, thread.id, { body: 'Done', attachmentIds: [file.json().id] });
    expect(reply.statusCode, reply.body).toBe(201);
    expect((await owner.get(file.json().downloadUrl)).body).toBe('signed');
    // Commenting follows the task.
    expect((await alice.get(`/api/v1/tasks/${sharedTask}`)).json().following).toBe(true);
  });

  it("an internal task's thread is missing for the client, its messages and files too, and never reaches her", async () => {
    expectProblem(await alice.get(`/api/v1/tasks/${internalTask}/thread`), 404, 'not_found');
    const thread = await open(owner, `/api/v1/tasks/${internalTask}/thread`);
    const file = await owner.request(
      'POST',
      `/api/v1/threads/${thread.id}/attachments?name=fees.txt`,
      Buffer.from('fees'),
      { 'content-type': 'text/plain' },
    );
    const sent = await post(owner, thread.id, { body: 'Raise @Alice', attachmentIds: [file.json().id] });
    expect(sent.statusCode, sent.body).toBe(201);
    expectProblem(await alice.get(`/api/v1/threads/${thread.id}`), 404, 'not_found');
    expectProblem(await alice.get(`/api/v1/threads/${thread.id}/messages`), 404, 'not_found');
    expectProblem(await post(alice, thread.id, { body: 'Me too' }), 404, 'not_found');
    expectProblem(await alice.get(`/api/v1/messages/${sent.json().id}`), 404, 'not_found');
    expectProblem(await alice.get(file.json().downloadUrl), 404, 'not_found');
    const { rows } = await portal.ctx.db.query(
      `SELECT e.audience FROM events e WHERE e.type = 'message.created' AND e.data->>'threadId' = $1`,
      [thread.id],
    );
    expect(rows).toEqual([{ audience: 'staff' }]);
    const notes = (await alice.get('/api/v1/notifications?limit=50')).json().items as { threadId: string }[];
    expect(notes.some((n) => n.threadId === thread.id)).toBe(false);
  });

  it('document feedback: shared files for both sides, internal ones for staff; closed once in the trash', async () => {
    const shared = await uploadDocument(owner, acme, 'proof v1.pdf', 'proof');
    const hidden = await uploadDocument(owner, acme, 'notes.txt', 'notes', 'internal');
    const thread = await open(alice, `/api/v1/documents/${shared}/thread`);
    expect(thread).toMatchObject({ kind: 'document', subjectId: shared });
    expect(thread.abilities).toMatchObject({ post: true, postInternal: false, update: false });
    expect((await post(alice, thread.id, { body: 'The logo is too small' })).statusCode).toBe(201);
    // The uploader (owner) hears of it; the note stays with staff.
    expect((await post(owner, thread.id, { body: 'Client is picky', internal: true })).statusCode).toBe(201);
    expectProblem(await post(alice, thread.id, { body: 'x', internal: true }), 403);
    const bodies = (await alice.get(`/api/v1/threads/${thread.id}/messages`))
      .json()
      .items.map((m: { body: string }) => m.body);
    expect(bodies).toEqual(['The logo is too small']);
    const ownerNotes = (await owner.get('/api/v1/notifications?limit=50')).json().items as {
      threadId: string;
      link: string;
    }[];
    expect(ownerNotes.find((n) => n.threadId === thread.id)?.link).toMatch(
      new RegExp(`^/console/accounts/${acme}/documents/files/${shared}\\?version=${thread.subjectVersionId}#message-`),
    );

    expectProblem(await alice.get(`/api/v1/documents/${hidden}/thread`), 404, 'not_found');
    expect((await open(owner, `/api/v1/documents/${hidden}/thread`)).abilities.postInternal).toBe(true);

    expect((await owner.delete(`/api/v1/documents/${shared}`)).statusCode).toBe(200);
    const closed = await open(owner, `/api/v1/documents/${shared}/thread`);
    expect(closed.abilities.post).toBe(false);
    expectProblem(await post(owner, thread.id, { body: 'Too late' }), 403);
  });

  it('a foreign account gets 404 for the task, the document and their threads', async () => {
    const doc = await uploadDocument(owner, acme, 'foreign.txt', 'x');
    const taskThread = await open(owner, `/api/v1/tasks/${sharedTask}/thread`);
    expectProblem(await bianca.get(`/api/v1/tasks/${sharedTask}/thread`), 404, 'not_found');
    expectProblem(await bianca.get(`/api/v1/documents/${doc}/thread`), 404, 'not_found');
    expectProblem(await bianca.get(`/api/v1/threads/${taskThread.id}/messages`), 404, 'not_found');
    expectProblem(await post(bianca, taskThread.id, { body: 'Hi' }), 404, 'not_found');
    // Bad input: a malformed id is 400, an unknown field in a message 400.
    expectProblem(await alice.get('/api/v1/tasks/not-a-uuid/thread'), 400);
    expectProblem(await post(alice, taskThread.id, { body: 'x', subject: 'y' }), 400);
  });

  it("with projects switched off for the client's segment, the task thread is 403 module_disabled for her", async () => {
    const thread = await open(owner, `/api/v1/tasks/${sharedTask}/thread`);
    const segment = await owner.post('/api/v1/segments', {
      name: 'No projects',
      kind: 'client_workspaces',
      modules: ['documents', 'messages'],
      signInMethods: ['password'],
      requireTwoFactor: false,
    });
    expect(segment.statusCode, segment.body).toBe(201);
    await portal.ctx.db.query('UPDATE accounts SET segment_id = $1 WHERE id = $2', [segment.json().id, acme]);
    const aliceAgain = await portal.signedIn('alice@acme.example');
    expectProblem(await aliceAgain.get(`/api/v1/tasks/${sharedTask}/thread`), 403, 'module_disabled');
    expectProblem(await aliceAgain.get(`/api/v1/threads/${thread.id}`), 403, 'module_disabled');
    expectProblem(await post(aliceAgain, thread.id, { body: 'Still here?' }), 403, 'module_disabled');
    // Staff keep reading the record; writing into a segment without the module is refused.
    expect((await owner.get(`/api/v1/threads/${thread.id}/messages`)).statusCode).toBe(200);
    expectProblem(await post(owner, thread.id, { body: 'Off' }), 403, 'module_disabled');
    // Documents are still on: the feedback thread works.
    const doc = await uploadDocument(owner, acme, 'still-on.txt', 'x');
    expect((await aliceAgain.get(`/api/v1/documents/${doc}/thread`)).statusCode).toBe(200);
  });
});
