import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { postMessageInTransaction, prepareMessage } from '../../../src/server/modules/conversations/index.ts';
import { actorOfUser } from '../../../src/server/modules/conversations/repository-delivery.ts';
import { acmeId, newThread } from './helpers.ts';

/*
 * A ticket is a thread of kind 'ticket' that belongs to its requester and CCs, not to the whole account. The
 * conversations engine must keep it that way on every shared path: lists, messages, unread counts, notifications.
 * The thread is turned into a ticket with SQL here so that this test depends on the conversations module alone.
 */
describe('ticket threads inside the conversations engine', () => {
  let portal: TestPortal;
  let adam: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let threadId: string;

  beforeAll(async () => {
    portal = await startPortal();
    // Acme's segment has tickets, as any account with a ticket does (the module gate refuses ticket threads
    // elsewhere). Before anyone signs in: sessions cache their accounts' modules.
    await portal.ctx.db.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
    adam = await portal.signedIn('adam@acme.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    const accountId = await acmeId(portal);
    threadId = (await newThread(adam, accountId, 'Printer on fire', 'Please help')).id;
    await portal.ctx.db.query(
      `WITH thread AS (UPDATE threads SET kind = 'ticket' WHERE id = $1 RETURNING id, account_id, created_at)
       INSERT INTO tickets (thread_id, account_id, segment_id, requester_id, channel, created_at, updated_at)
       SELECT t.id, t.account_id, a.segment_id, u.id, 'web', t.created_at, t.created_at
       FROM thread t JOIN accounts a ON a.id = t.account_id JOIN users u ON u.email = 'adam@acme.example'`,
      [threadId],
    );
    await portal.ctx.db.query(
      "INSERT INTO thread_participants (thread_id, user_id, role) SELECT $1, id, 'requester' FROM users WHERE email = 'adam@acme.example'",
      [threadId],
    );
  });
  afterAll(() => portal.close());

  const setAdminVisibility = (visible: boolean) =>
    portal.ctx.db.query(
      "UPDATE segments SET tickets_visible_to_account_admins = $1 WHERE id = (SELECT segment_id FROM accounts WHERE name = 'Acme Manufacturing')",
      [visible],
    );

  it('the requester reads its messages; the account admin only when the segment allows; another account never', async () => {
    expect(
      (await adam.get(`/api/v1/threads/${threadId}/messages`)).json().items.map((m: { body: string }) => m.body),
    ).toEqual(['Please help']);
    expectProblem(await alice.get(`/api/v1/threads/${threadId}/messages`), 404);
    expectProblem(await bianca.get(`/api/v1/threads/${threadId}/messages`), 404);
    await setAdminVisibility(true);
    expect((await alice.get(`/api/v1/threads/${threadId}/messages`)).statusCode).toBe(200);
    await setAdminVisibility(false);
    expectProblem(await alice.get(`/api/v1/threads/${threadId}/messages`), 404);
  });

  it('is not a conversation: absent from thread lists and unread counts, and posting through conversations is refused', async () => {
    for (const client of [adam, alice]) {
      const listed = (await client.get('/api/v1/threads')).json().items.map((t: { id: string }) => t.id);
      expect(listed).not.toContain(threadId);
      const counts = (await client.get('/api/v1/unread-counts'))
        .json()
        .threads.map((t: { threadId: string }) => t.threadId);
      expect(counts).not.toContain(threadId);
    }
    // Replies to a ticket go through the ticket's own rules (status, SLA): the conversation routes do not take them.
    expectProblem(await adam.post(`/api/v1/threads/${threadId}/messages`, { body: 'sneaky' }), 404);
    expectProblem(await adam.get(`/api/v1/threads/${threadId}`), 404);
  });

  it('a staff reply notifies the requester only, not the rest of the account', async () => {
    const owner = (await actorOfUser(
      portal.ctx.db,
      (await portal.ctx.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'owner@northwind.example'"))
        .rows[0]!.id,
    ))!;
    const thread = (
      await portal.ctx.db.query<{ id: string; account_id: string; subject: string; created_by: string }>(
        'SELECT id, account_id, subject, created_by FROM threads WHERE id = $1',
        [threadId],
      )
    ).rows[0]!;
    const now = portal.clock.now();
    const prepared = await prepareMessage(portal.ctx, owner, thread, { body: 'On our way' }, now);
    const messageId = await portal.ctx.db.transaction((tx) =>
      postMessageInTransaction(portal.ctx, tx, owner, { ...thread, kind: 'ticket' }, prepared, now, 'web'),
    );
    const notified = async (client: HttpClient) =>
      (await client.get('/api/v1/notifications'))
        .json()
        .items.filter((n: { messageId: string }) => n.messageId === messageId);
    const adamNotes = await notified(adam);
    expect(adamNotes).toHaveLength(1);
    expect(adamNotes[0]).toMatchObject({
      threadKind: 'ticket',
      link: expect.stringMatching(new RegExp(`^/tickets/${threadId}#message-`)),
    });
    expect(await notified(alice)).toEqual([]);
  });
});
