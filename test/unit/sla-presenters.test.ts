import { describe, expect, it } from 'vitest';
import { presentTicketSla, slaColumnsSql, type TicketSlaRow } from '../../src/server/modules/sla/presenters.ts';
import { calendarErrors } from '../../src/server/modules/sla/use-cases/calendars.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const row = (overrides: Partial<TicketSlaRow> = {}): TicketSlaRow => ({
  sla_policy_id: 'p1',
  sla_status: 'open',
  sla_first_response_target_minutes: 60,
  sla_next_response_target_minutes: 120,
  sla_resolution_target_minutes: 480,
  sla_first_response_due_at: null,
  sla_next_response_due_at: null,
  sla_resolution_due_at: null,
  sla_resolution_used_minutes: 0,
  sla_resolution_running_since: null,
  sla_results: null,
  ...overrides,
});

describe('presentTicketSla', () => {
  it('shows the soonest running due time and flags running targets past due', () => {
    const sla = presentTicketSla(
      row({
        sla_first_response_due_at: new Date('2026-11-30T11:00:00Z'),
        sla_resolution_due_at: new Date('2026-11-30T18:00:00Z'),
      }),
      NOW,
    );
    expect(sla.dueAt).toBe('2026-11-30T11:00:00.000Z');
    expect(sla.targets.map((t) => [t.metric, t.breached])).toEqual([
      ['first_response', true],
      ['next_response', false],
      ['resolution', false],
    ]);
  });

  it('a met target shows its latest result; a paused resolution is paused, breached once its time is used up', () => {
    const sla = presentTicketSla(
      row({
        sla_status: 'pending_customer',
        sla_resolution_used_minutes: 500,
        sla_results: [
          {
            metric: 'first_response',
            due_at: '2026-11-30T10:00:00+00:00',
            met_at: '2026-11-30T09:30:00+00:00',
            breached: false,
          },
          {
            metric: 'next_response',
            due_at: '2026-11-30T10:00:00+00:00',
            met_at: '2026-11-30T10:30:00+00:00',
            breached: true,
          },
        ],
      }),
      NOW,
    );
    expect(sla.dueAt).toBeNull();
    expect(sla.targets).toEqual([
      {
        metric: 'first_response',
        targetMinutes: 60,
        dueAt: null,
        breached: false,
        metAt: '2026-11-30T09:30:00.000Z',
        paused: false,
      },
      {
        metric: 'next_response',
        targetMinutes: 120,
        dueAt: null,
        breached: true,
        metAt: '2026-11-30T10:30:00.000Z',
        paused: false,
      },
      { metric: 'resolution', targetMinutes: 480, dueAt: null, breached: true, metAt: null, paused: true },
    ]);
  });

  it('lists only metrics that have a target', () => {
    expect(
      presentTicketSla(
        row({
          sla_policy_id: null,
          sla_first_response_target_minutes: null,
          sla_next_response_target_minutes: null,
          sla_resolution_target_minutes: null,
        }),
        NOW,
      ),
    ).toEqual({ policyId: null, dueAt: null, targets: [] });
  });

  it('the column fragment starts with a comma and reads the given alias', () => {
    const sql = slaColumnsSql('tk');
    expect(sql.trimStart().startsWith(',')).toBe(true);
    expect(sql).toContain('tk.resolution_due_at AS sla_resolution_due_at');
    expect(sql).toContain('r.ticket_id = tk.thread_id');
  });
});

describe('calendarErrors', () => {
  const valid = {
    name: 'Office',
    timeZone: 'Europe/Paris',
    hours: [
      { day: 1, start: '09:00', end: '12:00' },
      { day: 1, start: '12:00', end: '24:00' },
    ],
    holidays: [],
  };
  it('accepts touching intervals and 24:00', () => {
    expect(calendarErrors(valid)).toEqual([]);
  });
  it('reports every problem with its path', () => {
    const errors = calendarErrors({
      name: 'Bad',
      timeZone: 'Atlantis/Lost',
      hours: [
        { day: 2, start: '10:00', end: '09:00' },
        { day: 3, start: '09:00', end: '12:00' },
        { day: 3, start: '11:00', end: '13:00' },
      ],
      holidays: [
        { day: '2026-12-25', name: 'A' },
        { day: '2026-12-25', name: 'B' },
      ],
    });
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual([
      'timeZone:invalid_time_zone',
      'hours.0.end:end_before_start',
      'hours.2.start:overlapping_hours',
      'holidays.1.day:duplicate_holiday',
    ]);
  });
});
