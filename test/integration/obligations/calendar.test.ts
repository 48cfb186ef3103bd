import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { allPages, createProject, createTask, expectTimelineOrder, timeline } from './helpers.ts';

/* Tickets under SLA on the firm's side, and each person's iCalendar feed of their own due dates. */
describe('tickets on the timeline and the calendar feed', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let dana: HttpClient;
  let acme: string;
  let danaAccount: string;
  let aliceId: string;

  beforeAll(async () => {
    portal = await startPortal();
    await signInAll();
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    danaAccount = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Customers');
    const targets = { calendarId: null, firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 4800 };
    const existing = (await owner.get(`/api/v1/sla-policies?segmentId=${segmentId}`))
      .json()
      .items.find((p: { priority: string }) => p.priority === 'normal');
    const response = existing
      ? await owner.patch(`/api/v1/sla-policies/${existing.id}`, targets)
      : await owner.post('/api/v1/sla-policies', { segmentId, priority: 'normal', ...targets });
    expect(response.statusCode, response.body).toBeLessThan(300);
  }, 180_000);
  afterAll(() => portal?.close());

  async function signInAll() {
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  }

  it('a ticket under SLA is owed by the firm, to staff and to its requester', async () => {
    const created = await dana.post('/api/v1/tickets', { subject: 'TL charged twice', body: 'Two charges.' });
    expect(created.statusCode, created.body).toBe(201);
    const forStaff = await timeline(owner, danaAccount, 'firm');
    const item = forStaff.find((entry) => entry.id === created.json().id);
    expect(item).toMatchObject({ module: 'tickets', kind: 'ticket', side: 'firm', overdue: false, dueDate: null });
    expect(item!.title).toContain('TL charged twice');
    expect(item!.dueAt).not.toBeNull();
    const forDana = await timeline(dana, danaAccount, 'firm');
    expect(forDana.find((entry) => entry.id === created.json().id)!.link).toBe(`/tickets/${created.json().id}`);
    expect(await timeline(dana, danaAccount, 'client')).toEqual([]);
    // Past the first-response target the item is overdue.
    portal.clock.advanceMinutes(120);
    await signInAll(); // the sessions idled out over the two hours
    expect((await timeline(owner, danaAccount, 'firm')).find((entry) => entry.id === item!.id)!.overdue).toBe(true);
  });

  it('within one day, a ticket overdue since this morning comes before a task due that day (due by its end)', async () => {
    const created = await dana.post('/api/v1/tickets', { subject: 'TL same-day ticket', body: 'Help today.' });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = (await timeline(owner, danaAccount, 'firm')).find((entry) => entry.id === created.json().id)!;
    const day = ticket.dueAt!.slice(0, 10);
    const project = await createProject(owner, acme, { name: 'TL same day' });
    await createTask(owner, project, { title: 'TL due the ticket’s day', dueDate: day, assigneeId: null });
    // Just past the ticket's first-response time: the ticket is overdue; the task, due by the end of the day, is not.
    portal.clock.advanceMinutes((Date.parse(ticket.dueAt!) - portal.clock.now().getTime()) / 60_000 + 1 / 60);
    await signInAll();
    const waiting = await allPages(owner, '/api/v1/console/waiting/items', 2);
    const ticketAt = waiting.findIndex((item) => item.id === ticket.id);
    const taskAt = waiting.findIndex((item) => item.title === 'TL due the ticket’s day');
    expect(waiting[ticketAt]).toMatchObject({ overdue: true });
    expect(waiting[taskAt]).toMatchObject({ overdue: false, dueDate: day, dueAt: `${day}T00:00:00.000Z` });
    expect(ticketAt).toBeLessThan(taskAt);
    expectTimelineOrder(waiting);
  });

  it('a person’s feed holds their own due dates; rotation and revocation make the old URL 404', async () => {
    const project = await createProject(owner, acme, { name: 'TL calendar project' });
    await createTask(owner, project, {
      title: 'TL sign the engagement letter',
      dueDate: '2027-03-01',
      assigneeId: aliceId,
    });
    await createTask(owner, project, { title: 'TL staff-only prep', dueDate: '2027-03-02', assigneeId: null });

    expect((await alice.get('/api/v1/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const made = await alice.put('/api/v1/me/calendar-feed');
    expect(made.statusCode, made.body).toBe(200);
    const url = new URL(made.json().url as string);
    expect(url.pathname).toMatch(/^\/api\/v1\/calendar\/cal_[\w-]{43}\.ics$/);
    expect((await alice.get('/api/v1/me/calendar-feed')).json()).toMatchObject({ active: true });
    expect((await alice.get('/api/v1/me/calendar-feed')).json().url).toBeUndefined();

    const anonymous = portal.client();
    const feed = await anonymous.get(url.pathname);
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('SUMMARY:TL sign the engagement letter (Acme Manufacturing)');
    expect(feed.body).toMatch(/DTSTART;VALUE=DATE:20270301/);
    expect(feed.body).not.toContain('TL staff-only prep');
    // Only the hash is stored.
    const stored = await portal.ctx.db.query<{ token_hash: Buffer }>('SELECT token_hash FROM calendar_feeds');
    expect(stored.rows.some((row) => row.token_hash.toString('utf8').includes('cal_'))).toBe(false);

    const rotated = await alice.put('/api/v1/me/calendar-feed');
    const next = new URL(rotated.json().url as string).pathname;
    expect(next).not.toBe(url.pathname);
    expectProblem(await anonymous.get(url.pathname), 404);
    expect((await anonymous.get(next)).statusCode).toBe(200);

    const revoked = await alice.delete('/api/v1/me/calendar-feed');
    expect(revoked.json()).toEqual({ active: false, createdAt: null });
    expectProblem(await anonymous.get(next), 404);
    expectProblem(await anonymous.get('/api/v1/calendar/nope.ics'), 404);
    expectProblem(await anonymous.get(`/api/v1/calendar/cal_${'A'.repeat(43)}.ics`), 404);
    expectProblem(await anonymous.put('/api/v1/me/calendar-feed'), 401);
  });

  it('a staff member’s feed holds the tickets and tasks assigned to them', async () => {
    const created = await dana.post('/api/v1/tickets', { subject: 'TL assigned ticket', body: 'Help.' });
    const ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    const ticket = created.json();
    const assigned = await owner.patch(
      `/api/v1/tickets/${ticket.id}`,
      { assigneeId: ownerId },
      { 'if-match': `"${ticket.version}"` },
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    const url = new URL((await owner.put('/api/v1/me/calendar-feed')).json().url as string);
    const feed = await portal.client().get(url.pathname);
    expect(feed.body).toContain('TL assigned ticket');
    expect(feed.body).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  });
});
