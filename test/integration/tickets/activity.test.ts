import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { closeSolvedTicketsUseCase } from '../../../src/server/modules/tickets/index.ts';
import { allPages, openTicket } from './helpers.ts';

const DAY = 24 * 60;

interface Activity {
  id: string;
  occurredAt: string;
  actor: { id: string; name: string } | null;
  changes: { field: string; [key: string]: unknown }[];
}

describe('ticket activity history', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let dana: HttpClient;
  let ids: { owner: string; admin: string; agent: string; adam: string; acme: string; alice: string };

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    const db = portal.ctx.db;
    // Acme (Clients segment) gets tickets so the agent limited to Acme has a ticket of their own.
    await db.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
    ids = {
      owner: await userIdOf(db, 'owner@northwind.example'),
      admin: await userIdOf(db, 'admin@northwind.example'),
      agent: await userIdOf(db, 'agent@northwind.example'),
      adam: await userIdOf(db, 'adam@acme.example'),
      acme: await idOf(db, 'accounts', 'Acme Manufacturing'),
      alice: await userIdOf(db, 'alice@acme.example'),
    };
  });
  afterAll(() => portal.close());

  async function activityOf(ticketId: string, client: HttpClient = owner): Promise<Activity[]> {
    const response = await client.get(`/api/v1/tickets/${ticketId}/activity`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as Activity[];
  }
  const groupId = async (name: string) =>
    ((await owner.get('/api/v1/ticket-groups')).json().items as { id: string; name: string }[]).find(
      (g) => g.name === name,
    )!.id;

  it('records who changed status, priority, assignee, group, fields and subject; a no-op records nothing', async () => {
    const ticket = await openTicket(dana, { subject: 'Parcel lost' });
    expect(await activityOf(ticket.id)).toEqual([]);

    expect(
      (await owner.patch(`/api/v1/tickets/${ticket.id}`, { status: 'pending_customer', priority: 'high' })).statusCode,
    ).toBe(200);
    const [first] = await activityOf(ticket.id);
    expect(first).toMatchObject({
      actor: { id: ids.owner, name: 'Olivia Owner' },
      changes: [
        { field: 'status', from: 'new', to: 'pending_customer' },
        { field: 'priority', from: 'normal', to: 'high' },
      ],
    });
    expect(Date.parse(first!.occurredAt)).not.toBeNaN();

    const billing = await groupId('Billing');
    expect(
      (await owner.patch(`/api/v1/tickets/${ticket.id}`, { assigneeId: ids.admin, groupId: billing })).statusCode,
    ).toBe(200);
    // The same values again (and the same tags in another order) change nothing, so no row.
    await owner.patch(`/api/v1/tickets/${ticket.id}`, { tags: ['parcel', 'lost'] });
    const before = await activityOf(ticket.id);
    expect(
      (
        await owner.patch(`/api/v1/tickets/${ticket.id}`, {
          status: 'pending_customer',
          priority: 'high',
          assigneeId: ids.admin,
          groupId: billing,
          tags: ['lost', 'parcel'],
        })
      ).statusCode,
    ).toBe(200);
    expect(await activityOf(ticket.id)).toEqual(before);
    expect(before).toHaveLength(3);
    expect(before[0]!.changes).toEqual([{ field: 'tags', from: [], to: ['parcel', 'lost'] }]);
    expect(before[1]!.changes).toEqual([
      { field: 'assignee', from: null, to: { id: ids.admin, name: 'Adrian Admin' } },
      { field: 'group', from: null, to: { id: billing, name: 'Billing' } },
    ]);

    // Custom fields: only the field that changed, with its label; the subject with old and new text.
    const segment = await idOf(portal.ctx.db, 'segments', 'Customers');
    const fields = (await owner.get(`/api/v1/segments/${segment}/ticket-fields`)).json().items as {
      id: string;
      label: string;
    }[];
    const orderNumber = fields.find((f) => f.label === 'Order number')!.id;
    expect(
      (
        await owner.patch(`/api/v1/tickets/${ticket.id}`, {
          customFields: { [orderNumber]: 'A-100' },
          subject: 'Parcel 4411 lost',
        })
      ).statusCode,
    ).toBe(200);
    expect((await activityOf(ticket.id))[0]!.changes).toEqual([
      { field: 'customField', customField: { id: orderNumber, name: 'Order number' }, from: null, to: 'A-100' },
      { field: 'subject', from: 'Parcel lost', to: 'Parcel 4411 lost' },
    ]);

    // A customer's reply reopens the waiting ticket: the customer is the actor.
    expect((await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Here is the receipt' })).statusCode).toBe(
      201,
    );
    expect((await activityOf(ticket.id))[0]).toMatchObject({
      actor: { name: 'Dana Diaz' },
      changes: [{ field: 'status', from: 'pending_customer', to: 'open' }],
    });
    // A note moves nothing and records nothing.
    const count = (await activityOf(ticket.id)).length;
    expect(
      (await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Checking with the carrier', internal: true }))
        .statusCode,
    ).toBe(201);
    expect(await activityOf(ticket.id)).toHaveLength(count);
  });

  it('CC changes list the people copied, by name', async () => {
    const ticket = await openTicket(owner, { subject: 'Acme invoice', accountId: ids.acme, requesterId: ids.alice });
    expect((await owner.patch(`/api/v1/tickets/${ticket.id}`, { ccUserIds: [ids.adam] })).statusCode).toBe(200);
    expect((await activityOf(ticket.id))[0]!.changes).toEqual([
      { field: 'ccs', from: [], to: [{ id: ids.adam, name: 'Adam Alvarez' }] },
    ]);
    expect((await owner.patch(`/api/v1/tickets/${ticket.id}`, { ccUserIds: [ids.adam] })).statusCode).toBe(200);
    expect(await activityOf(ticket.id)).toHaveLength(1);
    // The agent limited to Acme reads the history of Acme's tickets.
    expect(await activityOf(ticket.id, agent)).toHaveLength(1);
  });

  it('bulk changes record one row per ticket; a merge records the source closed into the target', async () => {
    const one = await openTicket(dana, { subject: 'Bulk one' });
    const two = await openTicket(dana, { subject: 'Bulk two' });
    const bulk = await owner.post('/api/v1/tickets/bulk', {
      ticketIds: [one.id, two.id],
      assigneeId: ids.owner,
      addTags: ['billing'],
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    for (const ticket of [one, two]) {
      expect(await activityOf(ticket.id)).toEqual([
        expect.objectContaining({
          actor: { id: ids.owner, name: 'Olivia Owner' },
          changes: [
            { field: 'assignee', from: null, to: { id: ids.owner, name: 'Olivia Owner' } },
            { field: 'tags', from: [], to: ['billing'] },
          ],
        }),
      ]);
    }

    expect((await owner.post(`/api/v1/tickets/${one.id}/merge`, { intoTicketId: two.id })).statusCode).toBe(200);
    expect((await activityOf(one.id))[0]).toMatchObject({
      actor: { name: 'Olivia Owner' },
      changes: [
        { field: 'status', from: 'new', to: 'closed' },
        { field: 'mergedInto', from: null, to: { id: two.id, number: two.number } },
      ],
    });
    // The target's fields did not change: its history still holds only the bulk change.
    expect(await activityOf(two.id)).toHaveLength(1);
  });

  it('customers cannot read the history; staff who cannot see the ticket get the missing-ticket answer', async () => {
    const ticket = await openTicket(dana, { subject: 'Private history' });
    await owner.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'urgent' });
    const asCustomer = await dana.get(`/api/v1/tickets/${ticket.id}/activity`);
    expect(asCustomer.statusCode).toBe(403);
    expect(asCustomer.json().code).toBe('forbidden');
    const hidden = await agent.get(`/api/v1/tickets/${ticket.id}/activity`);
    const missing = await agent.get('/api/v1/tickets/00000000-0000-7000-8000-000000000000/activity');
    expect(hidden.statusCode).toBe(404);
    expect({ ...hidden.json(), requestId: null }).toEqual({ ...missing.json(), requestId: null });
  });

  it('pages newest first with a cursor; a tampered cursor is a 400', async () => {
    const ticket = await openTicket(dana, { subject: 'Many changes' });
    const priorities = ['high', 'low', 'urgent', 'normal', 'high'];
    for (const priority of priorities)
      expect((await owner.patch(`/api/v1/tickets/${ticket.id}`, { priority })).statusCode).toBe(200);
    const firstPage = (await owner.get(`/api/v1/tickets/${ticket.id}/activity?limit=2`)).json();
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    const items = (await allPages(owner, `/api/v1/tickets/${ticket.id}/activity`, 2)) as unknown as Activity[];
    expect(new Set(items.map((item) => item.id)).size).toBe(5);
    // Newest first: the priorities set, read backwards.
    expect(items.map((item) => item.changes[0]!.to)).toEqual([...priorities].reverse());
    const tampered = await owner.get(
      `/api/v1/tickets/${ticket.id}/activity?cursor=${Buffer.from('["x","y"]').toString('base64url')}`,
    );
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().errors[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });
  });

  it('is described in the OpenAPI document, changes typed by field', async () => {
    const spec = (await portal.client().get('/api/openapi.json')).json();
    const operation = spec.paths['/api/v1/tickets/{ticketId}/activity'].get;
    expect(operation.summary).toContain('newest first');
    expect(JSON.stringify(operation.responses['200'])).toContain('mergedInto');
  });

  it('auto-close is recorded as the system', async () => {
    const ticket = await openTicket(dana, { subject: 'Solved long ago' });
    expect(
      (await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Done.', status: 'solved' })).statusCode,
    ).toBe(201);
    portal.clock.advanceMinutes(5 * DAY);
    expect(await closeSolvedTicketsUseCase(portal.ctx)).toBeGreaterThanOrEqual(1);
    // Moving the clock by days ends sessions: sign in again.
    owner = await portal.signedIn('owner@northwind.example');
    const [closed, solved] = await activityOf(ticket.id);
    expect(closed).toMatchObject({ actor: null, changes: [{ field: 'status', from: 'solved', to: 'closed' }] });
    expect(solved).toMatchObject({
      actor: { name: 'Olivia Owner' },
      changes: [{ field: 'status', from: 'new', to: 'solved' }],
    });
    expect(Date.parse(closed!.occurredAt) - Date.parse(solved!.occurredAt)).toBeGreaterThanOrEqual(5 * DAY * 60_000);
  });
});
