import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { openTicket } from './helpers.ts';

describe('agent tools: bulk, merge, canned replies, presence, views, groups, fields', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let admin: HttpClient;
  let agent: HttpClient;
  let dana: HttpClient;
  let acmeTicket: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    admin = await portal.signedIn('admin@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    const db = portal.ctx.db;
    // Tickets for Acme (Clients segment) so the agent limited to Acme has something of their own.
    await db.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
    acmeTicket = (
      await openTicket(owner, {
        subject: 'Acme printer',
        accountId: await idOf(db, 'accounts', 'Acme Manufacturing'),
        requesterId: await userIdOf(db, 'alice@acme.example'),
      })
    ).id;
  });
  afterAll(() => portal.close());

  it('bulk: each item is authorized on its own; one the agent cannot see fails alone', async () => {
    const danaTicket = (await openTicket(dana, { subject: 'Not for the agent' })).id;
    const response = await agent.post('/api/v1/tickets/bulk', {
      ticketIds: [acmeTicket, danaTicket],
      priority: 'high',
      addTags: ['printer'],
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as {
      id: string;
      ok: boolean;
      code: string | null;
      ticket: { priority: string; tags: string[] } | null;
    }[];
    expect(items.find((i) => i.id === acmeTicket)).toMatchObject({
      ok: true,
      code: null,
      ticket: { priority: 'high', tags: ['printer'] },
    });
    expect(items.find((i) => i.id === danaTicket)).toMatchObject({ ok: false, code: 'not_found', ticket: null });
    expect((await owner.get(`/api/v1/tickets/${danaTicket}`)).json()).toMatchObject({ priority: 'normal', tags: [] });
    // The agent cannot assign a ticket to staff who do not see the account... but the owner can take it.
    const assign = await owner.patch(`/api/v1/tickets/${danaTicket}`, {
      assigneeId: await userIdOf(portal.ctx.db, 'agent@northwind.example'),
    });
    expect(assign.json().errors[0]).toMatchObject({ path: 'assigneeId', code: 'not_assignable' });
    expect((await dana.post('/api/v1/tickets/bulk', { ticketIds: [danaTicket], status: 'solved' })).statusCode).toBe(
      403,
    );
  });

  it('merge moves messages and people into the target and closes the source', async () => {
    const source = await openTicket(dana, { subject: 'Duplicate', body: 'First copy' });
    const target = await openTicket(dana, { subject: 'Original', body: 'Second copy' });
    const merged = await owner.post(`/api/v1/tickets/${source.id}/merge`, { intoTicketId: target.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().id).toBe(target.id);
    const sourceAfter = (await owner.get(`/api/v1/tickets/${source.id}`)).json();
    expect(sourceAfter).toMatchObject({ status: 'closed', mergedIntoTicketId: target.id });
    const bodies = (await owner.get(`/api/v1/tickets/${target.id}/messages`))
      .json()
      .items.map((m: { body: string }) => m.body);
    expect(bodies).toEqual(
      expect.arrayContaining(['First copy', 'Second copy', `Merged #${source.number} into #${target.number}.`]),
    );
    const customerView = (await dana.get(`/api/v1/tickets/${target.id}/messages`))
      .json()
      .items.map((m: { body: string }) => m.body);
    expect(customerView).not.toContain(`Merged #${source.number} into #${target.number}.`);
    expect((await owner.post(`/api/v1/tickets/${source.id}/merge`, { intoTicketId: target.id })).statusCode).toBe(409);
    const across = await owner.post(`/api/v1/tickets/${target.id}/merge`, { intoTicketId: acmeTicket });
    expect(across.statusCode).toBe(422);
    expect(across.json().code).toBe('merge_across_accounts');
  });

  it('canned replies: shared ones are the admins’; render fills placeholders and keeps unknown ones', async () => {
    const ticket = await openTicket(dana, { subject: 'Need *help*' });
    const personal = await agent.post('/api/v1/canned-replies', { title: 'Mine', body: 'x', shared: false });
    expect(personal.statusCode).toBe(201);
    expect((await agent.post('/api/v1/canned-replies', { title: 'Shared', body: 'x', shared: true })).statusCode).toBe(
      403,
    );
    const created = await admin.post('/api/v1/canned-replies', {
      title: 'Hello',
      body: 'Hi {{requester.firstName}} ({{requester.name}}), about #{{ticket.number}} "{{ticket.subject}}" for {{account.name}}. {{agent.name}} at {{portal.name}} {{unknown.thing}}',
    });
    expect(created.statusCode).toBe(201);
    const rendered = await owner.post(`/api/v1/tickets/${ticket.id}/canned-replies/${created.json().id}/render`, {});
    expect(rendered.statusCode, rendered.body).toBe(200);
    expect(rendered.json().body).toBe(
      `Hi Dana (Dana Diaz), about #${ticket.number} "Need *help*" for Dana Diaz. Olivia Owner at Northwind Advisory {{unknown.thing}}`,
    );
    const list = (await owner.get('/api/v1/canned-replies')).json().items.map((c: { title: string }) => c.title);
    expect(list).toContain('Hello');
    expect(list).not.toContain('Mine');
    expect((await agent.patch(`/api/v1/canned-replies/${created.json().id}`, { title: 'Taken' })).statusCode).toBe(403);
  });

  it('presence: another agent viewing shows on GET, expires after 45 seconds, and never reaches customers', async () => {
    const ticket = await openTicket(dana, { subject: 'Busy ticket' });
    const presence = await admin.post(`/api/v1/tickets/${ticket.id}/presence`, { state: 'replying' });
    expect(presence.statusCode, presence.body).toBe(200);
    expect(presence.json().items).toEqual([]);
    const seen = (await owner.get(`/api/v1/tickets/${ticket.id}`)).json().presence;
    expect(seen).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ name: 'Adrian Admin' }), state: 'replying' }),
    ]);
    expect((await dana.get(`/api/v1/tickets/${ticket.id}`)).json().presence).toEqual([]);
    expect((await dana.post(`/api/v1/tickets/${ticket.id}/presence`, { state: 'viewing' })).statusCode).toBe(403);
    portal.clock.advanceMinutes(1);
    expect((await owner.get(`/api/v1/tickets/${ticket.id}`)).json().presence).toEqual([]);
  });

  it('views, groups and fields: admins write shared setup, agents read it', async () => {
    const viewList = await agent.get('/api/v1/ticket-views');
    expect(viewList.statusCode, viewList.body).toBe(200);
    const views = viewList.json().items;
    expect(views.map((v: { name: string }) => v.name)).toContain('Unassigned open');
    expect((await agent.post('/api/v1/ticket-views', { name: 'Shared', shared: true, filters: {} })).statusCode).toBe(
      403,
    );
    const mine = await agent.post('/api/v1/ticket-views', {
      name: 'My urgent',
      filters: { priority: ['urgent'], assignee: 'me' },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({
      shared: false,
      filters: { priority: ['urgent'], assignee: 'me' },
      abilities: { update: true },
    });
    expect((await owner.get('/api/v1/ticket-views')).json().items.map((v: { name: string }) => v.name)).not.toContain(
      'My urgent',
    );

    const groups = (await agent.get('/api/v1/ticket-groups')).json().items;
    expect(groups.map((g: { name: string }) => g.name)).toEqual(['Billing', 'Support']);
    expect((await agent.post('/api/v1/ticket-groups', { name: 'Sales' })).statusCode).toBe(403);
    const sales = await admin.post('/api/v1/ticket-groups', {
      name: 'Sales',
      memberIds: [await userIdOf(portal.ctx.db, 'agent@northwind.example')],
    });
    expect(sales.json().members.map((m: { name: string }) => m.name)).toEqual(['Agnes Agent']);
    expect((await admin.post('/api/v1/ticket-groups', { name: 'sales' })).statusCode).toBe(409);

    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    const hidden = await admin.post(`/api/v1/segments/${customers}/ticket-fields`, {
      label: 'Internal score',
      type: 'number',
      customerVisible: false,
    });
    expect(hidden.statusCode, hidden.body).toBe(201);
    expect(
      (await dana.get(`/api/v1/segments/${customers}/ticket-fields`))
        .json()
        .items.map((f: { label: string }) => f.label),
    ).toEqual(['Product area', 'Order number']);
    expect((await owner.get(`/api/v1/segments/${customers}/ticket-fields`)).json().items).toHaveLength(3);
    expect(
      (await dana.get(`/api/v1/segments/${await idOf(portal.ctx.db, 'segments', 'Clients')}/ticket-fields`)).statusCode,
    ).toBe(404);
    const ticket = await openTicket(dana, { subject: 'Scored' });
    expect(
      (await dana.patch(`/api/v1/tickets/${ticket.id}`, { customFields: { [hidden.json().id]: 5 } })).json().errors[0]
        .code,
    ).toBe('unknown_field');
    expect(
      (await owner.patch(`/api/v1/tickets/${ticket.id}`, { customFields: { [hidden.json().id]: 5 } })).json()
        .customFields,
    ).toEqual({ [hidden.json().id]: 5 });
    expect((await dana.get(`/api/v1/tickets/${ticket.id}`)).json().customFields).toEqual({});
  });
});
