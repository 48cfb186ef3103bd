import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';
import { Person, TaskStatus } from './projects.ts';

/*
 * Time entries on tasks, and saved views of the task list (issue 12).
 *
 *   GET    /tasks/{taskId}/time-entries                 { items: TimeEntry[], totals, abilities }
 *   POST   /tasks/{taskId}/time-entries                 CreateTimeEntry -> 201 TimeEntry (staff)
 *   PATCH  /time-entries/{timeEntryId}                  UpdateTimeEntry -> TimeEntry (author; staff admins any)
 *   DELETE /time-entries/{timeEntryId}                  -> Ok (author; staff admins any)
 *   GET    /projects/{projectId}/time-totals            TimeTotals
 *   GET    /accounts/{accountId}/time-entries?from&to[&subjectId]   Page<TimeEntry> + totals + abilities (staff)
 *   GET    /task-views                                  { items: TaskView[] } (the caller's own)
 *   POST   /task-views                                  CreateTaskView -> 201 TaskView
 *   DELETE /task-views/{taskViewId}                     -> Ok
 */

const DateOnly = z.iso.date();

export const TimeTotals = z.object({
  billableMinutes: z.number().int(),
  nonBillableMinutes: z.number().int(),
  totalMinutes: z.number().int(),
});
export type TimeTotals = z.infer<typeof TimeTotals>;

/** What time was spent on: a task, the account itself, one of its tickets, or one of its conversation threads. */
export const TimeSubjectKind = z.enum(['task', 'account', 'ticket', 'thread']);
export type TimeSubjectKind = z.infer<typeof TimeSubjectKind>;

export const TimeEntry = z.object({
  id: Id,
  /** Null for time on the account, a ticket or a thread (then `subject` says which). */
  taskId: Id.nullable(),
  taskTitle: z.string().nullable(),
  projectId: Id.nullable(),
  accountId: Id,
  subject: z.object({ kind: TimeSubjectKind, id: Id, title: z.string().nullable() }),
  person: Person.nullable(),
  date: DateOnly,
  minutes: z.number().int(),
  note: z.string(),
  billable: z.boolean(),
  createdAt: Timestamp,
  version: z.number().int(),
  abilities: Abilities('update', 'delete'),
});
export type TimeEntry = z.infer<typeof TimeEntry>;

export const TaskTime = z.object({
  items: z.array(TimeEntry),
  totals: TimeTotals,
  abilities: Abilities('create'),
});
export type TaskTime = z.infer<typeof TaskTime>;

/** A day's work at most; a note is plain text. */
const Minutes = z.number().int().min(1).max(1440);
export const CreateTimeEntry = z
  .object({
    date: DateOnly,
    minutes: Minutes,
    note: z.string().trim().max(2000).default(''),
    billable: z.boolean().default(true),
  })
  .strict();
export type CreateTimeEntry = z.infer<typeof CreateTimeEntry>;
/**
 * Time on the account itself, or on one of its tickets (`ticketId`) or conversation threads (`threadId`): at most
 * one of the two. It counts toward the account's retainer like time on its tasks.
 */
export const CreateAccountTimeEntry = CreateTimeEntry.extend({
  ticketId: Id.optional(),
  threadId: Id.optional(),
})
  .strict()
  .refine((value) => !(value.ticketId && value.threadId), {
    path: ['threadId'],
    message: 'Name a ticket or a thread, not both.',
  });
export type CreateAccountTimeEntry = z.infer<typeof CreateAccountTimeEntry>;
export const UpdateTimeEntry = z
  .object({
    date: DateOnly.optional(),
    minutes: Minutes.optional(),
    note: z.string().trim().max(2000).optional(),
    billable: z.boolean().optional(),
  })
  .strict();
export type UpdateTimeEntry = z.infer<typeof UpdateTimeEntry>;

/** `subjectId`: only the time on that ticket or conversation thread of the account. */
export const AccountTimeQuery = ListQuery.extend({ from: DateOnly, to: DateOnly, subjectId: Id.optional() }).strict();
export type AccountTimeQuery = z.infer<typeof AccountTimeQuery>;
export const AccountTimePage = z.object({
  items: z.array(TimeEntry),
  nextCursor: z.string().nullable(),
  /** The account's totals over the period (all its time, whatever `subjectId` is). */
  totals: TimeTotals,
  /** `create`: the caller may log time on this account (POST /accounts/{accountId}/time-entries). */
  abilities: Abilities('create'),
});

/** The task list's filters a view keeps (the same names as the list's query). */
export const TaskViewFilters = z
  .object({
    status: z.array(TaskStatus).max(4).optional(),
    assignee: z.union([z.literal('me'), Id]).optional(),
    dueBefore: DateOnly.optional(),
    projectId: Id.optional(),
    accountId: Id.optional(),
  })
  .strict();
export type TaskViewFilters = z.infer<typeof TaskViewFilters>;
export const TaskView = z.object({
  id: Id,
  name: z.string(),
  filters: TaskViewFilters,
  createdAt: Timestamp,
  abilities: Abilities('delete'),
});
export type TaskView = z.infer<typeof TaskView>;
export const CreateTaskView = z.object({ name: z.string().trim().min(1).max(100), filters: TaskViewFilters }).strict();
export type CreateTaskView = z.infer<typeof CreateTaskView>;
