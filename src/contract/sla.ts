import { z } from 'zod';
import { Abilities, Id } from './common.ts';
import { TicketPriority } from './tickets.ts';

/*
 * SLA configuration (module `sla`): business calendars and policies per segment and priority. The clocks they
 * drive are presented on each ticket (`TicketSla` in tickets.ts).
 *
 *   GET/POST /business-calendars, GET/PATCH/DELETE /business-calendars/{calendarId}   (staff read, admins write)
 *   GET/POST /sla-policies?segmentId=, PATCH/DELETE /sla-policies/{policyId}
 */

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
export const WorkingHours = z.object({
  day: z.number().int().min(1).max(7).describe('ISO weekday, Monday = 1'),
  start: HHMM,
  end: HHMM,
});
export const BusinessCalendar = z.object({
  id: Id,
  name: z.string(),
  timeZone: z.string(),
  hours: z.array(WorkingHours),
  holidays: z.array(z.object({ day: z.string().describe('YYYY-MM-DD'), name: z.string() })),
  version: z.number().int(),
  abilities: Abilities('update', 'delete'),
});
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;
export const CreateBusinessCalendar = z
  .object({
    name: z.string().trim().min(1).max(80),
    timeZone: z.string().min(1).max(64).describe('IANA time zone, e.g. Europe/Paris'),
    hours: z.array(WorkingHours).max(50),
    holidays: z
      .array(z.object({ day: z.iso.date(), name: z.string().trim().min(1).max(80) }))
      .max(400)
      .default([]),
  })
  .strict();
// zod's partial() keeps defaults, which would turn a missing field into a reset: updates extend without them.
export const UpdateBusinessCalendar = CreateBusinessCalendar.partial()
  .extend({ holidays: CreateBusinessCalendar.shape.holidays.unwrap().optional() })
  .strict();

export const SlaPolicy = z.object({
  id: Id,
  segmentId: Id,
  priority: TicketPriority,
  calendarId: Id.nullable(),
  firstResponseMinutes: z.number().int().nullable(),
  nextResponseMinutes: z.number().int().nullable(),
  resolutionMinutes: z.number().int().nullable(),
  version: z.number().int(),
  abilities: Abilities('update', 'delete'),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;
const Minutes = z.number().int().min(1).max(525_600).nullable();
export const CreateSlaPolicy = z
  .object({
    segmentId: Id,
    priority: TicketPriority,
    calendarId: Id.nullable().default(null),
    firstResponseMinutes: Minutes.default(null),
    nextResponseMinutes: Minutes.default(null),
    resolutionMinutes: Minutes.default(null),
  })
  .strict();
export const UpdateSlaPolicy = z
  .object({
    calendarId: Id.nullable(),
    firstResponseMinutes: Minutes,
    nextResponseMinutes: Minutes,
    resolutionMinutes: Minutes,
  })
  .partial()
  .strict();
