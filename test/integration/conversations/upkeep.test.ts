import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { runConversationRetention } from '../../../src/server/modules/conversations/retention.ts';
import { acmeId, cookieHeader, drainJobs, listen, newThread, post, SseClient } from './helpers.ts';

const count = async (portal: TestPortal, sql: string, params: unknown[] = []) =>
  (await portal.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

describe('notifications of a post', () => {
  let portal: TestPortal;
  let base: string;
  let owner: HttpClient;
  let alice: HttpClient;
  let agent: HttpClient;
  const streams: SseClient[] = [];
  beforeAll(async () => {
    portal = await startPortal();
    base = await listen(portal);
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    agent = await portal.signedIn('agent@northwind.example');
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await portal.close();
  });

  it('one event per message; each recipient, and only they, get their notification.created frame', async () => {
    const thread = await newThread(owner, await acmeId(portal), 'One event please', 'start');
    const aliceStream = await SseClient.open(base, cookieHeader(alice));
    const agentStream = await SseClient.open(base, cookieHeader(agent));
    streams.push(aliceStream, agentStream);
    const before = await count(portal, 'events');
    const message = await post(owner, thread.id, { body: 'to every member' });
    expect(await count(portal, 'events')).toBe(before + 1);
    expect(await count(portal, 'notifications WHERE message_id = $1', [message.id])).toBeGreaterThanOrEqual(2);
    const frame = await aliceStream.waitFor(
      (e) => e.type === 'notification.created' && e.data.data.messageId === message.id,
    );
    const listed = (await alice.get('/api/v1/notifications')).json().items as {
      id: string;
      messageId: string;
      kind: string;
    }[];
    expect(listed.find((n) => n.messageId === message.id)).toMatchObject({
      id: frame.data.data.notificationId,
      kind: 'message',
    });
    expect(frame.data.data).toMatchObject({ threadId: thread.id, kind: 'message' });
    // The agent sees the account's messages but does not follow this thread: the message, no notification.
    await agentStream.waitFor(
      (e) => e.type === 'message.created' && (e.data.data.message as { id: string }).id === message.id,
    );
    expect(agentStream.events.some((e) => e.type === 'notification.created')).toBe(false);
    // A mention makes the agent a recipient, with kind "mention", on a staff-only note as well.
    const agentId = (
      await portal.ctx.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'agent@northwind.example'")
    ).rows[0]!.id;
    const note = await post(owner, thread.id, { body: 'look at this', internal: true, mentionUserIds: [agentId] });
    const mention = await agentStream.waitFor(
      (e) => e.type === 'notification.created' && e.data.data.messageId === note.id,
    );
    expect(mention.data.data.kind).toBe('mention');
    await agentStream.waitFor(
      (e) => e.type === 'message.created' && (e.data.data.message as { id: string }).id === note.id,
    );
    expect(
      aliceStream.events.some(
        (e) =>
          e.data.data.messageId === note.id || (e.data.data.message as { id?: string } | undefined)?.id === note.id,
      ),
    ).toBe(false);
  });

  it('reading a thread marks its notifications read, and only its own', async () => {
    const acme = await acmeId(portal);
    const read = await newThread(owner, acme, 'Read me', 'one');
    await post(owner, read.id, { body: 'two' });
    const other = await newThread(owner, acme, 'Not yet', 'three');
    const unread = async () =>
      (await alice.get('/api/v1/notifications?unread=true&limit=100')).json().items as { threadId: string }[];
    expect((await unread()).filter((n) => n.threadId === read.id)).toHaveLength(2);
    const response = await alice.post(`/api/v1/threads/${read.id}/read`, {});
    expect(response.statusCode, response.body).toBe(200);
    expect((await unread()).filter((n) => n.threadId === read.id)).toEqual([]);
    expect((await unread()).filter((n) => n.threadId === other.id)).toHaveLength(1);
    const counted = (await alice.get('/api/v1/notifications/unread-count')).json();
    expect(counted).toMatchObject({ count: (await unread()).length });
  });
});

describe('retention', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({ INBOUND_EMAIL_DOMAIN: 'reply.portico.test' });
  });
  afterAll(() => portal.close());

  it('deletes events after 7 days, finished jobs after 30, reply tokens after 90; keeps the rest', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const thread = await newThread(owner, await acmeId(portal), 'Old news', 'hello');
    await drainJobs(portal);
    const oldEvents = await count(portal, 'events');
    const oldDone = await count(portal, "jobs WHERE status = 'done'");
    const oldTokens = await count(portal, 'reply_tokens');
    expect(oldEvents).toBeGreaterThan(0);
    expect(oldDone).toBeGreaterThan(0);
    expect(oldTokens).toBeGreaterThan(0);
    // A failed job is kept for admins whatever its age.
    await portal.ctx.db.query(
      "INSERT INTO jobs (id, kind, payload, status, run_at, updated_at) VALUES (gen_random_uuid(), 'x', '{}', 'failed', $1, $1)",
      [portal.clock.now()],
    );

    portal.clock.advanceMinutes(6 * 24 * 60);
    expect(await runConversationRetention(portal.ctx)).toEqual({ events: 0, jobs: 0, replyTokens: 0 });
    portal.clock.advanceMinutes(2 * 24 * 60);
    const fresh = await portal.signedIn('owner@northwind.example');
    await post(fresh, thread.id, { body: 'a week later' });
    const fresher = await count(portal, 'events WHERE occurred_at > $1', [
      new Date(portal.clock.now().getTime() - 60_000),
    ]);
    expect(await runConversationRetention(portal.ctx)).toMatchObject({ events: oldEvents, jobs: 0, replyTokens: 0 });
    expect(await count(portal, 'events')).toBe(fresher);

    portal.clock.advanceMinutes(23 * 24 * 60);
    expect((await runConversationRetention(portal.ctx)).jobs).toBe(oldDone);
    expect(await count(portal, "jobs WHERE status = 'failed'")).toBe(1);

    portal.clock.advanceMinutes(60 * 24 * 60);
    expect((await runConversationRetention(portal.ctx)).replyTokens).toBe(oldTokens);
    // What is left was issued for the later message, inside its 90 days.
    expect(
      await count(portal, 'reply_tokens WHERE created_at < $1', [
        new Date(portal.clock.now().getTime() - 90 * 24 * 3_600_000),
      ]),
    ).toBe(0);
  });
});
