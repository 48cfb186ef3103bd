// A discussion per document version: the feedback thread opens on the version asked for (the current one by
// default); a new version starts its own discussion and earlier versions' stay readable by their version id.
// Notifications and emails about a message in a version's discussion link to that version's discussion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { uploadDocument } from '../approvals/support.ts';
import { drainJobs } from '../conversations/helpers.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

type Thread = { id: string; subjectId: string; subjectVersionId: string | null; messageCount: number };

describe('document feedback per version', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  const threadOf = async (client: HttpClient, documentId: string, versionId?: string) => {
    const response = await client.get(
      `/api/v1/documents/${documentId}/thread${versionId ? `?versionId=${versionId}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Thread;
  };
  const versionsOf = async (documentId: string) =>
    (await owner.get(`/api/v1/documents/${documentId}/versions`)).json().items as { id: string; number: number }[];

  it('each version has its own discussion; the earlier one stays readable by its version', async () => {
    const documentId = await uploadDocument(owner, acme, 'brochure.txt', 'first draft');
    const [v1] = await versionsOf(documentId);
    const first = await threadOf(alice, documentId);
    expect(first).toMatchObject({ subjectId: documentId, subjectVersionId: v1!.id });
    expect((await alice.post(`/api/v1/threads/${first.id}/messages`, { body: 'Logo too small' })).statusCode).toBe(201);

    const uploaded = await owner.request(
      'POST',
      `/api/v1/documents/${documentId}/versions?name=brochure.txt`,
      Buffer.from('second draft'),
      { 'content-type': 'text/plain' },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const v2 = (await versionsOf(documentId)).find((version) => version.number === 2)!;

    // Opening at once gives one thread of the new version, empty; the same for staff and the client.
    const [a, b] = await Promise.all([threadOf(owner, documentId), threadOf(alice, documentId)]);
    expect(a.id).toBe(b.id);
    expect(a).toMatchObject({ subjectVersionId: v2.id, messageCount: 0 });
    expect(a.id).not.toBe(first.id);
    expect(await threadOf(owner, documentId, v2.id)).toMatchObject({ id: a.id });

    const earlier = await threadOf(alice, documentId, v1!.id);
    expect(earlier).toMatchObject({ id: first.id, subjectVersionId: v1!.id, messageCount: 1 });
    const bodies = (await alice.get(`/api/v1/threads/${first.id}/messages`))
      .json()
      .items.map((message: { body: string }) => message.body);
    expect(bodies).toEqual(['Logo too small']);
    const { rows } = await portal.ctx.db.query('SELECT 1 FROM threads WHERE kind = $1 AND subject_id = $2', [
      'document',
      documentId,
    ]);
    expect(rows).toHaveLength(2);
  });

  it('a notification or an email about an earlier version’s discussion links to that version, not the current', async () => {
    const documentId = await uploadDocument(owner, acme, 'leaflet.txt', 'first draft');
    const [v1] = await versionsOf(documentId);
    const first = await threadOf(alice, documentId);
    const asked = await alice.post(`/api/v1/threads/${first.id}/messages`, { body: 'Bigger logo please' });
    expect(asked.statusCode, asked.body).toBe(201);
    const uploaded = await owner.request(
      'POST',
      `/api/v1/documents/${documentId}/versions?name=leaflet.txt`,
      Buffer.from('second draft'),
      { 'content-type': 'text/plain' },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    // Staff answer in version 1's discussion after version 2 is up: the link names version 1.
    const answer = await owner.post(`/api/v1/threads/${first.id}/messages`, { body: 'Done in version 2' });
    expect(answer.statusCode, answer.body).toBe(201);

    type Note = { threadId: string; messageId: string; link: string };
    const notesOf = async (client: HttpClient) =>
      ((await client.get('/api/v1/notifications?limit=50')).json().items as Note[]).filter(
        (n) => n.threadId === first.id,
      );
    const mine = await notesOf(alice);
    expect(mine.map((n) => n.link)).toEqual([
      `/documents/files/${documentId}?version=${v1!.id}#message-${answer.json().id}`,
    ]);
    const staffSide = await notesOf(owner);
    expect(staffSide.map((n) => n.link)).toEqual([
      `/console/accounts/${acme}/documents/files/${documentId}?version=${v1!.id}#message-${asked.json().id}`,
    ]);

    await drainJobs(portal);
    const { rows } = await portal.ctx.db.query<{ text_body: string; html_body: string }>(
      'SELECT text_body, html_body FROM mail_messages WHERE to_address = $1 AND text_body LIKE $2',
      ['alice@acme.example', '%Done in version 2%'],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text_body).toContain(
      `/documents/files/${documentId}?version=${v1!.id}#message-${answer.json().id}`,
    );
    expect(rows[0]!.html_body).toContain(
      `/documents/files/${documentId}?version=${v1!.id}#message-${answer.json().id}`,
    );
  });

  it('a version of another document, an unknown or a malformed id: 404 or 400; another account: 404', async () => {
    const one = await uploadDocument(owner, acme, 'one.txt', 'one');
    const other = await uploadDocument(owner, acme, 'other.txt', 'other');
    const [otherVersion] = await versionsOf(other);
    expectProblem(await owner.get(`/api/v1/documents/${one}/thread?versionId=${otherVersion!.id}`), 404, 'not_found');
    expectProblem(
      await owner.get(`/api/v1/documents/${one}/thread?versionId=0190a0a0-0000-7000-8000-000000000000`),
      404,
      'not_found',
    );
    expectProblem(await owner.get(`/api/v1/documents/${one}/thread?versionId=v1`), 400);
    expectProblem(await owner.get(`/api/v1/documents/${one}/thread?versionId=${otherVersion!.id}&x=1`), 400);
    const [ownVersion] = await versionsOf(one);
    const foreign = await bianca.get(`/api/v1/documents/${one}/thread?versionId=${ownVersion!.id}`);
    const missing = await bianca.get(
      `/api/v1/documents/0190a0a0-0000-7000-8000-000000000000/thread?versionId=${ownVersion!.id}`,
    );
    expectProblem(foreign, 404, 'not_found');
    expectProblem(missing, 404, 'not_found');
  });
});
