import { z } from 'zod';
import { Id, ListQuery, Page, Timestamp } from './common.ts';

/*
 * The obligations timeline (issue 12): what the firm owes an account and what the account owes the firm, built from
 * each module's own records (tickets under SLA, tasks, promised deliverables, file requests, invoices, and whatever a
 * later module adds: `kind` and `module` are open strings). Overdue first: the order is due time ascending, items
 * without a due date last.
 */

export const ObligationSide = z.enum(['firm', 'client']);
export type ObligationSide = z.infer<typeof ObligationSide>;

export const Obligation = z.object({
  /** The object's own id (a task, a ticket, a file request, an invoice, ...). */
  id: Id,
  accountId: Id,
  accountName: z.string(),
  side: ObligationSide,
  /** The segment module the item comes from. */
  module: z.string(),
  /** `ticket`, `task`, `deliverable`, `file_request`, `invoice`, ... */
  kind: z.string(),
  title: z.string(),
  owner: z.object({ id: Id, name: z.string() }).nullable(),
  /** Null: no due date. For an all-day item, the day (`YYYY-MM-DD`) is `dueDate` and `dueAt` is its midnight UTC. */
  dueAt: Timestamp.nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  /** The module's own state of the object (`todo`, `open`, `sent`, ...). */
  state: z.string(),
  /** The web app page of the object, for the caller's layout. */
  link: z.string(),
});
export type Obligation = z.infer<typeof Obligation>;

export const ObligationsQuery = ListQuery.extend({
  /** One side of the timeline: staff may read both; the account's people read the firm's commitments shown to them and their own. */
  side: ObligationSide,
});

export const ObligationPage = Page(Obligation);
export type ObligationPage = z.infer<typeof ObligationPage>;

export const WaitingItemsQuery = ListQuery;

/** The caller's calendar feed: the secret URL is shown once, when it is made (a rotation makes a new one). */
export const CalendarFeed = z.object({
  active: z.boolean(),
  createdAt: Timestamp.nullable(),
  /** Only in the answer that made it. */
  url: z.string().optional(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;
