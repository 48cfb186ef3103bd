import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import * as rollups from '../../../src/server/modules/support-reports/repository.ts';
import type { AccountScope } from '../../../src/server/platform/actor.ts';
import { newId } from '../../../src/server/platform/ids.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { openTicket } from '../tickets/helpers.ts';
import * as base from './base-figures.ts';

/*
 * The report's rollups (migration 0034) against the base tables: after a mixed series of changes made the way the
 * product makes them (tickets opened, replied to, solved, reopened, rated, merged through the API) and the way
 * only the database does (SLA results, due times, a rating withdrawn, a ticket moved to another account, tickets
 * deleted), every figure the report reads from the rollups equals the same figure computed over the base tables,
 * for staff who see everything and for the agent limited to Acme, by day and by week, per segment, across a UTC
 * day boundary (the report's periods are whole UTC days; it has no other time zone). Then a rebuild from scratch
 * gives the same rollups as the triggers kept.
 */

type Row = Record<string, unknown> & { bucket: number | null };

/** Rows keyed by bucket, without the ones that say nothing (a day row that fell to zero is no figure). */
function figures(rows: Row[]) {
  const kept: Record<string, Record<string, unknown>> = {};
  for (const { bucket, ...values } of rows) {
    if (Object.values(values).every((value) => value === null || value === 0)) continue;
    kept[String(bucket)] = values;
  }
  return kept;
}

describe('support report rollups', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let ids: { acme: string; blue: string; clients: string; customers: string; agent: string; ownerId: string };
  const db = () => portal.ctx.db;

  async function windows(now: Date) {
    const day = 86_400_000;
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const result: rollups.ReportWindow[] = [];
    const scopes: AccountScope[] = [{ kind: 'all' }, { kind: 'ids', ids: [ids.acme] }, { kind: 'ids', ids: [] }];
    for (const scope of scopes)
      for (const segmentId of [null, ids.clients, ids.customers])
        for (const [fromDays, toDays, step] of [
          [-3, 3, 86_400],
          [-1, 1, 86_400],
          [0, 1, 86_400],
          [-13, 7, 7 * 86_400],
        ] as const)
          result.push({
            scope,
            segmentId,
            from: new Date(today + fromDays * day),
            to: new Date(today + toDays * day),
            stepSeconds: step,
          });
    return result;
  }

  /** Every figure of every window, from the rollups and from the base tables: they must be equal. */
  async function expectRollupsToMatchBase() {
    const now = portal.clock.now();
    let compared = 0;
    for (const w of await windows(now)) {
      const label = `${w.scope.kind === 'all' ? 'all' : `ids:${w.scope.ids.length}`} ${w.segmentId ?? '-'} ${w.from.toISOString()}..${w.to.toISOString()}/${w.stepSeconds}`;
      const pairs: [string, Row[], Row[]][] = [
        ['created', await rollups.createdTickets(db(), w), await base.createdTickets(db(), w)],
        ['solved', await rollups.solvedTickets(db(), w), await base.solvedTickets(db(), w)],
        ['sla', await rollups.slaTargets(db(), w, now), await base.slaTargets(db(), w, now)],
        ['ratings', await rollups.ratings(db(), w), await base.ratings(db(), w)],
      ];
      for (const [what, fromRollups, fromBase] of pairs) {
        expect(figures(fromRollups), `${what} ${label}`).toEqual(figures(fromBase));
        if (Object.keys(figures(fromBase)).length) compared += 1;
      }
      for (const by of ['agent', 'group'] as const)
        expect(await rollups.ratingsBy(db(), w, by), `by ${by} ${label}`).toEqual(await base.ratingsBy(db(), w, by));
    }
    // The windows are not all empty: the comparison compared something.
    expect(compared).toBeGreaterThan(20);
  }

  async function rollupRows() {
    const facts = await db().query(
      `SELECT ticket_id, kind, part, at, segment_id, account_id, assignee_id, group_id, outcome, minutes
       FROM support_report_facts ORDER BY ticket_id, kind, part, at`,
    );
    const days = await db().query(
      `SELECT kind, day::text, outcome, segment_id, account_id, assignee_id, group_id, stripe, facts, minutes_facts,
         round(minutes_sum::numeric, 6) AS minutes_sum
       FROM support_report_days WHERE facts <> 0
       ORDER BY kind, day, outcome, segment_id, account_id NULLS FIRST, assignee_id NULLS FIRST, group_id NULLS FIRST, stripe`,
    );
    return { facts: facts.rows, days: days.rows };
  }

  beforeAll(async () => {
    portal = await startPortal();
    const d = db();
    // Tickets for the Clients segment too, so Acme (the limited agent's account) has tickets of its own.
    await d.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
    ids = {
      acme: await idOf(d, 'accounts', 'Acme Manufacturing'),
      blue: await idOf(d, 'accounts', 'Blue Harbor Dental'),
      clients: await idOf(d, 'segments', 'Clients'),
      customers: await idOf(d, 'segments', 'Customers'),
      agent: await userIdOf(d, 'agent@northwind.example'),
      ownerId: await userIdOf(d, 'owner@northwind.example'),
    };
    owner = await portal.signedIn('owner@northwind.example');
  }, 180_000); // starting a seeded portal and writing the data takes a while on a busy machine
  afterAll(() => portal.close());

  it('the rollups equal the base tables after creates, replies, solves, reopens, SLA results, ratings, merges and deletes', async () => {
    const d = db();
    const alice = await userIdOf(d, 'alice@acme.example');
    const bianca = await userIdOf(d, 'bianca@blueharbor.example');
    const open = (accountId: string, requesterId: string, subject: string) =>
      openTicket(owner, { subject, accountId, requesterId });
    const reply = async (ticketId: string, body: string, status?: string) => {
      const response = await owner.post(`/api/v1/tickets/${ticketId}/messages`, {
        body,
        ...(status ? { status } : {}),
      });
      expect(response.statusCode, response.body).toBe(201);
    };
    const sla = (ticketId: string, metric: string, due: Date, met: Date, breached: boolean, segmentId: string) =>
      d.query(
        'INSERT INTO ticket_sla_results (ticket_id, metric, due_at, met_at, breached, segment_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [ticketId, metric, due, met, breached, segmentId],
      );
    const minutesAgo = (minutes: number) => new Date(portal.clock.now().getTime() - minutes * 60_000);

    // 40 minutes before a UTC midnight: tickets in Acme, Blue Harbor and Dana's account.
    const now = portal.clock.now();
    const nextMidnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    portal.clock.advanceMinutes(Math.floor((nextMidnight - now.getTime()) / 60_000) - 40);
    owner = await portal.signedIn('owner@northwind.example');
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const a1 = (await open(ids.acme, alice, 'Acme: printer')).id;
    const a2 = (await open(ids.acme, alice, 'Acme: invoices')).id;
    const b1 = (await open(ids.blue, bianca, 'Blue Harbor: chairs')).id;
    const c1 = (await openTicket(dana, { subject: 'Dana: delivery' })).id;
    const c2 = (await openTicket(dana, { subject: 'Dana: delivery, again' })).id;
    await reply(a1, 'Looking into it.');
    await reply(b1, 'Which chair?', 'pending_customer');
    await sla(a1, 'first_response', minutesAgo(-60), minutesAgo(1), false, ids.clients);
    await d.query('UPDATE tickets SET resolution_due_at = $2 WHERE thread_id = $1', [b1, minutesAgo(10)]);
    await expectRollupsToMatchBase();

    // Past midnight: solves (each asks for a rating), a reopen, ratings, a merge.
    portal.clock.advanceMinutes(70);
    await reply(a1, 'Fixed, the driver was outdated.', 'solved');
    await reply(a2, 'Resent the invoice.', 'solved');
    await reply(c1, 'On its way.', 'solved');
    await sla(a1, 'resolution', minutesAgo(-600), minutesAgo(0), false, ids.clients);
    await sla(b1, 'first_response', minutesAgo(90), minutesAgo(50), true, ids.clients);
    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
    const aliceClient = await portal.signedIn('alice@acme.example');
    for (const [client, ticketId, rating] of [
      [aliceClient, a1, 'good'],
      [aliceClient, a2, 'bad'],
      [dana, c1, 'good'],
    ] as const) {
      const rated = await client.post(`/api/v1/tickets/${ticketId}/rating`, { rating });
      expect(rated.statusCode, rated.body).toBe(200);
    }
    // Alice changes her mind; then she replies to the invoice ticket, which reopens it.
    expect((await aliceClient.post(`/api/v1/tickets/${a2}/rating`, { rating: 'good' })).statusCode).toBe(200);
    expect((await aliceClient.post(`/api/v1/tickets/${a2}/messages`, { body: 'Still wrong.' })).statusCode).toBe(201);
    expect((await owner.get(`/api/v1/tickets/${a2}`)).json().status).not.toBe('solved');
    const merged = await owner.post(`/api/v1/tickets/${c2}/merge`, { intoTicketId: c1 });
    expect(merged.statusCode, merged.body).toBe(200);
    await expectRollupsToMatchBase();

    // Changes only the database makes: a rating withdrawn, a rating's agent deleted, a ticket moved to another
    // account, an SLA result corrected, tickets deleted (with their results and ratings).
    await d.query("UPDATE ticket_ratings SET rating = NULL, rated_at = NULL WHERE ticket_id = $1 AND rating = 'good'", [
      c1,
    ]);
    await d.query('UPDATE ticket_ratings SET assignee_id = $2 WHERE ticket_id = $1', [a1, ids.agent]);
    await d.query('UPDATE tickets SET account_id = $2 WHERE thread_id = $1', [b1, ids.acme]);
    await d.query(
      "UPDATE ticket_sla_results SET breached = NOT breached WHERE ticket_id = $1 AND metric = 'resolution'",
      [a1],
    );
    await expectRollupsToMatchBase();
    await d.query('DELETE FROM threads WHERE id = ANY($1::uuid[])', [[a2, c2]]);
    await d.query('DELETE FROM ticket_sla_results WHERE ticket_id = $1', [b1]);
    await d.query(
      `INSERT INTO ticket_ratings (id, ticket_id, requester_id, token_hash, segment_id, assignee_id, group_id, requested_at, rating, rated_at)
       VALUES ($1, $2, NULL, $3, $4, $5, NULL, $6, 'bad', $6)`,
      [newId(), b1, newId(), ids.clients, ids.ownerId, minutesAgo(5)],
    );
    await expectRollupsToMatchBase();

    // The limited agent's report through the API: only Acme's tickets (a1, and b1 since it moved to Acme).
    const agent = await portal.signedIn('agent@northwind.example');
    const today = portal.clock.now().toISOString().slice(0, 10);
    const yesterday = new Date(portal.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    const report = await agent.get(`/api/v1/support-reports?from=${yesterday}&to=${today}`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().totals).toMatchObject({ tickets: 2, csatGood: 1, csatBad: 1 });
    expect(report.json().series.map((day: { tickets: number }) => day.tickets)).toEqual([2, 0]);

    // A rebuild from scratch gives the rollups the triggers kept.
    const kept = await rollupRows();
    expect(kept.facts.length).toBeGreaterThan(5);
    await d.query('SELECT support_report_rollups_rebuild()');
    expect(await rollupRows()).toEqual(kept);
    await expectRollupsToMatchBase();
  });
});
