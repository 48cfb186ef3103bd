import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainExcerpt } from '../../../src/server/modules/conversations/index.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { allPages, openTicket } from './helpers.ts';

/*
 * The queue row's figures (last message preview, unread count) are kept on the ticket row by triggers (0025); these
 * tests hold them against what the messages say after every kind of change, including concurrent ones.
 */

interface QueueRow {
  id: string;
  status: string;
  lastMessagePreview: string | null;
  unreadCount: number;
}

describe('queue row figures and capped counts', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  });
  afterAll(() => portal.close());

  const rowOf = async (client: HttpClient, ticketId: string, query = '') => {
    const items = (await client.get(`/api/v1/tickets?limit=200${query}`)).json().items as QueueRow[];
    return items.find((item) => item.id === ticketId);
  };
  /** The preview of the newest live message as the messages table holds it (notes included or not), or null. */
  const newestBody = async (ticketId: string, withNotes: boolean) => {
    const { rows } = await portal.ctx.db.query<{ body: string }>(
      `SELECT body FROM messages WHERE thread_id = $1 AND deleted_at IS NULL AND ($2::boolean OR NOT internal)
       ORDER BY seq DESC LIMIT 1`,
      [ticketId, withNotes],
    );
    return rows[0] ? plainExcerpt(rows[0].body) : null;
  };
  const post = async (client: HttpClient, ticketId: string, body: Record<string, unknown>) => {
    const response = await client.post(`/api/v1/tickets/${ticketId}/messages`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };

  it('preview and unread count follow replies, notes, edits, deletions and status changes', async () => {
    const ticket = await openTicket(dana, { subject: 'Figures on the row' });
    expect(await rowOf(owner, ticket.id)).toMatchObject({ lastMessagePreview: 'Hello, I need help.', unreadCount: 1 });
    expect(await rowOf(dana, ticket.id)).toMatchObject({ lastMessagePreview: 'Hello, I need help.', unreadCount: 0 });

    // An internal note: staff see it as the last message, the customer never does.
    await post(owner, ticket.id, { body: 'Note: **check** the invoice', internal: true });
    expect(await rowOf(owner, ticket.id)).toMatchObject({ lastMessagePreview: 'Note: check the invoice' });
    expect(await rowOf(dana, ticket.id)).toMatchObject({ lastMessagePreview: 'Hello, I need help.', unreadCount: 0 });

    const reply = await post(owner, ticket.id, { body: 'We are on it.', status: 'pending_customer' });
    expect(await rowOf(dana, ticket.id)).toMatchObject({
      status: 'pending_customer',
      lastMessagePreview: 'We are on it.',
      unreadCount: 1,
    });
    expect((await dana.post(`/api/v1/threads/${ticket.id}/read`, {})).statusCode).toBe(200);
    expect(await rowOf(dana, ticket.id)).toMatchObject({ unreadCount: 0 });

    // An edit of the last message changes the preview; deleting it brings back the one before.
    expect((await owner.patch(`/api/v1/messages/${reply.id}`, { body: 'We are on it, promise.' })).statusCode).toBe(
      200,
    );
    expect(await rowOf(dana, ticket.id)).toMatchObject({ lastMessagePreview: 'We are on it, promise.' });
    expect((await owner.delete(`/api/v1/messages/${reply.id}`)).statusCode).toBe(200);
    expect(await rowOf(dana, ticket.id)).toMatchObject({ lastMessagePreview: 'Hello, I need help.', unreadCount: 0 });
    expect(await rowOf(owner, ticket.id)).toMatchObject({ lastMessagePreview: 'Note: check the invoice' });

    // A status change alone leaves the figures as they are.
    expect((await owner.patch(`/api/v1/tickets/${ticket.id}`, { status: 'open' })).statusCode).toBe(200);
    expect(await rowOf(owner, ticket.id, '&status=open')).toMatchObject({
      status: 'open',
      lastMessagePreview: 'Note: check the invoice',
    });
  });

  it('stay right when replies, notes and deletions race on one ticket, and after a merge', async () => {
    const ticket = await openTicket(dana, { subject: 'Racing replies' });
    const first = await post(owner, ticket.id, { body: 'first reply' });
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => post(owner, ticket.id, { body: `reply ${i}`, internal: i % 2 === 1 })),
      post(dana, ticket.id, { body: 'customer again' }),
      owner.delete(`/api/v1/messages/${first.id}`),
    ]);
    expect((await rowOf(owner, ticket.id))?.lastMessagePreview).toBe(await newestBody(ticket.id, true));
    expect((await rowOf(dana, ticket.id))?.lastMessagePreview).toBe(await newestBody(ticket.id, false));

    // Merging moves the messages into the target: both rows are read again.
    const target = await openTicket(dana, { subject: 'Merge target' });
    const merged = await owner.post(`/api/v1/tickets/${ticket.id}/merge`, { intoTicketId: target.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await rowOf(owner, target.id))?.lastMessagePreview).toBe(await newestBody(target.id, true));
    expect((await rowOf(dana, target.id))?.lastMessagePreview).toBe(await newestBody(target.id, false));
    expect((await rowOf(owner, ticket.id))?.lastMessagePreview ?? null).toBe(await newestBody(ticket.id, true));
  });

  it('several statuses page in order like one big page; counts stop at the cap', async () => {
    const paged = await allPages(owner, '/api/v1/tickets?status=new,open,pending_customer&sort=updated_desc', 2);
    const whole = (await owner.get('/api/v1/tickets?limit=200&sort=updated_desc')).json().items as QueueRow[];
    expect(paged.map((t) => t.id)).toEqual(
      whole.filter((t) => ['new', 'open', 'pending_customer'].includes(t.status)).map((t) => t.id),
    );

    // 1,005 more new tickets in Dana's account, written directly: the API would take minutes to file them.
    const account = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    await portal.ctx.db.query(
      `WITH made AS (
         INSERT INTO threads (id, account_id, kind, subject)
         SELECT gen_random_uuid(), $1, 'ticket', 'Bulk ' || g FROM generate_series(1, 1005) g RETURNING id)
       INSERT INTO tickets (thread_id, account_id, segment_id, status, priority, channel, created_at, updated_at)
       SELECT made.id, $1, a.segment_id, 'new', 'low', 'api', now(), now() FROM made, accounts a WHERE a.id = $1`,
      [account],
    );
    const counts = (await owner.get('/api/v1/tickets/counts')).json();
    expect(counts).toMatchObject({ total: 1_000, capped: true, cap: 1_000 });
    expect(counts.byStatus.new).toBe(1_000);
    const low = (await owner.get('/api/v1/tickets/counts?priority=low&status=new')).json();
    expect(low).toMatchObject({ total: 1_000, capped: true });
    expect(low.byStatus.open).toBe(0);
    const narrow = (await owner.get('/api/v1/tickets/counts?status=open')).json();
    expect(narrow.capped).toBe(false);
    expect(narrow.total).toBe(narrow.byStatus.open);
  });
});
