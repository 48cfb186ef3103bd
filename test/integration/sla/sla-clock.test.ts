import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketPriority, TicketStatus } from '../../../src/contract/index.ts';
import { migrate, type Database } from '../../../src/server/platform/db/index.ts';
import { newId } from '../../../src/server/platform/ids.ts';
import {
  applySlaEvent,
  presentTicketSla,
  slaColumnsSql,
  type SlaEvent,
  type TicketSlaRow,
} from '../../../src/server/modules/sla/index.ts';
import { openTestDatabase } from '../../support/harness.ts';

/*
 * The clock as the tickets module drives it: each step writes the ticket's own change (status, first response)
 * and then calls applySlaEvent in the same transaction, at an explicit time. Rows are written with SQL so the
 * times are exact; around-the-clock policies make the arithmetic readable, one business calendar checks the rest.
 */

const T0 = new Date('2026-11-30T10:00:00Z'); // a Monday
const at = (minutes: number, base = T0) => new Date(base.getTime() + minutes * 60_000);
const iso = (minutes: number, base = T0) => at(minutes, base).toISOString();

describe('the SLA clock', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let segmentId: string;
  let accountId: string;

  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    await migrate(db);
    segmentId = newId();
    accountId = newId();
    const calendarId = newId();
    await db.query("INSERT INTO segments (id, name, kind) VALUES ($1, 'Clock test', 'self_service')", [segmentId]);
    await db.query("INSERT INTO accounts (id, segment_id, name) VALUES ($1, $2, 'Clock test account')", [
      accountId,
      segmentId,
    ]);
    const hours = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' }));
    await db.query("INSERT INTO business_calendars (id, name, time_zone, hours) VALUES ($1, 'UTC office', 'UTC', $2)", [
      calendarId,
      JSON.stringify(hours),
    ]);
    const policy = (
      priority: TicketPriority,
      calendar: string | null,
      first: number,
      next: number,
      resolution: number,
    ) =>
      db.query(
        'INSERT INTO sla_policies (id, segment_id, priority, calendar_id, first_response_minutes, next_response_minutes, resolution_minutes) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [newId(), segmentId, priority, calendar, first, next, resolution],
      );
    await policy('normal', null, 60, 120, 480);
    await policy('high', calendarId, 30, 60, 240);
    // 'low' has no policy.
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => drop());

  async function createTicket(createdAt: Date, priority: TicketPriority = 'normal') {
    const id = newId();
    await db.transaction(async (tx) => {
      await tx.query(
        "INSERT INTO threads (id, account_id, kind, subject, created_at) VALUES ($1, $2, 'ticket', 'Clock', $3)",
        [id, accountId, createdAt],
      );
      await tx.query(
        "INSERT INTO tickets (thread_id, account_id, segment_id, priority, channel, created_at, updated_at) VALUES ($1, $2, $3, $4, 'web', $5, $5)",
        [id, accountId, segmentId, priority, createdAt],
      );
      await applySlaEvent(tx, id, { kind: 'created' }, createdAt);
    });
    return id;
  }

  const event = (id: string, slaEvent: SlaEvent, now: Date) =>
    db.transaction((tx) => applySlaEvent(tx, id, slaEvent, now));

  async function setStatus(id: string, to: TicketStatus, now: Date) {
    await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ status: TicketStatus }>('SELECT status FROM tickets WHERE thread_id = $1', [
        id,
      ]);
      await tx.query('UPDATE tickets SET status = $2 WHERE thread_id = $1', [id, to]);
      await applySlaEvent(tx, id, { kind: 'status_changed', from: rows[0]!.status, to }, now);
    });
  }

  async function agentReply(id: string, now: Date) {
    await db.transaction(async (tx) => {
      await tx.query(
        "UPDATE tickets SET first_response_at = COALESCE(first_response_at, $2), status = CASE WHEN status = 'new' THEN 'open' ELSE status END WHERE thread_id = $1",
        [id, now],
      );
      await applySlaEvent(tx, id, { kind: 'agent_replied' }, now);
    });
  }

  async function setPriority(id: string, priority: TicketPriority, now: Date) {
    await db.transaction(async (tx) => {
      await tx.query('UPDATE tickets SET priority = $2 WHERE thread_id = $1', [id, priority]);
      await applySlaEvent(tx, id, { kind: 'priority_changed' }, now);
    });
  }

  async function sla(id: string, now: Date) {
    const { rows } = await db.query<TicketSlaRow & { due_at: Date | null }>(
      `SELECT t.due_at ${slaColumnsSql('t')} FROM tickets t WHERE t.thread_id = $1`,
      [id],
    );
    const presented = presentTicketSla(rows[0]!, now);
    // The generated column the queue sorts on agrees with what is shown.
    expect(rows[0]!.due_at?.toISOString() ?? null).toBe(presented.dueAt);
    return { ...presented, target: (metric: string) => presented.targets.find((target) => target.metric === metric) };
  }

  async function results(id: string) {
    const { rows } = await db.query<{ metric: string; due_at: Date; met_at: Date; breached: boolean }>(
      'SELECT metric, due_at, met_at, breached FROM ticket_sla_results WHERE ticket_id = $1 ORDER BY met_at, metric',
      [id],
    );
    return rows.map((row) => ({
      metric: row.metric,
      dueAt: row.due_at.toISOString(),
      metAt: row.met_at.toISOString(),
      breached: row.breached,
    }));
  }

  it('runs a ticket’s whole life: first response, next response, pause while pending, solve, reopen, late solve', async () => {
    const id = await createTicket(T0);
    let view = await sla(id, T0);
    expect(view.dueAt).toBe(iso(60));
    expect(view.targets).toEqual([
      { metric: 'first_response', targetMinutes: 60, dueAt: iso(60), breached: false, metAt: null, paused: false },
      { metric: 'next_response', targetMinutes: 120, dueAt: null, breached: false, metAt: null, paused: false },
      { metric: 'resolution', targetMinutes: 480, dueAt: iso(480), breached: false, metAt: null, paused: false },
    ]);

    // A customer reply before anyone answered starts nothing new: the first response is still owed.
    await event(id, { kind: 'customer_replied' }, at(10));
    expect((await sla(id, at(10))).target('next_response')!.dueAt).toBeNull();

    await agentReply(id, at(30));
    view = await sla(id, at(30));
    expect(view.target('first_response')).toMatchObject({ dueAt: null, metAt: iso(30), breached: false });
    expect(view.dueAt).toBe(iso(480));

    await event(id, { kind: 'customer_replied' }, at(40));
    expect((await sla(id, at(40))).target('next_response')!.dueAt).toBe(iso(160));
    // A second customer message does not push the promise back.
    await event(id, { kind: 'customer_replied' }, at(50));
    expect((await sla(id, at(50))).dueAt).toBe(iso(160));

    await agentReply(id, at(100));
    await setStatus(id, 'pending_customer', at(100));
    view = await sla(id, at(300));
    expect(view.target('next_response')).toMatchObject({ dueAt: null, metAt: iso(100), breached: false });
    expect(view.target('resolution')).toMatchObject({ dueAt: null, paused: true, breached: false });
    expect(view.dueAt).toBeNull();

    // The customer answers at +400: the ticket reopens and the resolution resumes with 100 minutes used.
    await setStatus(id, 'open', at(400));
    await event(id, { kind: 'customer_replied' }, at(400));
    view = await sla(id, at(400));
    expect(view.target('resolution')).toMatchObject({ dueAt: iso(780), paused: false, breached: false });
    expect(view.target('next_response')).toMatchObject({ dueAt: iso(520), metAt: null, breached: false });
    expect(view.dueAt).toBe(iso(520));
    expect((await sla(id, at(521))).target('next_response')!.breached).toBe(true);

    await agentReply(id, at(600));
    expect((await sla(id, at(600))).target('next_response')).toMatchObject({
      dueAt: null,
      metAt: iso(600),
      breached: true,
    });

    await setStatus(id, 'solved', at(700));
    view = await sla(id, at(700));
    expect(view.dueAt).toBeNull();
    expect(view.target('resolution')).toMatchObject({ dueAt: null, metAt: iso(700), breached: false, paused: false });

    // Reopened: 400 minutes used (100 before the pause, 300 after), 80 left.
    await setStatus(id, 'open', at(1000));
    expect((await sla(id, at(1000))).target('resolution')).toMatchObject({ dueAt: iso(1080), metAt: null });
    await setStatus(id, 'solved', at(1200));
    await setStatus(id, 'closed', at(1300));
    expect((await sla(id, at(1300))).target('resolution')).toMatchObject({
      dueAt: null,
      metAt: iso(1200),
      breached: true,
    });

    expect(await results(id)).toEqual([
      { metric: 'first_response', dueAt: iso(60), metAt: iso(30), breached: false },
      { metric: 'next_response', dueAt: iso(160), metAt: iso(100), breached: false },
      { metric: 'next_response', dueAt: iso(520), metAt: iso(600), breached: true },
      { metric: 'resolution', dueAt: iso(780), metAt: iso(700), breached: false },
      { metric: 'resolution', dueAt: iso(1080), metAt: iso(1200), breached: true },
    ]);
  });

  it('counts business hours of the policy’s calendar, and the first response keeps running while pending', async () => {
    const friday = new Date('2026-11-27T16:45:00Z');
    const id = await createTicket(friday, 'high');
    let view = await sla(id, friday);
    // 15 minutes on Friday, the rest from Monday 09:00.
    expect(view.target('first_response')!.dueAt).toBe('2026-11-30T09:15:00.000Z');
    expect(view.target('resolution')!.dueAt).toBe('2026-11-30T12:45:00.000Z');

    await setStatus(id, 'pending_customer', new Date('2026-11-27T16:55:00Z'));
    view = await sla(id, new Date('2026-11-30T10:00:00Z'));
    expect(view.target('resolution')).toMatchObject({ paused: true, dueAt: null });
    expect(view.target('first_response')).toMatchObject({ dueAt: '2026-11-30T09:15:00.000Z', breached: true });

    // Resumed on Monday 10:00 with 10 business minutes used: 230 left.
    await setStatus(id, 'open', new Date('2026-11-30T10:00:00Z'));
    expect((await sla(id, new Date('2026-11-30T10:00:00Z'))).target('resolution')!.dueAt).toBe(
      '2026-11-30T13:50:00.000Z',
    );

    await agentReply(id, new Date('2026-11-30T10:05:00Z'));
    expect(await results(id)).toEqual([
      {
        metric: 'first_response',
        dueAt: '2026-11-30T09:15:00.000Z',
        metAt: '2026-11-30T10:05:00.000Z',
        breached: true,
      },
    ]);
  });

  it('a priority change re-applies the policy; the resolution time used so far is kept across calendars', async () => {
    const id = await createTicket(T0);
    await setPriority(id, 'high', at(10));
    let view = await sla(id, at(10));
    // First response: 30 business minutes from creation (Monday 10:00, inside office hours).
    expect(view.target('first_response')).toMatchObject({ targetMinutes: 30, dueAt: iso(30) });
    expect(view.target('resolution')).toMatchObject({ targetMinutes: 240, dueAt: iso(240) });

    await setPriority(id, 'low', at(20));
    view = await sla(id, at(20));
    expect(view).toMatchObject({ policyId: null, dueAt: null });
    expect(view.targets).toEqual([]);

    await setPriority(id, 'normal', at(100));
    view = await sla(id, at(100));
    expect(view.policyId).not.toBeNull();
    expect(view.target('first_response')).toMatchObject({ dueAt: iso(60), breached: true });
    expect(view.target('resolution')).toMatchObject({ dueAt: iso(480), breached: false });
  });

  it('solving while pending meets the resolution where it would have been due, and measures it by the time used', async () => {
    const id = await createTicket(T0);
    await agentReply(id, at(5));
    await setStatus(id, 'pending_customer', at(200));
    await setStatus(id, 'solved', at(5000));
    expect((await results(id)).filter((result) => result.metric === 'resolution')).toEqual([
      { metric: 'resolution', dueAt: iso(5280), metAt: iso(5000), breached: false },
    ]);

    const late = await createTicket(T0);
    await setStatus(late, 'pending_customer', at(500));
    expect((await sla(late, at(600))).target('resolution')).toMatchObject({ paused: true, breached: true });
    await setStatus(late, 'solved', at(600));
    const [resolution] = (await results(late)).filter((result) => result.metric === 'resolution');
    expect(resolution).toMatchObject({ metAt: iso(600), breached: true });
    expect(new Date(resolution!.dueAt).getTime()).toBeLessThan(at(600).getTime());
  });

  it('a ticket without a policy has no targets, and solving it records nothing', async () => {
    const id = await createTicket(T0, 'low');
    expect(await sla(id, T0)).toMatchObject({ policyId: null, dueAt: null, targets: [] });
    await agentReply(id, at(5));
    await setStatus(id, 'solved', at(10));
    expect(await results(id)).toEqual([]);
    // An unknown ticket is ignored (the tickets module only calls for its own).
    await event(newId(), { kind: 'created' }, T0);
  });
});
