import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/server/platform/ids.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { accountOfUser, insertTicketRow } from '../satisfaction/ticket-rows.ts';

/*
 * A small support history in March 2025 (far from the demo's recent tickets), over two weekly buckets:
 * week 1 = [03-03, 03-10), week 2 = [03-10, 03-17). Acme (the limited agent's account) and Blue Harbor are Clients
 * accounts; Dana is a self-service customer.
 */
const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2025, 2, day, hour, minute));
const QUERY = '/api/v1/support-reports?from=2025-03-03&to=2025-03-16&interval=week';

describe('support reports', () => {
  let portal: TestPortal;
  let names: { agent: string; owner: string };
  let ids: { agent: string; owner: string; group: string; customers: string };

  beforeAll(async () => {
    portal = await startPortal();
    const db = portal.ctx.db;
    const acme = await idOf(db, 'accounts', 'Acme Manufacturing');
    const blue = await idOf(db, 'accounts', 'Blue Harbor Dental');
    const alice = await userIdOf(db, 'alice@acme.example');
    const bianca = await userIdOf(db, 'bianca@blueharbor.example');
    const dana = await userIdOf(db, 'dana.diaz@customers.example');
    const danaAccount = await accountOfUser(db, dana);
    const agent = await userIdOf(db, 'agent@northwind.example');
    const owner = await userIdOf(db, 'owner@northwind.example');
    const group = newId();
    await db.query("INSERT INTO ticket_groups (id, name) VALUES ($1, 'Tier 1 (report test)')", [group]);
    const customers = await idOf(db, 'segments', 'Customers');
    const clients = await idOf(db, 'segments', 'Clients');
    ids = { agent, owner, group, customers };
    names = { agent: 'Agnes Agent', owner: 'Olivia Owner' };

    // Tickets: first response 30 / 90 / 60 / none minutes; resolutions 1440, 10080, 120 and (created before the period) 21600.
    const t1 = await insertTicketRow(db, {
      accountId: acme,
      requesterId: alice,
      status: 'solved',
      createdAt: at(3, 10),
      firstResponseAt: at(3, 10, 30),
      solvedAt: at(4, 10),
      assigneeId: agent,
      groupId: group,
    });
    const t2 = await insertTicketRow(db, {
      accountId: acme,
      requesterId: alice,
      status: 'solved',
      createdAt: at(4, 12),
      firstResponseAt: at(4, 13, 30),
      solvedAt: at(11, 12),
      assigneeId: owner,
    });
    await insertTicketRow(db, {
      accountId: blue,
      requesterId: bianca,
      status: 'open',
      createdAt: at(10, 9),
      firstResponseAt: at(10, 10),
      resolutionDueAt: at(11, 9),
    });
    const t4 = await insertTicketRow(db, {
      accountId: blue,
      requesterId: bianca,
      status: 'solved',
      createdAt: at(12, 9),
      solvedAt: at(12, 11),
    });
    const t5 = await insertTicketRow(db, {
      accountId: acme,
      requesterId: alice,
      status: 'solved',
      createdAt: new Date(Date.UTC(2025, 1, 20, 10)),
      solvedAt: at(7, 10),
    });
    await insertTicketRow(db, {
      accountId: acme,
      requesterId: alice,
      status: 'open',
      createdAt: at(20, 9),
      resolutionDueAt: at(21, 9),
    });

    // SLA results: three met in time, one late; plus t3's running resolution target, past due (breached).
    const sla = (ticket: string, metric: string, due: Date, met: Date, breached: boolean) =>
      db.query(
        'INSERT INTO ticket_sla_results (ticket_id, metric, due_at, met_at, breached, segment_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [ticket, metric, due, met, breached, clients],
      );
    await sla(t1, 'first_response', at(3, 11), at(3, 10, 30), false);
    await sla(t2, 'first_response', at(4, 13), at(4, 13, 30), true);
    await sla(t1, 'resolution', at(5, 10), at(4, 10), false);
    await sla(t4, 'resolution', at(12, 17), at(12, 11), false);

    // Ratings: good (agent, group), bad (owner), good (unassigned), and one never answered.
    const rating = (
      ticket: string,
      value: string | null,
      ratedAt: Date | null,
      assignee: string | null,
      groupId: string | null,
    ) =>
      db.query(
        `INSERT INTO ticket_ratings (id, ticket_id, requester_id, token_hash, segment_id, assignee_id, group_id, requested_at, rating, rated_at)
                VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9)`,
        [newId(), ticket, newId(), clients, assignee, groupId, at(1, 0), value, ratedAt],
      );
    await rating(t1, 'good', at(5, 8), agent, group);
    await rating(t2, 'bad', at(11, 15), owner, null);
    await rating(t4, 'good', at(13, 9), null, null);
    await rating(t5, null, null, null, null);

    // Form sessions: Dana's six (2 deflected, 3 filed, 1 abandoned) and one of Alice's in Acme (deflected).
    const form = (userId: string, accountId: string, segmentId: string, opened: Date, outcome: string) =>
      db.query(
        'INSERT INTO ticket_form_sessions (id, user_id, account_id, segment_id, opened_at, last_seen_at, outcome) VALUES ($1, $2, $3, $4, $5, $5, $6)',
        [newId(), userId, accountId, segmentId, opened, outcome],
      );
    await form(dana, danaAccount, customers, at(3, 8), 'deflected');
    await form(dana, danaAccount, customers, at(4, 8), 'ticket_created');
    await form(alice, acme, clients, at(6, 8), 'deflected');
    await form(dana, danaAccount, customers, at(10, 8), 'abandoned');
    await form(dana, danaAccount, customers, at(11, 8), 'deflected');
    await form(dana, danaAccount, customers, at(12, 8), 'ticket_created');
    await form(dana, danaAccount, customers, at(13, 8), 'ticket_created');

    // Help sessions: two anonymous, Dana's, Alice's; one after the period.
    const visit = (key: string, userId: string | null, segmentId: string | null, started: Date) =>
      db.query('INSERT INTO help_sessions (key, user_id, segment_id, started_at) VALUES ($1, $2, $3, $4)', [
        key,
        userId,
        segmentId,
        started,
      ]);
    await visit('report-anon-1', null, null, at(3, 7));
    await visit('report-alice-1', alice, clients, at(5, 7));
    await visit('report-anon-2', null, null, at(10, 7));
    await visit('report-dana-1', dana, customers, at(11, 7));
    await visit('report-anon-3', null, null, at(20, 7));
  }, 180_000); // starting a seeded portal and writing the data takes a while on a busy machine
  afterAll(() => portal.close());

  it('computes every figure and the weekly series for staff who see all accounts', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const response = await owner.get(QUERY);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.from).toBe('2025-03-03T00:00:00.000Z');
    expect(report.to).toBe('2025-03-17T00:00:00.000Z');
    expect(report.totals).toEqual({
      tickets: 4,
      formSessions: 7,
      deflected: 3,
      deflectionRate: 0.5,
      helpSessions: 4,
      selfServiceScore: 1,
      firstResponseMedianMinutes: 60,
      resolutionMedianMinutes: 5760,
      slaCompliance: 0.6,
      csatGood: 2,
      csatBad: 1,
      csatScore: 0.6667,
    });
    expect(report.series).toEqual([
      {
        start: '2025-03-03T00:00:00.000Z',
        tickets: 2,
        deflected: 2,
        helpSessions: 2,
        firstResponseMedianMinutes: 60,
        resolutionMedianMinutes: 11520,
        slaCompliance: 0.6667,
        csatScore: 1,
      },
      {
        start: '2025-03-10T00:00:00.000Z',
        tickets: 2,
        deflected: 1,
        helpSessions: 2,
        firstResponseMedianMinutes: 60,
        resolutionMedianMinutes: 5100,
        slaCompliance: 0.5,
        csatScore: 0.5,
      },
    ]);
    expect(report.csatByAgent).toHaveLength(3);
    expect(report.csatByAgent).toEqual(
      expect.arrayContaining([
        { id: ids.agent, name: names.agent, good: 1, bad: 0 },
        { id: ids.owner, name: names.owner, good: 0, bad: 1 },
        { id: null, name: 'Unassigned', good: 1, bad: 0 },
      ]),
    );
    expect(report.csatByGroup).toEqual([
      { id: null, name: 'No group', good: 1, bad: 1 },
      { id: ids.group, name: 'Tier 1 (report test)', good: 1, bad: 0 },
    ]);

    const daily = (await owner.get('/api/v1/support-reports?from=2025-03-03&to=2025-03-16')).json();
    expect(daily.series).toHaveLength(14);
    expect(daily.series[0]).toMatchObject({
      start: '2025-03-03T00:00:00.000Z',
      tickets: 1,
      firstResponseMedianMinutes: 30,
      slaCompliance: 1,
    });
    expect(daily.totals).toEqual(report.totals);
  });

  it('filters by segment', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const report = (await owner.get(`${QUERY}&segmentId=${ids.customers}`)).json();
    expect(report.totals).toMatchObject({
      tickets: 0,
      formSessions: 6,
      deflected: 2,
      deflectionRate: 0.4,
      helpSessions: 1,
      selfServiceScore: null,
      csatGood: 0,
      csatScore: null,
      slaCompliance: null,
    });
  });

  it('a limited agent sees only the figures of their assigned account (Acme)', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const report = (await agent.get(QUERY)).json();
    expect(report.totals).toEqual({
      tickets: 2,
      formSessions: 1,
      deflected: 1,
      deflectionRate: 1,
      helpSessions: 1,
      selfServiceScore: 0.5,
      firstResponseMedianMinutes: 60,
      resolutionMedianMinutes: 10080,
      slaCompliance: 0.6667,
      csatGood: 1,
      csatBad: 1,
      csatScore: 0.5,
    });
    // Equal counts: named groups first, "No group" last.
    expect(report.csatByGroup).toEqual([
      { id: ids.group, name: 'Tier 1 (report test)', good: 1, bad: 0 },
      { id: null, name: 'No group', good: 0, bad: 1 },
    ]);
  });

  it('defaults to the last 30 days, refuses a reversed range, and is for staff only', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const report = (await owner.get('/api/v1/support-reports')).json();
    expect(report.series).toHaveLength(30);
    expect(Date.parse(report.to) - Date.parse(report.from)).toBe(30 * 86_400_000);
    expect(Date.parse(report.to)).toBeGreaterThan(portal.clock.now().getTime());
    expectProblem(await owner.get('/api/v1/support-reports?from=2025-03-16&to=2025-03-03'), 400);
    expectProblem(await (await portal.signedIn('dana.diaz@customers.example')).get(QUERY), 403);
  });
});
