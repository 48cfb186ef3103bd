import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { closeSolvedTicketsUseCase } from '../../../src/server/modules/tickets/index.ts';
import { openTicket } from './helpers.ts';

const DAY = 24 * 60;

describe('ticket statuses', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  });
  afterAll(() => portal.close());

  /** Moving the clock by days ends sessions too: sign in again, as people would. */
  async function advance(minutes: number) {
    portal.clock.advanceMinutes(minutes);
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  }

  const statusOf = async (id: string) => (await owner.get(`/api/v1/tickets/${id}`)).json().status as string;

  it('new until staff answer; a customer reply brings a waiting ticket back to open', async () => {
    const ticket = await openTicket(dana, { subject: 'Status flow' });
    expect((await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Any news?' })).statusCode).toBe(201);
    expect(await statusOf(ticket.id)).toBe('new');
    expect(
      (await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Internal first', internal: true }))
        .statusCode,
    ).toBe(201);
    expect(await statusOf(ticket.id)).toBe('new');
    expect(
      (await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Which order?', status: 'pending_customer' }))
        .statusCode,
    ).toBe(201);
    expect(await statusOf(ticket.id)).toBe('pending_customer');
    expect((await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Order 12' })).statusCode).toBe(201);
    expect(await statusOf(ticket.id)).toBe('open');
    const refused = await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'x', status: 'solved' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('not_allowed');
  });

  it('a customer marks their ticket solved, may not set other statuses; solving stamps solvedAt', async () => {
    const ticket = await openTicket(dana, { subject: 'Solve it myself' });
    expect((await dana.patch(`/api/v1/tickets/${ticket.id}`, { status: 'open' })).json().code).toBe('not_allowed');
    const solved = await dana.patch(`/api/v1/tickets/${ticket.id}`, { status: 'solved' });
    expect(solved.statusCode, solved.body).toBe(200);
    expect(solved.json()).toMatchObject({ status: 'solved' });
    expect(solved.json().solvedAt).not.toBeNull();
  });

  it('reopen window: a reply within it reopens, after it is refused with reopen_window_passed', async () => {
    const settings = (await owner.get('/api/v1/ticket-settings')).json();
    expect(settings).toMatchObject({ autoCloseDays: 4, reopenDays: 14 });
    expect((await owner.patch('/api/v1/ticket-settings', { reopenDays: 2, autoCloseDays: 30 })).statusCode).toBe(200);
    const ticket = await openTicket(dana, { subject: 'Reopen me' });
    await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Fixed.', status: 'solved' });
    expect(await statusOf(ticket.id)).toBe('solved');
    await advance(DAY);
    expect((await dana.get(`/api/v1/tickets/${ticket.id}`)).json().abilities.reopen).toBe(true);
    expect((await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Still broken' })).statusCode).toBe(201);
    expect(await statusOf(ticket.id)).toBe('open');
    await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Really fixed.', status: 'solved' });
    await advance(3 * DAY);
    const late = await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Broken again' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'reopen_window_passed' });
    expect(late.json().detail).toContain('new ticket');
    expect(await statusOf(ticket.id)).toBe('solved');
    await owner.patch('/api/v1/ticket-settings', { reopenDays: 14, autoCloseDays: 4 });
  });

  it('auto-close closes tickets solved more than autoCloseDays ago; closed is final', async () => {
    const old = await openTicket(dana, { subject: 'Old solved' });
    await owner.post(`/api/v1/tickets/${old.id}/messages`, { body: 'Done.', status: 'solved' });
    await advance(3 * DAY);
    const recent = await openTicket(dana, { subject: 'Recent solved' });
    await owner.post(`/api/v1/tickets/${recent.id}/messages`, { body: 'Done.', status: 'solved' });
    await advance(DAY + 60);
    expect(await closeSolvedTicketsUseCase(portal.ctx)).toBeGreaterThanOrEqual(1);
    const closed = (await owner.get(`/api/v1/tickets/${old.id}`)).json();
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(await statusOf(recent.id)).toBe('solved');
    const reply = await dana.post(`/api/v1/tickets/${old.id}/messages`, { body: 'Hello?' });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().code).toBe('ticket_closed');
    const reopen = await owner.patch(`/api/v1/tickets/${old.id}`, { status: 'open' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().code).toBe('ticket_closed');
    // Closed is final for staff too, notes included, and the abilities say so before anyone tries.
    expect(closed.abilities).toMatchObject({ reply: false, addNote: false, update: false });
    const note = await owner.post(`/api/v1/tickets/${old.id}/messages`, { body: 'For the record.', internal: true });
    expect(note.statusCode).toBe(409);
    expect(note.json().code).toBe('ticket_closed');
  });

  it('If-Match: a stale version is refused with 409', async () => {
    const ticket = await openTicket(dana, { subject: 'Versioned' });
    expect(
      (await owner.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'high' }, { 'if-match': String(ticket.version) }))
        .statusCode,
    ).toBe(200);
    const stale = await owner.patch(
      `/api/v1/tickets/${ticket.id}`,
      { priority: 'low' },
      { 'if-match': String(ticket.version) },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });
});
