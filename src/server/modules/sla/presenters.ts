import type { z } from 'zod';
import type {
  BusinessCalendar,
  SlaMetric,
  SlaPolicy,
  SlaTarget,
  TicketSla,
  TicketStatus,
} from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { slaPolicy } from './policy.ts';
import type { CalendarRow, PolicyRow } from './repository.ts';

export function presentCalendar(row: CalendarRow, actor: Actor): BusinessCalendar {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    hours: row.hours,
    holidays: row.holidays,
    version: row.version,
    abilities: slaPolicy.configAbilities(actor),
  };
}

export function presentPolicy(row: PolicyRow, actor: Actor): SlaPolicy {
  return {
    id: row.id,
    segmentId: row.segment_id,
    priority: row.priority,
    calendarId: row.calendar_id,
    firstResponseMinutes: row.first_response_minutes,
    nextResponseMinutes: row.next_response_minutes,
    resolutionMinutes: row.resolution_minutes,
    version: row.version,
    abilities: slaPolicy.configAbilities(actor),
  };
}

/** What `slaColumnsSql` selects (names prefixed `sla_` so they never collide with the caller's own columns). */
export interface TicketSlaRow {
  sla_policy_id: string | null;
  sla_status: TicketStatus;
  sla_first_response_target_minutes: number | null;
  sla_next_response_target_minutes: number | null;
  sla_resolution_target_minutes: number | null;
  sla_first_response_due_at: Date | null;
  sla_next_response_due_at: Date | null;
  sla_resolution_due_at: Date | null;
  sla_resolution_used_minutes: number;
  sla_resolution_running_since: Date | null;
  /** Every target met so far (oldest first); json, so times arrive as strings. */
  sla_results: { metric: SlaMetric; due_at: string; met_at: string; breached: boolean }[] | null;
}

/**
 * A SELECT-list fragment (starting with a comma) for the tickets row aliased `alias`: everything
 * `presentTicketSla` needs, one subquery per ticket on the results' primary key.
 */
export function slaColumnsSql(alias: string): string {
  const t = alias;
  return `, ${t}.sla_policy_id AS sla_policy_id, ${t}.status AS sla_status,
    ${t}.first_response_target_minutes AS sla_first_response_target_minutes, ${t}.next_response_target_minutes AS sla_next_response_target_minutes,
    ${t}.resolution_target_minutes AS sla_resolution_target_minutes, ${t}.first_response_due_at AS sla_first_response_due_at,
    ${t}.next_response_due_at AS sla_next_response_due_at, ${t}.resolution_due_at AS sla_resolution_due_at,
    ${t}.resolution_used_minutes AS sla_resolution_used_minutes, ${t}.resolution_running_since AS sla_resolution_running_since,
    (SELECT json_agg(json_build_object('metric', r.metric, 'due_at', r.due_at, 'met_at', r.met_at, 'breached', r.breached) ORDER BY r.met_at)
       FROM ticket_sla_results r WHERE r.ticket_id = ${t}.thread_id) AS sla_results`;
}

type Target = z.infer<typeof SlaTarget>;
const METRICS: readonly SlaMetric[] = ['first_response', 'next_response', 'resolution'];

/**
 * The ticket's SLA as both sides see it: one target per metric that has one. A running target is breached once
 * past due; a met one if it was met late; a paused resolution (pending customer) once its used time exceeds it.
 */
export function presentTicketSla(row: TicketSlaRow, now: Date): z.infer<typeof TicketSla> {
  const targets: Target[] = [];
  const columns = {
    first_response: [row.sla_first_response_target_minutes, row.sla_first_response_due_at],
    next_response: [row.sla_next_response_target_minutes, row.sla_next_response_due_at],
    resolution: [row.sla_resolution_target_minutes, row.sla_resolution_due_at],
  } as const;
  let soonest: Date | null = null;
  for (const metric of METRICS) {
    const [targetMinutes, dueAt] = columns[metric];
    if (targetMinutes === null) continue;
    const last = row.sla_results?.filter((result) => result.metric === metric).at(-1) ?? null;
    const paused = metric === 'resolution' && row.sla_status === 'pending_customer' && dueAt === null;
    // Solved or closed before any agent reply: no first response was given, so there is nothing to judge (no
    // result row, so compliance leaves it out too), rather than a target that looks met.
    if (metric === 'first_response' && !dueAt && !last) continue;
    if (dueAt) {
      if (!soonest || dueAt < soonest) soonest = dueAt;
      targets.push({
        metric,
        targetMinutes,
        dueAt: dueAt.toISOString(),
        breached: dueAt.getTime() < now.getTime(),
        metAt: null,
        paused: false,
      });
    } else if (paused) {
      targets.push({
        metric,
        targetMinutes,
        dueAt: null,
        breached: row.sla_resolution_used_minutes > targetMinutes,
        metAt: null,
        paused: true,
      });
    } else {
      targets.push({
        metric,
        targetMinutes,
        dueAt: null,
        breached: last?.breached ?? false,
        metAt: last ? new Date(last.met_at).toISOString() : null,
        paused: false,
      });
    }
  }
  return { policyId: row.sla_policy_id, dueAt: soonest?.toISOString() ?? null, targets };
}
