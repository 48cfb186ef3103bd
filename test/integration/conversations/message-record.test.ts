import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { openTicket } from '../tickets/helpers.ts';
import { acmeId, newThread, post } from './helpers.ts';

/*
 * Firms keep the record: people outside the firm edit or delete their own message only within their segment's
 * window (default 15 minutes), never a ticket's description; a deleted message leaves a mark, staff still read
 * it, and the audit log says who deleted it.
 */
describe('the record of messages', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let dana: HttpClient;
  let acme: string;

  /** Moves time; sessions idle that long may have expired, so everyone signs in again. */
  const advance = async (minutes: number) => {
    portal.clock.advanceMinutes(minutes);
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  };
  const firstMessageOf = async (client: HttpClient, threadId: string) => {
    const response = await client.get(`/api/v1/threads/${threadId}/messages`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items.at(-1) as { id: string; abilities: { edit: boolean; delete: boolean } };
  };
  const setWindow = async (segment: string, minutes: number) => {
    const id = await idOf(portal.ctx.db, 'segments', segment);
    const current = (await owner.get(`/api/v1/segments/${id}`)).json();
    const response = await owner.patch(
      `/api/v1/segments/${id}`,
      { messageEditMinutes: minutes },
      { 'if-match': String(current.version) },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().messageEditMinutes).toBe(minutes);
  };

  beforeAll(async () => {
    portal = await startPortal();
    await advance(0);
    acme = await acmeId(portal);
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => portal?.close());

  it('a client deletes a thread’s first message within the window: a mark for them, the words for staff, an audit entry', async () => {
    const thread = await newThread(alice, acme, 'Wrong file', 'My salary is **4,200** a month');
    const first = await firstMessageOf(alice, thread.id);
    expect(first.abilities).toMatchObject({ edit: true, delete: true });
    await advance(5);
    const deleted = await alice.delete(`/api/v1/messages/${first.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toMatchObject({ body: '', bodyHtml: '', deletedAt: expect.any(String) });
    expect((await alice.get(`/api/v1/messages/${first.id}`)).json().body).toBe('');
    const asStaff = (await owner.get(`/api/v1/messages/${first.id}`)).json();
    expect(asStaff).toMatchObject({ body: 'My salary is **4,200** a month', deletedAt: expect.any(String) });
    expect(asStaff.bodyHtml).toContain('<strong>4,200</strong>');
    // Still deleted for everyone else: the thread's preview and search no longer show it.
    const list = (await alice.get(`/api/v1/accounts/${acme}/threads`)).json();
    expect(list.items.find((t: { id: string }) => t.id === thread.id).lastMessagePreview).toBeNull();

    const audit = (await owner.get('/api/v1/audit-events?action=message.deleted')).json();
    expect(audit.items[0]).toMatchObject({
      action: 'message.deleted',
      actor: expect.objectContaining({ label: 'alice@acme.example' }),
      target: expect.objectContaining({ id: first.id }),
    });
  });

  it('after the window (15 minutes by default) a client can neither edit nor delete; the abilities say so', async () => {
    const thread = await newThread(owner, acme, 'Window', 'hello');
    const mine = await post(alice, thread.id, { body: 'typo' });
    await advance(14);
    expect((await alice.patch(`/api/v1/messages/${mine.id}`, { body: 'fixed' })).statusCode).toBe(200);
    await advance(2);
    const late = (await alice.get(`/api/v1/messages/${mine.id}`)).json();
    expect(late.abilities).toMatchObject({ edit: false, delete: false });
    const edit = await alice.patch(`/api/v1/messages/${mine.id}`, { body: 'late' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().code).toBe('edit_not_allowed');
    const remove = await alice.delete(`/api/v1/messages/${mine.id}`);
    expect(remove.statusCode).toBe(403);
    expect(remove.json().code).toBe('delete_not_allowed');
    expect((await owner.get(`/api/v1/messages/${mine.id}`)).json()).toMatchObject({ body: 'fixed', deletedAt: null });
    // Staff keep their own rules: the author deletes their own message later too.
    const staffMessage = await post(owner, thread.id, { body: 'from the firm' });
    await advance(60);
    expect((await owner.delete(`/api/v1/messages/${staffMessage.id}`)).statusCode).toBe(200);
  });

  it('the window is set per segment: longer, or 0 for never', async () => {
    await setWindow('Clients', 60);
    const thread = await newThread(owner, acme, 'Longer window', 'hello');
    const mine = await post(alice, thread.id, { body: 'draft' });
    await advance(30);
    expect((await alice.patch(`/api/v1/messages/${mine.id}`, { body: 'final' })).statusCode).toBe(200);
    await setWindow('Clients', 0);
    const never = await post(alice, thread.id, { body: 'as sent' });
    expect((await alice.get(`/api/v1/messages/${never.id}`)).json().abilities).toMatchObject({
      edit: false,
      delete: false,
    });
    expect((await alice.delete(`/api/v1/messages/${never.id}`)).statusCode).toBe(403);
    // Bad windows are refused with a clear error and change nothing.
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    for (const bad of [-1, 1.5, 20_000, 'ten', null]) {
      const current = (await owner.get(`/api/v1/segments/${clients}`)).json();
      const refused = await owner.patch(
        `/api/v1/segments/${clients}`,
        { messageEditMinutes: bad },
        { 'if-match': String(current.version) },
      );
      expect(refused.statusCode, String(bad)).toBe(400);
      expect(refused.body).toContain('Enter whole minutes from 0 (never) to 10080');
    }
    expect((await owner.get(`/api/v1/segments/${clients}`)).json().messageEditMinutes).toBe(0);
    await setWindow('Clients', 15);
  });

  it('a customer never edits or deletes a ticket’s description, even at once; a later reply follows the window', async () => {
    const ticket = await openTicket(dana, { subject: 'Card declined', body: 'My card ending 4242 is declined.' });
    const description = await firstMessageOf(dana, ticket.id);
    expect(description.abilities).toMatchObject({ edit: false, delete: false });
    expect((await dana.delete(`/api/v1/messages/${description.id}`)).statusCode).toBe(403);
    expect((await dana.patch(`/api/v1/messages/${description.id}`, { body: 'nothing' })).statusCode).toBe(403);
    expect((await owner.get(`/api/v1/messages/${description.id}`)).json()).toMatchObject({
      body: 'My card ending 4242 is declined.',
      deletedAt: null,
    });

    const reply = await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Also the second card.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json().abilities).toMatchObject({ edit: true, delete: true });
    expect((await dana.delete(`/api/v1/messages/${reply.json().id}`)).statusCode).toBe(200);
    expect((await owner.get(`/api/v1/messages/${reply.json().id}`)).json().body).toBe('Also the second card.');
  });
});
