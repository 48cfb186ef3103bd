import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { acmeId, newThread, post } from './helpers.ts';

describe('threads and messages', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let bianca: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await acmeId(portal);
  });
  afterAll(() => portal.close());

  it('staff and the account’s people exchange messages; lists show subject, preview and unread', async () => {
    const thread = await newThread(owner, acme, 'Year-end documents', 'Please send the **bank statements**.');
    const list = (await alice.get(`/api/v1/accounts/${acme}/threads`)).json();
    const item = list.items.find((t: { id: string }) => t.id === thread.id);
    expect(item).toMatchObject({
      subject: 'Year-end documents',
      lastMessagePreview: 'Please send the bank statements.',
      unreadCount: 1,
      messageCount: 1,
      abilities: { view: true, post: true, postInternal: false },
    });
    const reply = await post(alice, thread.id, { body: 'Attached _soon_' });
    expect(reply.bodyHtml).toBe('<p>Attached <em>soon</em></p>\n');
    const messages = (await owner.get(`/api/v1/threads/${thread.id}/messages`)).json();
    expect(messages.items.map((m: { body: string }) => m.body)).toEqual([
      'Attached _soon_',
      'Please send the **bank statements**.',
    ]);
    expect((await owner.get('/api/v1/threads')).json().items.some((t: { id: string }) => t.id === thread.id)).toBe(
      true,
    );
  });

  it('renders scripts, handlers, javascript: links and raw HTML as text', async () => {
    const thread = await newThread(alice, acme, '<img src=x onerror=alert(1)>', 'hi');
    const nasty = await post(alice, thread.id, {
      body: '<script>alert(1)</script> [x](javascript:alert(1)) <a href="javascript:alert(2)">y</a> [ok](https://example.com)',
    });
    expect(nasty.bodyHtml).not.toMatch(/<script|<a href="javascript|onerror=|<a href="j/i);
    expect(nasty.bodyHtml).toContain('&lt;script&gt;');
    expect(nasty.bodyHtml).toContain(
      '<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">ok</a>',
    );
    expect((await owner.get(`/api/v1/threads/${thread.id}`)).json().subject).toBe('<img src=x onerror=alert(1)>');
  });

  it('edit within the window by the author only; delete leaves a mark; quotes point at visible messages', async () => {
    const thread = await newThread(owner, acme, 'Edits', 'first');
    const mine = await post(alice, thread.id, { body: 'typo' });
    expect((await adam.patch(`/api/v1/messages/${mine.id}`, { body: 'hijack' })).statusCode).toBe(403);
    const edited = await alice.patch(`/api/v1/messages/${mine.id}`, { body: 'fixed' });
    expect(edited.json()).toMatchObject({ body: 'fixed', editedAt: expect.any(String) });
    const quoting = await post(adam, thread.id, { body: 'agreed', quotedMessageId: mine.id });
    expect((await adam.get(`/api/v1/messages/${quoting.id}`)).json()).toMatchObject({
      quotedMessageId: mine.id,
      quotedPreview: 'fixed',
    });
    const deleted = await alice.delete(`/api/v1/messages/${mine.id}`);
    expect(deleted.json()).toMatchObject({
      body: '',
      bodyHtml: '',
      deletedAt: expect.any(String),
      abilities: { edit: false, delete: false },
    });
    expect((await adam.get(`/api/v1/messages/${quoting.id}`)).json().quotedPreview).toBeNull();
  });

  it('read state: unread per thread and account, seen by for staff only', async () => {
    const thread = await newThread(owner, acme, 'Read me', 'one');
    const second = await post(owner, thread.id, { body: 'two' });
    let counts = (await alice.get('/api/v1/unread-counts')).json();
    expect(counts.threads.find((t: { threadId: string }) => t.threadId === thread.id).unreadCount).toBe(2);
    expect(counts.accounts.find((a: { accountId: string }) => a.accountId === acme).unreadCount).toBeGreaterThanOrEqual(
      2,
    );
    const read = await alice.post(`/api/v1/threads/${thread.id}/read`, {});
    expect(read.json()).toMatchObject({ lastReadMessageId: second.id, unreadCount: 0 });
    counts = (await alice.get('/api/v1/unread-counts')).json();
    expect(counts.threads.find((t: { threadId: string }) => t.threadId === thread.id)).toBeUndefined();
    const staffView = (await owner.get(`/api/v1/messages/${second.id}`)).json();
    expect(staffView.seenBy.map((p: { name: string }) => p.name)).toEqual(['Alice Archer']);
    expect((await alice.get(`/api/v1/messages/${second.id}`)).json().seenBy).toBeNull();
  });

  it('mentions of staff notify them in the notification centre', async () => {
    const thread = await newThread(alice, acme, 'Question for the team', 'hi');
    const agentId = (
      await portal.ctx.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'agent@northwind.example'")
    ).rows[0]!.id;
    await post(alice, thread.id, { body: '@Agnes Agent can you check?', mentionUserIds: [agentId] });
    const agent = await portal.signedIn('agent@northwind.example');
    const badge = (await agent.get('/api/v1/notifications/unread-count')).json();
    expect(badge.count).toBeGreaterThanOrEqual(1);
    const list = (await agent.get('/api/v1/notifications?unread=true')).json();
    const mention = list.items.find(
      (n: { kind: string; threadId: string }) => n.kind === 'mention' && n.threadId === thread.id,
    );
    expect(mention.title).toContain('mentioned you');
    expect((await agent.post(`/api/v1/notifications/${mention.id}/read`)).json().readAt).not.toBeNull();
    // Blue Harbor staff-mention is refused: the mentioned must see the account (agent is limited to Acme).
    const blue = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const blueThread = await newThread(bianca, blue, 'Blue', 'hi');
    expect(
      (await bianca.post(`/api/v1/threads/${blueThread.id}/messages`, { body: 'x', mentionUserIds: [agentId] }))
        .statusCode,
    ).toBe(400);
  });

  it('another account’s threads and messages are 404, like missing ones', async () => {
    const thread = await newThread(alice, acme, 'Private', 'secret');
    const message = await post(alice, thread.id, { body: 'more secret' });
    for (const url of [
      `/api/v1/threads/${thread.id}`,
      `/api/v1/threads/${thread.id}/messages`,
      `/api/v1/messages/${message.id}`,
      `/api/v1/threads/${thread.id}/export`,
      `/api/v1/accounts/${acme}/threads`,
    ]) {
      expect((await bianca.get(url)).statusCode, url).toBe(404);
    }
    expect((await bianca.post(`/api/v1/threads/${thread.id}/messages`, { body: 'x' })).statusCode).toBe(404);
    expect((await bianca.post(`/api/v1/accounts/${acme}/threads`, { subject: 'x', body: 'y' })).statusCode).toBe(404);
    expect((await bianca.get('/api/v1/threads')).json().items.some((t: { id: string }) => t.id === thread.id)).toBe(
      false,
    );
  });

  it('a member removed from the account can no longer post', async () => {
    const thread = await newThread(owner, acme, 'Before removal', 'hi');
    const adamId = (await portal.ctx.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'adam@acme.example'"))
      .rows[0]!.id;
    expect((await alice.delete(`/api/v1/accounts/${acme}/members/${adamId}`)).statusCode).toBe(200);
    expect((await adam.post(`/api/v1/threads/${thread.id}/messages`, { body: 'still here?' })).statusCode).toBe(404);
  });

  it('oversized bodies are 413, floods 429', async () => {
    const thread = await newThread(owner, acme, 'Limits', 'hi');
    const big = await alice.post(`/api/v1/threads/${thread.id}/messages`, { body: 'x'.repeat(20_001) });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('message_too_large');
    const flood = await startPortal({ MESSAGES_PER_MINUTE: '3' });
    try {
      const carla = await flood.signedIn('carla@cedarpine.example');
      const cedar = await idOf(flood.ctx.db, 'accounts', 'Cedar & Pine Legal');
      const t = await newThread(carla, cedar, 'Flood', 'one');
      await post(carla, t.id, { body: 'two' });
      await post(carla, t.id, { body: 'three' });
      const throttled = await carla.post(`/api/v1/threads/${t.id}/messages`, { body: 'four' });
      expect(throttled.statusCode).toBe(429);
      expect(throttled.headers['retry-after']).toBeDefined();
    } finally {
      await flood.close();
    }
  });
});
