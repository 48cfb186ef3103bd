import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { openTicket } from './helpers.ts';

describe('customers open and follow tickets', () => {
  let portal: TestPortal;
  let dana: HttpClient;
  let eli: HttpClient;
  let owner: HttpClient;
  let danaAccount: string;
  let fields: { id: string; label: string }[];

  beforeAll(async () => {
    portal = await startPortal();
    dana = await portal.signedIn('dana.diaz@customers.example');
    eli = await portal.signedIn('eli.evans@customers.example');
    owner = await portal.signedIn('owner@northwind.example');
    danaAccount = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    fields = (await dana.get(`/api/v1/segments/${customers}/ticket-fields`)).json().items;
  });
  afterAll(() => portal.close());

  it('a customer opens a ticket in their own account; staff see it in the queue as new', async () => {
    const area = fields.find((f) => f.label === 'Product area')!;
    const ticket = await openTicket(dana, {
      subject: 'Parcel lost',
      body: 'Where is my **parcel**?',
      customFields: { [area.id]: 'Shipping' },
    });
    expect(ticket).toMatchObject({
      subject: 'Parcel lost',
      status: 'new',
      priority: 'normal',
      accountId: danaAccount,
      channel: 'web',
      assignee: null,
      tags: [],
      presence: [],
    });
    expect(ticket.requester).toMatchObject({ name: 'Dana Diaz', isStaff: false });
    expect(ticket.customFields).toEqual({ [area.id]: 'Shipping' });
    expect(ticket.abilities).toMatchObject({ view: true, reply: true, assign: false, addNote: false });
    const queue = (await owner.get('/api/v1/tickets?status=new')).json();
    expect(queue.items.map((t: { id: string }) => t.id)).toContain(ticket.id);
    const messages = (await dana.get(`/api/v1/tickets/${ticket.id}/messages`)).json();
    expect(messages.items[0].bodyHtml).toContain('<strong>parcel</strong>');
    // The requester gets a confirmation carrying the ticket number (mail clients and the support address thread on it).
    await portal.ctx.background.idle();
    const { rows } = await portal.ctx.db.query<{ subject: string }>(
      "SELECT subject FROM mail_messages WHERE to_address = 'dana.diaz@customers.example' AND subject LIKE $1",
      [`%[#${ticket.number}]%`],
    );
    expect(rows).toHaveLength(1);
  });

  it('custom fields are type-checked and must be known', async () => {
    const area = fields.find((f) => f.label === 'Product area')!;
    const wrong = await dana.post('/api/v1/tickets', { subject: 'x', body: 'y', customFields: { [area.id]: 'Nope' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ path: `customFields.${area.id}`, code: 'invalid_value' });
    const unknown = await dana.post('/api/v1/tickets', {
      subject: 'x',
      body: 'y',
      customFields: { [crypto.randomUUID()]: 'a' },
    });
    expect(unknown.json().errors[0].code).toBe('unknown_field');
  });

  it('a customer cannot set staff fields: 403 naming the field, nothing created', async () => {
    const before = (await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets')).rows[0]!.n;
    for (const [field, value] of [
      ['priority', 'urgent'],
      ['assigneeId', await userIdOf(portal.ctx.db, 'owner@northwind.example')],
      ['tags', ['vip']],
      ['status', 'open'],
    ] as const) {
      const response = await dana.post('/api/v1/tickets', { subject: 'Sneaky', body: 'hi', [field]: value });
      expect(response.statusCode, field).toBe(403);
      expect(response.json()).toMatchObject({ code: 'not_allowed' });
      expect(response.json().detail).toContain(field);
    }
    expect((await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets')).rows[0]!.n).toBe(
      before,
    );
    const ticket = await openTicket(dana, { subject: 'Mine' });
    const patch = await dana.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'urgent' });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().code).toBe('not_allowed');
    expect((await owner.get(`/api/v1/tickets/${ticket.id}`)).json().priority).toBe('normal');
  });

  it('another customer gets 404, exactly as for a missing ticket; lists show only visible tickets', async () => {
    const ticket = await openTicket(dana, { subject: 'Private matter' });
    const foreign = await eli.get(`/api/v1/tickets/${ticket.id}`);
    const missing = await eli.get(`/api/v1/tickets/${crypto.randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe(missing.json().code);
    expect((await eli.get(`/api/v1/tickets/${ticket.id}/messages`)).statusCode).toBe(404);
    expect((await eli.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'hi' })).statusCode).toBe(404);
    const eliList = (await eli.get('/api/v1/tickets')).json().items.map((t: { subject: string }) => t.subject);
    expect(eliList).not.toContain('Private matter');
    const danaList = (await dana.get('/api/v1/tickets')).json().items.map((t: { subject: string }) => t.subject);
    expect(danaList).toContain('Private matter');
    // A customer cannot open a ticket in someone else's account.
    const eliAccount = await idOf(portal.ctx.db, 'accounts', 'Eli Evans');
    expect((await dana.post('/api/v1/tickets', { subject: 'x', body: 'y', accountId: eliAccount })).statusCode).toBe(
      404,
    );
  });

  it('account admins see every ticket of the account only when the segment allows it', async () => {
    const db = portal.ctx.db;
    // A second person in Dana's account, as a plain member who files their own ticket.
    const memberId = crypto.randomUUID();
    await db.query(
      "INSERT INTO users (id, email, name, password_hash) SELECT $1, 'milo@customers.example', 'Milo Member', password_hash FROM users WHERE email = 'dana.diaz@customers.example'",
      [memberId],
    );
    await db.query("INSERT INTO memberships (account_id, user_id, role) VALUES ($1, $2, 'member')", [
      danaAccount,
      memberId,
    ]);
    const milo = await portal.signedIn('milo@customers.example');
    const ticket = await openTicket(milo, { subject: 'Milo asks' });
    expect((await dana.get(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(404);
    await db.query("UPDATE segments SET tickets_visible_to_account_admins = true WHERE name = 'Customers'");
    const seen = await dana.get(`/api/v1/tickets/${ticket.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().requester.name).toBe('Milo Member');
    // Milo (a member, not an admin) still does not see Dana's tickets.
    const danaTicket = await openTicket(dana, { subject: 'Dana only', ccUserIds: [] });
    expect((await milo.get(`/api/v1/tickets/${danaTicket.id}`)).statusCode).toBe(404);
    await db.query("UPDATE segments SET tickets_visible_to_account_admins = false WHERE name = 'Customers'");
    // Copied people see the ticket; CCs must be people of the same account.
    const copied = await openTicket(dana, { subject: 'With Milo', ccUserIds: [memberId] });
    expect((await milo.get(`/api/v1/tickets/${copied.id}`)).json().ccs.map((c: { name: string }) => c.name)).toEqual([
      'Milo Member',
    ]);
    const outsider = await dana.post('/api/v1/tickets', {
      subject: 'x',
      body: 'y',
      ccUserIds: [await userIdOf(db, 'eli.evans@customers.example')],
    });
    expect(outsider.json().errors[0]).toMatchObject({ path: 'ccUserIds', code: 'not_member' });
  });

  it('HTML in a subject comes back as text; staff must name the requester; staff replies open the ticket', async () => {
    const ticket = await openTicket(dana, {
      subject: '<script>alert(1)</script>',
      body: '<img src=x onerror=alert(1)>',
    });
    expect((await owner.get(`/api/v1/tickets/${ticket.id}`)).json().subject).toBe('<script>alert(1)</script>');
    const message = (await owner.get(`/api/v1/tickets/${ticket.id}/messages`)).json().items[0];
    expect(message.bodyHtml).not.toContain('<img');
    const missing = await owner.post('/api/v1/tickets', { subject: 'For Dana', body: 'x', accountId: danaAccount });
    expect(missing.json().errors[0]).toMatchObject({ path: 'requesterId', code: 'required' });
    const reply = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'We are on it.' });
    expect(reply.statusCode, reply.body).toBe(201);
    const after = (await owner.get(`/api/v1/tickets/${ticket.id}`)).json();
    expect(after.status).toBe('open');
    const note = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Internal: VIP', internal: true });
    expect(note.statusCode).toBe(201);
    const danaMessages = (await dana.get(`/api/v1/tickets/${ticket.id}/messages`))
      .json()
      .items.map((m: { body: string }) => m.body);
    expect(danaMessages).not.toContain('Internal: VIP');
    expect(danaMessages).toContain('We are on it.');
  });

  it('Idempotency-Key: a repeated create returns the first ticket; an API token files with channel api', async () => {
    const headers = { 'idempotency-key': 'ticket-once-123456' };
    const first = await dana.post('/api/v1/tickets', { subject: 'Once', body: 'only once' }, headers);
    const again = await dana.post('/api/v1/tickets', { subject: 'Once', body: 'only once' }, headers);
    expect(first.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    // Creating a token needs a recent proof of the password (step-up); this session may be older than that.
    expect((await dana.post('/api/v1/me/reauthenticate', { password: portal.demo.password })).statusCode).toBe(200);
    const token = (await dana.post('/api/v1/me/api-tokens', { name: 'script', scopes: ['read', 'write'] })).json()
      .token as string;
    const script = portal.client();
    const viaApi = await script.post(
      '/api/v1/tickets',
      { subject: 'From a script', body: 'hi' },
      { authorization: `Bearer ${token}` },
    );
    expect(viaApi.statusCode, viaApi.body).toBe(201);
    expect(viaApi.json()).toMatchObject({ channel: 'api', accountId: danaAccount });
  });
});
