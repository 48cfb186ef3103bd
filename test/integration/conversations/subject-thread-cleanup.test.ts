// A subject thread does not outlive its object: deleting a task, a project (its tasks), or purging a document from
// the trash deletes their threads in the same transaction (messages and files with them); a document in the trash
// keeps its thread, since it can be restored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDocumentJobs } from '../../../src/server/modules/documents/index.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { uploadDocument } from '../approvals/support.ts';

describe('subject threads go with their task or document', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  /** Opens the object's thread and posts a message with a file; returns the thread id and the file's key. */
  async function discuss(path: string) {
    const thread = (await owner.get(path)).json().id as string;
    const file = await owner.request(
      'POST',
      `/api/v1/threads/${thread}/attachments?name=notes.txt`,
      Buffer.from('notes'),
      { 'content-type': 'text/plain' },
    );
    expect(file.statusCode, file.body).toBe(201);
    const sent = await owner.post(`/api/v1/threads/${thread}/messages`, {
      body: 'See file',
      attachmentIds: [file.json().id],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const { rows } = await portal.ctx.db.query<{ storage_key: string }>(
      'SELECT storage_key FROM message_attachments WHERE thread_id = $1',
      [thread],
    );
    return { thread, key: rows[0]!.storage_key };
  }

  const threadRows = async (ids: string[]) =>
    (await portal.ctx.db.query('SELECT id FROM threads WHERE id = ANY($1::uuid[])', [ids])).rows.length +
    (await portal.ctx.db.query('SELECT id FROM messages WHERE thread_id = ANY($1::uuid[])', [ids])).rows.length;

  const fileExists = async (key: string) =>
    portal.ctx.storage.read(key).then(
      () => true,
      () => false,
    );

  it('deleting a task deletes its thread; deleting a project, its tasks’ threads; files are swept', async () => {
    const project = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Cleanup' })).json().id;
    const [one, two, three] = await Promise.all(
      ['One', 'Two', 'Three'].map(
        async (title) => (await owner.post(`/api/v1/projects/${project}/tasks`, { title })).json().id as string,
      ),
    );
    const first = await discuss(`/api/v1/tasks/${one}/thread`);
    const second = await discuss(`/api/v1/tasks/${two}/thread`);
    const kept = await discuss(`/api/v1/tasks/${three}/thread`);

    expect((await owner.delete(`/api/v1/tasks/${one}`)).statusCode).toBe(200);
    expect(await threadRows([first.thread])).toBe(0);
    expect(await threadRows([second.thread, kept.thread])).toBe(4);

    expect((await owner.delete(`/api/v1/projects/${project}`)).statusCode).toBe(200);
    expect(await threadRows([second.thread, kept.thread])).toBe(0);
    // The files are queued for the storage sweep, which removes them.
    expect(await fileExists(first.key)).toBe(true);
    await runDocumentJobs(portal.ctx);
    for (const key of [first.key, second.key, kept.key]) expect(await fileExists(key)).toBe(false);
  });

  it('a trashed document keeps its thread; purging it deletes the thread and its file', async () => {
    const documentId = await uploadDocument(owner, acme, 'cleanup.txt', 'text');
    const discussed = await discuss(`/api/v1/documents/${documentId}/thread`);
    expect((await owner.delete(`/api/v1/documents/${documentId}`)).statusCode).toBe(200);
    expect(await threadRows([discussed.thread])).toBe(2);
    expect((await owner.delete(`/api/v1/accounts/${acme}/trash`)).statusCode).toBe(200);
    expect(await threadRows([discussed.thread])).toBe(0);
    expect(await fileExists(discussed.key)).toBe(false);
  });
});
