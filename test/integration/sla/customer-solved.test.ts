import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { openTicket } from '../tickets/helpers.ts';

/*
 * A ticket the customer solves before any agent reply was nobody's work: it has no first-response result (so the
 * SLA compliance leaves it out) and asks for no rating. A ticket an agent answered asks for one, and the rating
 * the customer gives shows on the agent's ticket page.
 */
describe('tickets the customer solves', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;

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
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => portal?.close());

  const solveAsCustomer = async (ticketId: string) => {
    const current = await dana.get(`/api/v1/tickets/${ticketId}`);
    const solved = await dana.patch(
      `/api/v1/tickets/${ticketId}`,
      { status: 'solved' },
      { 'if-match': String(current.json().version) },
    );
    expect(solved.statusCode, solved.body).toBe(200);
  };
  const resultsOf = async (ticketId: string) =>
    (
      await portal.ctx.db.query<{ metric: string }>(
        'SELECT metric FROM ticket_sla_results WHERE ticket_id = $1 ORDER BY metric',
        [ticketId],
      )
    ).rows.map((row) => row.metric);
  const ratingRequests = async (ticketId: string) =>
    (await portal.ctx.db.query('SELECT 1 FROM ticket_ratings WHERE ticket_id = $1', [ticketId])).rows.length;

  it('solved before any agent reply: no first-response result, no rating request', async () => {
    const ticket = await openTicket(dana, { subject: 'Never mind, found it' });
    portal.clock.advanceMinutes(5);
    await solveAsCustomer(ticket.id);

    expect(await resultsOf(ticket.id)).not.toContain('first_response');
    const asAgent = (await owner.get(`/api/v1/tickets/${ticket.id}`)).json();
    expect(asAgent.sla.targets.map((target: { metric: string }) => target.metric)).not.toContain('first_response');
    expect(asAgent.rating).toBeNull();

    expect(await ratingRequests(ticket.id)).toBe(0);
    const asCustomer = (await dana.get(`/api/v1/tickets/${ticket.id}`)).json();
    expect(asCustomer.abilities.rate).toBe(false);
    expect((await dana.post(`/api/v1/tickets/${ticket.id}/rating`, { rating: 'good' })).statusCode).toBe(409);
  });

  it('an answered ticket asks for a rating, and the agent sees the rating the customer gave', async () => {
    const ticket = await openTicket(dana, { subject: 'Export fails' });
    const reply = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Fixed on our side, try again.' });
    expect(reply.statusCode, reply.body).toBe(201);
    await solveAsCustomer(ticket.id);
    expect(await resultsOf(ticket.id)).toContain('first_response');
    expect(await ratingRequests(ticket.id)).toBe(1);

    const rated = await dana.post(`/api/v1/tickets/${ticket.id}/rating`, { rating: 'good', comment: 'Quick fix' });
    expect(rated.statusCode, rated.body).toBe(200);
    const asAgent = (await owner.get(`/api/v1/tickets/${ticket.id}`)).json();
    expect(asAgent.rating).toMatchObject({ rating: 'good', comment: 'Quick fix' });
    expect(asAgent.abilities.rate).toBe(false);
  });
});
