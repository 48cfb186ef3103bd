import type { Person, Project, ProjectTemplate, Task, TaskSummary } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { projectPolicy } from './policy.ts';
import type { PersonRow, ProjectRow, TemplateRow } from './repository-projects.ts';
import type { TaskRow } from './repository-tasks.ts';

const person = (row: PersonRow): Person => ({ id: row.id, name: row.name, staff: row.staff });

export function presentProject(row: ProjectRow, members: PersonRow[], actor: Actor): Project {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    name: row.name,
    description: row.description,
    status: row.status,
    startDate: row.start_date,
    dueDate: row.due_date,
    internal: row.internal,
    clientsSeeTime: row.clients_see_time,
    members: members.map(person),
    taskCounts: { open: row.open_tasks, done: row.done_tasks },
    createdAt: row.created_at.toISOString(),
    version: row.version,
    abilities: projectPolicy.projectAbilities(actor, {
      clientsSeeTime: row.clients_see_time,
      fromInternalTemplate: row.from_internal_template,
    }),
  };
}

/** A stored template task (the seed's leave optional fields out) as the API shows it, defaults filled in. */
export function presentTemplate(row: TemplateRow, actor: Actor): ProjectTemplate {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    durationDays: row.duration_days,
    internal: row.internal,
    taskCount: row.tasks.length,
    tasks: row.tasks.map((task) => ({
      title: task.title,
      description: task.description ?? '',
      offsetDays: task.offsetDays,
      priority: task.priority ?? 'normal',
      assignTo: task.assignTo ?? 'staff',
      checklist: task.checklist ?? [],
      after: task.after ?? [],
      recurrence: task.recurrence ?? null,
    })),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    abilities: projectPolicy.templateAbilities(actor, row),
  };
}

export const taskFacts = (row: TaskRow) => ({
  accountId: row.account_id,
  assigneeId: row.assignee_id,
  assigneeIsStaff: row.assignee_staff,
  clientsSeeTime: row.clients_see_time,
});

export function presentTaskSummary(row: TaskRow, actor: Actor): TaskSummary {
  return {
    id: row.id,
    projectId: row.project_id,
    projectName: row.project_name,
    accountId: row.account_id,
    accountName: row.account_name,
    title: row.title,
    status: row.status,
    priority: row.priority,
    assignee: row.assignee_id
      ? { id: row.assignee_id, name: row.assignee_name ?? '', staff: row.assignee_staff }
      : null,
    dueDate: row.due_date,
    overdue: row.overdue,
    blocked: row.blocked,
    recurrence: row.recurrence,
    checklist: { done: row.checklist_done, total: row.checklist_total },
    version: row.version,
    abilities: projectPolicy.taskAbilities(actor, taskFacts(row)),
  };
}

export interface TaskParts {
  checklist: { id: string; title: string; done: boolean }[];
  links: { direction: 'depends_on' | 'blocks'; id: string; title: string; status: TaskRow['status'] }[];
  followers: PersonRow[];
}

export function presentTask(row: TaskRow, parts: TaskParts, actor: Actor): Task {
  const link = ({ id, title, status }: TaskParts['links'][number]) => ({ id, title, status });
  return {
    ...presentTaskSummary(row, actor),
    description: row.description,
    checklistItems: parts.checklist,
    dependsOn: parts.links.filter((l) => l.direction === 'depends_on').map(link),
    blocks: parts.links.filter((l) => l.direction === 'blocks').map(link),
    followers: parts.followers.map(person),
    following: parts.followers.some((follower) => follower.id === actor.userId),
    completedAt: row.completed_at?.toISOString() ?? null,
    nextOccurrenceId: row.next_id,
    createdAt: row.created_at.toISOString(),
    projectInternal: row.internal,
  };
}
