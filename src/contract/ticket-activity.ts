import { z } from 'zod';
import { Id, ListQuery, Timestamp } from './common.ts';
import { TicketFieldValue, TicketPriority, TicketStatus } from './tickets.ts';

/*
 * Ticket activity (module `tickets`): the history of a ticket's fields, for staff.
 *
 *   GET /tickets/{ticketId}/activity?limit=&cursor=     Page<TicketActivity>, newest first (staff; a ticket outside
 *                                                      the caller's accounts is 404, as a missing one)
 *
 * One item per change of the ticket (an update, a bulk change, a reply that moved the status, a merge, auto-close),
 * listing only the fields whose value changed. People, groups and tickets are given with their current name or
 * number; `name`/`number` is null when that object no longer exists. `actor` null: the system (auto-close).
 */

/** A person or group named by the change. */
export const TicketActivityRef = z.object({ id: Id, name: z.string().nullable() });
export type TicketActivityRef = z.infer<typeof TicketActivityRef>;
export const TicketActivityTicketRef = z.object({ id: Id, number: z.number().int().nullable() });

export const TicketActivityChange = z.discriminatedUnion('field', [
  z.object({ field: z.literal('status'), from: TicketStatus, to: TicketStatus }),
  z.object({ field: z.literal('priority'), from: TicketPriority, to: TicketPriority }),
  z.object({ field: z.literal('assignee'), from: TicketActivityRef.nullable(), to: TicketActivityRef.nullable() }),
  z.object({ field: z.literal('group'), from: TicketActivityRef.nullable(), to: TicketActivityRef.nullable() }),
  z.object({ field: z.literal('tags'), from: z.array(z.string()), to: z.array(z.string()) }),
  /** One item per custom field; `customField.name` is the field's label. */
  z.object({
    field: z.literal('customField'),
    customField: TicketActivityRef,
    from: TicketFieldValue,
    to: TicketFieldValue,
  }),
  z.object({ field: z.literal('subject'), from: z.string(), to: z.string() }),
  z.object({ field: z.literal('ccs'), from: z.array(TicketActivityRef), to: z.array(TicketActivityRef) }),
  z.object({
    field: z.literal('mergedInto'),
    from: TicketActivityTicketRef.nullable(),
    to: TicketActivityTicketRef.nullable(),
  }),
]);
export type TicketActivityChange = z.infer<typeof TicketActivityChange>;
export type TicketActivityField = TicketActivityChange['field'];

export const TicketActivity = z.object({
  id: Id,
  ticketId: Id,
  occurredAt: Timestamp,
  actor: z.object({ id: Id, name: z.string() }).nullable(),
  changes: z.array(TicketActivityChange),
});
export type TicketActivity = z.infer<typeof TicketActivity>;

export const TicketActivityQuery = ListQuery;
