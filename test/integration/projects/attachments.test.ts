import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { uploadDocument } from '../approvals/support.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';

interface Attachment {
  documentId: string;
  name: string;
  area: string;
  addedBy: { id: string; name: string } | null;
  abilities: { remove: boolean };
}

describe('projects: files on tasks', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let projectId: string;
  let aliceTask: string;
  let staffTask: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    projectId = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Year end 2026' })).json().id;
    const alicesId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    const created = await owner.post(`/api/v1/projects/${projectId}/tasks`, {
      title: 'Send the bank statements',
      assigneeId: alicesId,
    });
    expect(created.statusCode, created.body).toBe(201);
    aliceTask = created.json().id;
    // The firm's side: assigned to staff (an unassigned task counts as the account's side for its admins).
    staffTask = (
      await owner.post(`/api/v1/projects/${projectId}/tasks`, {
        title: 'Draft the accounts',
        assigneeId: await userIdOf(portal.ctx.db, 'owner@northwind.example'),
      })
    ).json().id;
  });
  afterAll(() => portal.close());

  const filesOf = async (client: HttpClient, taskId: string) => {
    const response = await client.get(`/api/v1/tasks/${taskId}/attachments`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as Attachment[];
  };

  it('the client hands in a file on their task; staff see it; attaching twice is one link', async () => {
    const statement = await uploadDocument(alice, acme, 'statement <december>.pdf', 'bank statement');
    const attached = await alice.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: statement });
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.json()).toMatchObject({
      documentId: statement,
      name: 'statement <december>.pdf',
      area: 'shared',
      addedBy: { name: 'Alice Archer' },
      abilities: { remove: true },
    });
    expect((await alice.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: statement })).statusCode).toBe(
      200,
    );
    expect((await filesOf(owner, aliceTask)).map((file) => file.name)).toEqual(['statement <december>.pdf']);
    const task = (await alice.get(`/api/v1/tasks/${aliceTask}`)).json();
    expect(task.abilities.attach).toBe(true);
  });

  it('people attach only to their own tasks, and remove only what they added', async () => {
    const notes = await uploadDocument(adam, acme, 'adam-notes.txt', 'notes');
    // Adam is a member, not the assignee nor an account admin.
    expectProblem(await adam.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: notes }), 403);
    expectProblem(await alice.post(`/api/v1/tasks/${staffTask}/attachments`, { documentId: notes }), 403);
    const byStaff = await uploadDocument(owner, acme, 'checklist.txt', 'what we need');
    expect((await owner.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: byStaff })).statusCode).toBe(201);
    const files = await filesOf(alice, aliceTask);
    expect(files.find((file) => file.name === 'checklist.txt')?.abilities.remove).toBe(false);
    expectProblem(await alice.delete(`/api/v1/tasks/${aliceTask}/attachments/${byStaff}`), 403);
    expect((await owner.delete(`/api/v1/tasks/${aliceTask}/attachments/${byStaff}`)).statusCode).toBe(200);
    // The document itself stays in the account's files.
    expect((await owner.get(`/api/v1/accounts/${acme}/documents/${byStaff}`)).statusCode).toBe(200);
    expectProblem(await owner.delete(`/api/v1/tasks/${aliceTask}/attachments/${byStaff}`), 404);
  });

  it('an internal file never reaches a task the client sees; another account’s file is not a choice', async () => {
    const internal = await uploadDocument(owner, acme, 'fee-workings.xlsx', 'internal', 'internal');
    const refused = expectProblem(
      await owner.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: internal }),
      400,
    );
    expect(refused.errors?.[0]).toMatchObject({ path: 'documentId', code: 'internal_file' });
    const foreign = await uploadDocument(owner, blueHarbor, 'blue.txt', 'other account');
    const other = expectProblem(
      await owner.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: foreign }),
      400,
    );
    expect(other.errors?.[0]).toMatchObject({ path: 'documentId', code: 'unknown_file' });
    expectProblem(await owner.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: randomId() }), 400);
    expectProblem(await owner.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: 'nope' }), 400);

    // On an internal project, staff may link internal files; clients never read the task at all.
    const internalProject = (
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Partner review', internal: true })
    ).json().id;
    const review = (await owner.post(`/api/v1/projects/${internalProject}/tasks`, { title: 'Review fees' })).json().id;
    expect((await owner.post(`/api/v1/tasks/${review}/attachments`, { documentId: internal })).statusCode).toBe(201);
    expectProblem(await alice.get(`/api/v1/tasks/${review}/attachments`), 404);
  });

  it('a file moved to the trash leaves the task’s list; Blue Harbor reads none of it', async () => {
    const draft = await uploadDocument(alice, acme, 'draft.txt', 'draft');
    expect((await alice.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: draft })).statusCode).toBe(201);
    expect((await owner.delete(`/api/v1/documents/${draft}`)).statusCode).toBeLessThan(300);
    expect((await filesOf(alice, aliceTask)).map((file) => file.name)).not.toContain('draft.txt');
    expectProblem(await bianca.get(`/api/v1/tasks/${aliceTask}/attachments`), 404);
  });

  it('concurrent attaches of one file give one link', async () => {
    const once = await uploadDocument(alice, acme, 'once.txt', 'once');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => alice.post(`/api/v1/tasks/${aliceTask}/attachments`, { documentId: once })),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect((await filesOf(alice, aliceTask)).filter((file) => file.name === 'once.txt')).toHaveLength(1);
  });
});
