import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { acmeId, cookieHeader, drainJobs, listen, newThread, post, SseClient } from './helpers.ts';

const NOTE = 'NOTE-ONLY-FOR-STAFF client may be late paying';

/** Every path an internal note could take to a client: API, events, email, counts, search, export, notifications. */
describe('internal notes never reach a client', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let base: string;
  let threadId: string;
  let noteId: string;
  let aliceEvents: SseClient;
  let ownerEvents: SseClient;

  beforeAll(async () => {
    portal = await startPortal({ INBOUND_EMAIL_DOMAIN: 'reply.portico.test' });
    base = await listen(portal);
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    const thread = await newThread(owner, await acmeId(portal), 'Invoices', 'Public message');
    threadId = thread.id;
    await alice.post(`/api/v1/threads/${threadId}/read`, {});
    await drainJobs(portal);
    aliceEvents = await SseClient.open(base, cookieHeader(alice));
    ownerEvents = await SseClient.open(base, cookieHeader(owner));
    // The owner follows the thread (wrote it), so a client message would email them; the note goes to staff only.
    const note = await post(owner, threadId, { body: NOTE, internal: true });
    noteId = note.id;
    expect(note.internal).toBe(true);
    await post(owner, threadId, { body: 'after the note' });
  });
  afterAll(async () => {
    aliceEvents.close();
    ownerEvents.close();
    await portal.close();
  });

  it('staff see the note, marked internal', async () => {
    const items = (await owner.get(`/api/v1/threads/${threadId}/messages`)).json().items;
    expect(items.find((m: { id: string }) => m.id === noteId)).toMatchObject({ internal: true, body: NOTE });
  });

  it('API: not listed, not readable by id, not quotable, not a read target', async () => {
    const items = (await alice.get(`/api/v1/threads/${threadId}/messages`)).json().items;
    expect(JSON.stringify(items)).not.toContain('NOTE-ONLY');
    expect(items.every((m: { internal: boolean }) => !m.internal)).toBe(true);
    expect((await alice.get(`/api/v1/messages/${noteId}`)).statusCode).toBe(404);
    expect(
      (await alice.post(`/api/v1/threads/${threadId}/messages`, { body: 'x', quotedMessageId: noteId })).statusCode,
    ).toBe(400);
    expect((await alice.post(`/api/v1/threads/${threadId}/read`, { upToMessageId: noteId })).statusCode).toBe(400);
    expect(
      (await alice.post(`/api/v1/threads/${threadId}/messages`, { body: 'sneaky', internal: true })).statusCode,
    ).toBe(403);
  });

  it('counts and previews: the note is not counted nor previewed', async () => {
    const thread = (await alice.get(`/api/v1/threads/${threadId}`)).json();
    expect(thread.messageCount).toBe(2); // 'Public message' and 'after the note'
    expect(thread.unreadCount).toBe(1);
    expect(thread.lastMessagePreview).toBe('after the note');
    const counts = (await alice.get('/api/v1/unread-counts')).json();
    expect(counts.threads.find((t: { threadId: string }) => t.threadId === threadId).unreadCount).toBe(1);
  });

  it('search and export leave the note out for the client and keep it for staff', async () => {
    expect((await alice.get(`/api/v1/threads/${threadId}/search?q=NOTE-ONLY`)).json().items).toEqual([]);
    expect((await owner.get(`/api/v1/threads/${threadId}/search?q=NOTE-ONLY`)).json().items).toHaveLength(1);
    const exported = await alice.get(`/api/v1/threads/${threadId}/export`);
    expect(exported.headers['content-type']).toContain('text/markdown');
    expect(exported.body).toContain('after the note');
    expect(exported.body).not.toContain('NOTE-ONLY');
    expect((await owner.get(`/api/v1/threads/${threadId}/export`)).body).toContain('NOTE-ONLY');
  });

  it('real time: staff get the note event, the client only the public one', async () => {
    await ownerEvents.waitFor(
      (e) => e.type === 'message.created' && (e.data.data.message as { id: string }).id === noteId,
    );
    await aliceEvents.waitFor(
      (e) => e.type === 'message.created' && (e.data.data.message as { body: string }).body === 'after the note',
    );
    expect(JSON.stringify(aliceEvents.events)).not.toContain('NOTE-ONLY');
    expect(JSON.stringify(aliceEvents.events)).not.toContain(noteId);
  });

  it('notifications and email: none for the note to a client', async () => {
    await drainJobs(portal);
    const notifications = (await alice.get('/api/v1/notifications')).json().items;
    expect(notifications.some((n: { messageId: string }) => n.messageId === noteId)).toBe(false);
    const { rows } = await portal.ctx.db.query<{ text_body: string; html_body: string; subject: string }>(
      "SELECT subject, text_body, html_body FROM mail_messages WHERE to_address = 'alice@acme.example'",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const mail of rows) expect(`${mail.subject}${mail.text_body}${mail.html_body}`).not.toContain('NOTE-ONLY');
  });
});
