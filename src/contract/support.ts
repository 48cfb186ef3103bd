import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/*
 * Deflection and the support dashboard (modules `deflection`, `support-reports`).
 *
 *   POST /deflection/events                             DeflectionEvent (signed in or not) -> Ok
 *   POST /ticket-form-sessions                          -> 201 { id } (signed in: opening the new-ticket form)
 *   POST /ticket-form-sessions/{sessionId}/events       TicketFormEvent -> Ok
 *   GET  /support-reports?from=&to=&segmentId=&interval=day|week   SupportReport (staff)
 */

export const DeflectionEvent = z
  .object({
    kind: z.literal('help_session'),
    /** A random key the browser keeps for the visit (sessionStorage). */
    key: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  })
  .strict();
export const TicketFormSession = z.object({ id: Id });
export const TicketFormEvent = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('suggestions_shown'),
      query: z.string().trim().min(1).max(200),
      count: z.number().int().min(0).max(50),
    })
    .strict(),
  z.object({ kind: z.literal('suggestion_opened'), articleId: Id }).strict(),
  z.object({ kind: z.literal('left') }).strict(),
]);

export const ReportSeriesPoint = z.object({
  start: Timestamp,
  tickets: z.number().int(),
  deflected: z.number().int(),
  helpSessions: z.number().int(),
  firstResponseMedianMinutes: z.number().nullable(),
  resolutionMedianMinutes: z.number().nullable(),
  slaCompliance: z.number().nullable(),
  csatScore: z.number().nullable(),
});
export const SupportReportQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  segmentId: Id.optional(),
  interval: z.enum(['day', 'week']).default('day'),
});
export const SupportReport = z.object({
  from: Timestamp,
  to: Timestamp,
  totals: z.object({
    tickets: z.number().int(),
    formSessions: z.number().int(),
    deflected: z.number().int(),
    /** deflected / (deflected + tickets filed from the form); null when there is nothing to divide. */
    deflectionRate: z.number().nullable(),
    helpSessions: z.number().int(),
    /** Help-center sessions per ticket. */
    selfServiceScore: z.number().nullable(),
    firstResponseMedianMinutes: z.number().nullable(),
    resolutionMedianMinutes: z.number().nullable(),
    /** Share of SLA targets met in time (0..1). */
    slaCompliance: z.number().nullable(),
    csatGood: z.number().int(),
    csatBad: z.number().int(),
    /** good / (good + bad). */
    csatScore: z.number().nullable(),
  }),
  series: z.array(ReportSeriesPoint),
  csatByAgent: z.array(
    z.object({ id: Id.nullable(), name: z.string(), good: z.number().int(), bad: z.number().int() }),
  ),
  csatByGroup: z.array(
    z.object({ id: Id.nullable(), name: z.string(), good: z.number().int(), bad: z.number().int() }),
  ),
});
export type SupportReport = z.infer<typeof SupportReport>;
