import type { TaskView, TaskViewFilters, TimeEntry, TimeTotals } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { projectPolicy } from './policy.ts';
import type { TaskViewRow, TimeEntryRow, TimeTotalsRow } from './repository-time.ts';

export function presentTimeEntry(row: TimeEntryRow, actor: Actor): TimeEntry {
  return {
    id: row.id,
    taskId: row.task_id,
    taskTitle: row.task_title,
    projectId: row.project_id,
    accountId: row.account_id,
    subject: {
      kind: row.subject_kind,
      id: row.task_id ?? row.thread_id ?? row.account_id,
      title: row.task_title ?? row.thread_subject,
    },
    person: row.user_id ? { id: row.user_id, name: row.user_name ?? '', staff: row.user_staff } : null,
    date: row.work_date,
    minutes: row.minutes,
    note: row.note,
    billable: row.billable,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    abilities: projectPolicy.timeEntryAbilities(actor, row.user_id),
  };
}

export const presentTimeTotals = (row: TimeTotalsRow): TimeTotals => ({
  billableMinutes: row.billable,
  nonBillableMinutes: row.non_billable,
  totalMinutes: row.billable + row.non_billable,
});

export const presentTaskView = (row: TaskViewRow, actor: Actor): TaskView => ({
  id: row.id,
  name: row.name,
  filters: row.filters as TaskViewFilters,
  createdAt: row.created_at.toISOString(),
  abilities: projectPolicy.taskViewAbilities(actor),
});
