import type { z } from 'zod';
import type { CreateBusinessCalendar, UpdateBusinessCalendar } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, invalid, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { isValidTimeZone, type WorkingInterval } from '../business-hours.ts';
import { slaPolicy } from '../policy.ts';
import { presentCalendar } from '../presenters.ts';
import {
  deleteCalendar,
  findCalendar,
  insertCalendar,
  listCalendars,
  updateCalendar,
  type CalendarFields,
} from '../repository.ts';

type CreateInput = z.infer<typeof CreateBusinessCalendar>;
type UpdateInput = z.infer<typeof UpdateBusinessCalendar>;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The rules zod cannot say: a real time zone, at least one interval, start before end, no overlap within a day, one entry per holiday. */
export function calendarErrors(fields: CalendarFields): FieldError[] {
  const errors: FieldError[] = [];
  if (!isValidTimeZone(fields.timeZone))
    errors.push({
      path: 'timeZone',
      code: 'invalid_time_zone',
      message: 'Use an IANA time zone such as Europe/Paris.',
    });
  if (fields.hours.length === 0)
    errors.push({ path: 'hours', code: 'no_working_hours', message: 'Add at least one working interval.' });
  const byDay = new Map<number, { index: number; start: number; end: number }[]>();
  fields.hours.forEach((interval: WorkingInterval, index) => {
    const start = minutesOf(interval.start);
    const end = minutesOf(interval.end);
    if (start >= end) {
      errors.push({
        path: `hours.${index}.end`,
        code: 'end_before_start',
        message: 'An interval must end after it starts.',
      });
      return;
    }
    byDay.set(interval.day, [...(byDay.get(interval.day) ?? []), { index, start, end }]);
  });
  for (const intervals of byDay.values()) {
    intervals.sort((a, b) => a.start - b.start);
    for (let i = 1; i < intervals.length; i += 1) {
      if (intervals[i]!.start < intervals[i - 1]!.end) {
        errors.push({
          path: `hours.${intervals[i]!.index}.start`,
          code: 'overlapping_hours',
          message: 'Intervals of the same day must not overlap.',
        });
      }
    }
  }
  const seen = new Set<string>();
  fields.holidays.forEach((holiday, index) => {
    if (seen.has(holiday.day))
      errors.push({
        path: `holidays.${index}.day`,
        code: 'duplicate_holiday',
        message: 'Each day may be listed once.',
      });
    seen.add(holiday.day);
  });
  return errors;
}

function validate(fields: CalendarFields) {
  const errors = calendarErrors(fields);
  if (errors.length > 0) throw invalid(errors);
}

const auditActor = (actor: Actor) => ({ id: actor.userId, label: actor.email });

export async function listCalendarsUseCase(ctx: AppContext, actor: Actor) {
  if (!slaPolicy.canView(actor)) throw forbidden();
  return { items: (await listCalendars(ctx.db)).map((row) => presentCalendar(row, actor)) };
}

export async function getCalendarUseCase(ctx: AppContext, actor: Actor, id: string) {
  if (!slaPolicy.canView(actor)) throw forbidden();
  const row = await findCalendar(ctx.db, id);
  if (!row) throw notFound();
  return presentCalendar(row, actor);
}

export async function createCalendarUseCase(ctx: AppContext, actor: Actor, input: CreateInput, ip: string) {
  if (!slaPolicy.canManage(actor)) throw forbidden();
  validate(input);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertCalendar(tx, id, input, now);
    await recordAudit(tx, {
      action: 'business_calendar.created',
      actor: auditActor(actor),
      target: { type: 'business_calendar', id, label: input.name },
      ip,
      occurredAt: now,
    });
  });
  return getCalendarUseCase(ctx, actor, id);
}

export async function updateCalendarUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateInput,
  expectedVersion: number | null,
  ip: string,
) {
  if (!slaPolicy.canView(actor)) throw forbidden();
  const current = await findCalendar(ctx.db, id);
  if (!current) throw notFound();
  if (!slaPolicy.canManage(actor)) throw forbidden();
  validate({
    name: input.name ?? current.name,
    timeZone: input.timeZone ?? current.time_zone,
    hours: input.hours ?? current.hours,
    holidays: input.holidays ?? current.holidays,
  });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateCalendar(tx, id, input, expectedVersion)))
      throw conflict('The calendar changed since you loaded it. Reload and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'business_calendar.updated',
      actor: auditActor(actor),
      target: { type: 'business_calendar', id, label: input.name ?? current.name },
      ip,
      details: { fields: Object.keys(input) },
      occurredAt: now,
    });
  });
  return getCalendarUseCase(ctx, actor, id);
}

/** Policies on this calendar fall back to around the clock; due times already computed on tickets stay as they are. */
export async function deleteCalendarUseCase(ctx: AppContext, actor: Actor, id: string, ip: string) {
  if (!slaPolicy.canView(actor)) throw forbidden();
  const current = await findCalendar(ctx.db, id);
  if (!current) throw notFound();
  if (!slaPolicy.canManage(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteCalendar(tx, id))) throw notFound();
    await recordAudit(tx, {
      action: 'business_calendar.deleted',
      actor: auditActor(actor),
      target: { type: 'business_calendar', id, label: current.name },
      ip,
      occurredAt: ctx.clock.now(),
    });
  });
}
