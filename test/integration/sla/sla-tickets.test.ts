import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';

/*
 * The clock end to end: a customer opens a ticket through the API, an agent answers and waits on the customer,
 * the customer answers late in the agent's day, the agent solves. The Customers segment's normal-priority policy
 * is set to around the clock so the expected times are plain arithmetic on the portal's movable clock.
 */

type Target = {
  metric: string;
  targetMinutes: number | null;
  dueAt: string | null;
  breached: boolean;
  metAt: string | null;
  paused: boolean;
};
type Sla = { policyId: string | null; dueAt: string | null; targets: Target[] };

const MINUTE = 60_000;
const time = (value: string | null) => new Date(value!).getTime();

describe('SLA clock through the tickets API', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let policyId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Customers');
    const targets = { calendarId: null, firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 480 };
    const existing = (await owner.get(`/api/v1/sla-policies?segmentId=${segmentId}`))
      .json()
      .items.find((p: { priority: string }) => p.priority === 'normal');
    const response = existing
      ? await owner.patch(`/api/v1/sla-policies/${existing.id}`, targets)
      : await owner.post('/api/v1/sla-policies', { segmentId, priority: 'normal', ...targets });
    expect(response.statusCode, response.body).toBeLessThan(300);
    policyId = response.json().id;
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => portal?.close());

  /** Moves time; sessions idle that long have expired, so both sign in again. */
  const advance = async (minutes: number) => {
    portal.clock.advanceMinutes(minutes);
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  };

  const slaOf = async (client: HttpClient, ticketId: string) => {
    const response = await client.get(`/api/v1/tickets/${ticketId}`);
    expect(response.statusCode, response.body).toBe(200);
    const sla = response.json().sla as Sla;
    return { ...sla, target: (metric: string) => sla.targets.find((target) => target.metric === metric)! };
  };

  it('first response, pause while pending, next response breached, resolution met', async () => {
    const created = await dana.post('/api/v1/tickets', {
      subject: 'My order never arrived',
      body: 'Order 4411 is two weeks late.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = created.json();
    const createdAt = time(ticket.createdAt);
    expect(ticket.sla.policyId).toBe(policyId);
    expect(time(ticket.sla.dueAt)).toBe(createdAt + 60 * MINUTE);
    expect(ticket.sla.targets.map((target: Target) => [target.metric, target.targetMinutes])).toEqual([
      ['first_response', 60],
      ['next_response', 120],
      ['resolution', 480],
    ]);
    expect(time(ticket.sla.targets[2].dueAt)).toBe(createdAt + 480 * MINUTE);

    // The agent answers after 30 minutes and waits on the customer: the resolution clock pauses.
    await advance(30);
    const answer = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, {
      body: 'Could you send the tracking number?',
      status: 'pending_customer',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    let sla = await slaOf(owner, ticket.id);
    expect(sla.target('first_response')).toMatchObject({ dueAt: null, breached: false, paused: false });
    expect(time(sla.target('first_response').metAt) - createdAt).toBeGreaterThanOrEqual(30 * MINUTE);
    expect(sla.target('resolution')).toMatchObject({ dueAt: null, paused: true, breached: false });
    expect(sla.dueAt).toBeNull();

    // Five hours later the customer answers: the ticket reopens, the agent owes a reply within 2 hours, and the
    // resolution resumes with the 30 minutes already used (450 left).
    await advance(300);
    expect((await dana.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Tracking: 1Z999' })).statusCode).toBe(
      201,
    );
    sla = await slaOf(dana, ticket.id);
    const nextDue = time(sla.target('next_response').dueAt);
    const resolutionDue = time(sla.target('resolution').dueAt);
    expect(resolutionDue - nextDue).toBe(330 * MINUTE);
    expect(Math.abs(nextDue - (createdAt + 450 * MINUTE))).toBeLessThan(2 * MINUTE);
    expect(sla.target('resolution').paused).toBe(false);
    expect(time(sla.dueAt)).toBe(nextDue);

    // Nobody answers for 200 minutes: the next response is breached while still running.
    await advance(200);
    sla = await slaOf(owner, ticket.id);
    expect(sla.target('next_response')).toMatchObject({ breached: true, metAt: null });
    expect(sla.target('resolution').breached).toBe(false);
    const breachedQueue = (await owner.get('/api/v1/tickets?sla=breached'))
      .json()
      .items.map((item: { id: string }) => item.id);
    expect(breachedQueue).toContain(ticket.id);

    // The agent answers and solves: the next response was late, the resolution in time (about 230 of 480 minutes).
    const solved = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, {
      body: 'Found it, a replacement is on its way.',
      status: 'solved',
    });
    expect(solved.statusCode, solved.body).toBe(201);
    sla = await slaOf(dana, ticket.id);
    expect(sla.dueAt).toBeNull();
    expect(sla.target('next_response')).toMatchObject({ dueAt: null, breached: true });
    expect(sla.target('resolution')).toMatchObject({ dueAt: null, breached: false, paused: false });
    expect(sla.target('resolution').metAt).not.toBeNull();

    const { rows } = await portal.ctx.db.query<{ metric: string; breached: boolean }>(
      'SELECT metric, breached FROM ticket_sla_results WHERE ticket_id = $1 ORDER BY met_at, metric',
      [ticket.id],
    );
    expect(rows).toEqual([
      { metric: 'first_response', breached: false },
      { metric: 'next_response', breached: true },
      { metric: 'resolution', breached: false },
    ]);
  });

  it('a priority change by an agent re-applies the policy of the new priority', async () => {
    await advance(0);
    const ticket = (
      await dana.post('/api/v1/tickets', { subject: 'Invoice question', body: 'Why was I charged twice?' })
    ).json();
    const get = await owner.get(`/api/v1/tickets/${ticket.id}`);
    const changed = await owner.patch(
      `/api/v1/tickets/${ticket.id}`,
      { priority: 'urgent' },
      { 'if-match': String(get.json().version) },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    // The demo's urgent policy for customers: 60 business minutes to the first response, in Paris office hours.
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Customers');
    const urgent = (await owner.get(`/api/v1/sla-policies?segmentId=${segmentId}`))
      .json()
      .items.find((p: { priority: string }) => p.priority === 'urgent');
    expect(urgent).toMatchObject({ firstResponseMinutes: 60 });
    const sla = changed.json().sla as Sla;
    expect(sla.policyId).toBe(urgent.id);
    expect(sla.targets.find((target) => target.metric === 'first_response')?.targetMinutes).toBe(60);
    expect(sla.dueAt).not.toBeNull();
  });
});
