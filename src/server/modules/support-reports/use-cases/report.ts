import type { SupportReport } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden } from '../../../platform/http/errors.ts';
import { supportReportsPolicy } from '../policy.ts';
import {
  createdTickets,
  formSessions,
  helpSessions,
  ratings,
  ratingsBy,
  slaTargets,
  solvedTickets,
  type Bucketed,
  type ReportWindow,
} from '../repository.ts';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

export interface SupportReportInput {
  from?: string;
  to?: string;
  segmentId?: string;
  interval: 'day' | 'week';
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
const minutes = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 100) / 100;
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

/**
 * The period is whole UTC days: [from 00:00, the day after `to` 00:00). Default: the last 30 days, today included.
 * Buckets start at `from` and are one day or seven days wide (the last may be shorter).
 */
export function reportPeriod(input: SupportReportInput, now: Date) {
  const toDay = input.to ? dayStart(input.to) : dayStart(now.toISOString().slice(0, 10));
  const fromDay = input.from ? dayStart(input.from) : new Date(toDay.getTime() - (DEFAULT_DAYS - 1) * DAY_MS);
  if (fromDay > toDay) throw fieldError('from', 'after_to', 'The start date must not be after the end date.');
  const to = new Date(toDay.getTime() + DAY_MS);
  if (to.getTime() - fromDay.getTime() > MAX_DAYS * DAY_MS)
    throw fieldError('from', 'range_too_long', `A report covers at most ${MAX_DAYS} days.`);
  const stepSeconds = input.interval === 'week' ? 7 * 86_400 : 86_400;
  const buckets = Math.ceil((to.getTime() - fromDay.getTime()) / (stepSeconds * 1000));
  return { from: fromDay, to, stepSeconds, buckets };
}

function indexed<T extends object>(rows: Bucketed<T>[]) {
  const byBucket = new Map<number, Bucketed<T>>();
  let total: Bucketed<T> | undefined;
  for (const row of rows) {
    if (row.bucket === null) total = row;
    else byBucket.set(row.bucket, row);
  }
  return { total, at: (bucket: number) => byBucket.get(bucket) };
}

/**
 * The support dashboard. Formulas (each over the period, and per bucket for the series):
 * - tickets: tickets created (created_at in the period).
 * - formSessions: ticket form sessions opened in the period; deflected: those of them that ended `deflected`
 *   (left, or swept idle, after opening a suggested article).
 * - deflectionRate = deflected / (deflected + form sessions of the period that ended `ticket_created`).
 * - helpSessions: help-center sessions started in the period; selfServiceScore = helpSessions / tickets.
 * - firstResponseMedianMinutes: median (percentile_cont 0.5) of first_response_at − created_at over the tickets
 *   created in the period that have a first response.
 * - resolutionMedianMinutes: median of solved_at − created_at over the tickets solved in the period.
 * - slaCompliance = SLA results met in time / all results recorded in the period (ticket_sla_results by met_at),
 *   where running targets already past due (due in the period, before now) count as results, breached.
 * - csatGood / csatBad: ratings given in the period (rated_at); csatScore = good / (good + bad).
 * - csatByAgent / csatByGroup: the same ratings by the assignee / group at solve time (id null: unassigned).
 * Every ratio is null when there is nothing to divide by. Limited agents get their assigned accounts' figures only
 * (the repository scopes every query by account).
 */
export async function supportReportUseCase(
  ctx: AppContext,
  actor: Actor,
  input: SupportReportInput,
): Promise<SupportReport> {
  if (!supportReportsPolicy.canView(actor)) throw forbidden();
  const now = ctx.clock.now();
  const period = reportPeriod(input, now);
  const window: ReportWindow = {
    scope: accountScopeOf(actor),
    from: period.from,
    to: period.to,
    segmentId: input.segmentId ?? null,
    stepSeconds: period.stepSeconds,
  };

  const created = indexed(await createdTickets(ctx.db, window));
  const solved = indexed(await solvedTickets(ctx.db, window));
  const sla = indexed(await slaTargets(ctx.db, window, now));
  const csat = indexed(await ratings(ctx.db, window));
  const forms = indexed(await formSessions(ctx.db, window));
  const help = indexed(await helpSessions(ctx.db, window));
  const byAgent = await ratingsBy(ctx.db, window, 'agent');
  const byGroup = await ratingsBy(ctx.db, window, 'group');

  const tickets = created.total?.tickets ?? 0;
  const deflected = forms.total?.deflected ?? 0;
  const helpCount = help.total?.sessions ?? 0;
  const good = csat.total?.good ?? 0;
  const bad = csat.total?.bad ?? 0;

  const series = Array.from({ length: period.buckets }, (_, bucket) => {
    const c = csat.at(bucket);
    const s = sla.at(bucket);
    return {
      start: new Date(period.from.getTime() + bucket * period.stepSeconds * 1000).toISOString(),
      tickets: created.at(bucket)?.tickets ?? 0,
      deflected: forms.at(bucket)?.deflected ?? 0,
      helpSessions: help.at(bucket)?.sessions ?? 0,
      firstResponseMedianMinutes: minutes(created.at(bucket)?.first_response_median),
      resolutionMedianMinutes: minutes(solved.at(bucket)?.resolution_median),
      slaCompliance: s ? ratio(s.met, s.total) : null,
      csatScore: c ? ratio(c.good, c.good + c.bad) : null,
    };
  });

  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    totals: {
      tickets,
      formSessions: forms.total?.total ?? 0,
      deflected,
      deflectionRate: ratio(deflected, deflected + (forms.total?.ticket_created ?? 0)),
      helpSessions: helpCount,
      selfServiceScore: ratio(helpCount, tickets),
      firstResponseMedianMinutes: minutes(created.total?.first_response_median),
      resolutionMedianMinutes: minutes(solved.total?.resolution_median),
      slaCompliance: ratio(sla.total?.met ?? 0, sla.total?.total ?? 0),
      csatGood: good,
      csatBad: bad,
      csatScore: ratio(good, good + bad),
    },
    series,
    csatByAgent: byAgent.map((row) => ({
      id: row.id,
      name: row.name ?? (row.id ? 'Unknown' : 'Unassigned'),
      good: row.good,
      bad: row.bad,
    })),
    csatByGroup: byGroup.map((row) => ({
      id: row.id,
      name: row.name ?? (row.id ? 'Unknown' : 'No group'),
      good: row.good,
      bad: row.bad,
    })),
  };
}
