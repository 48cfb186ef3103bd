import type { Recurrence, TaskPriority, TemplateTask } from '../../../contract/index.ts';

/*
 * A project's tasks as a template's (save a project as a template). Pure, table-tested: the use case reads the
 * tasks and writes the template.
 */

export interface ProjectTaskFacts {
  id: string;
  title: string;
  description: string;
  priority: TaskPriority;
  /** null: unassigned. */
  assigneeIsStaff: boolean | null;
  dueDate: string | null;
  recurrence: Recurrence | null;
  /** The occurrence this one follows (a repeating task's next occurrence). */
  previousId: string | null;
  createdAt: Date;
  checklist: string[];
  dependsOn: string[];
}

export interface ProjectFacts {
  startDate: string | null;
  dueDate: string | null;
  createdAt: Date;
  internal: boolean;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/**
 * The template of a project:
 * - the day it counts from is the project's start date, else the day it was created; a task due before that day is
 *   due on day 0, one without a due date has none (`offsetDays: null`);
 * - a repeating task's occurrences are one template task: the first occurrence's day, the latest's fields
 *   (title, checklist, recurrence: what the work is now), the links of all of them;
 * - the side is the assignee's: the client's for one of the account's people, else the firm's (staff, unassigned,
 *   and every task of an internal project, so a staff-only task never lands on a client);
 * - tasks are ordered by day, each after the tasks it waits for (the template's `after` names earlier ones only);
 * - the length is the project's (start to due date) or, when longer, up to the last task's day.
 */
export function templateFromProject(project: ProjectFacts, tasks: ProjectTaskFacts[]) {
  const base = project.startDate ?? project.createdAt.toISOString().slice(0, 10);
  const byId = new Map(tasks.map((task) => [task.id, task]));
  // Each occurrence's first occurrence (the chain's head), following previous_id within the project.
  const headOf = new Map<string, string>();
  const findHead = (task: ProjectTaskFacts): string => {
    const known = headOf.get(task.id);
    if (known) return known;
    const previous = task.previousId ? byId.get(task.previousId) : undefined;
    headOf.set(task.id, task.id); // a guard should a chain ever loop
    const head = previous ? findHead(previous) : task.id;
    headOf.set(task.id, head);
    return head;
  };
  const heads = tasks.filter((task) => findHead(task) === task.id);
  // The latest occurrence of each chain: the one no other occurrence follows (the newest, should there be forks).
  const latest = new Map<string, ProjectTaskFacts>();
  for (const task of tasks) {
    const head = headOf.get(task.id)!;
    const current = latest.get(head);
    if (!current || isLater(task, current, byId)) latest.set(head, task);
  }
  const waitsFor = new Map<string, Set<string>>(heads.map((head) => [head.id, new Set()]));
  for (const task of tasks) {
    const head = headOf.get(task.id)!;
    for (const other of task.dependsOn) {
      const otherHead = headOf.get(other);
      if (otherHead && otherHead !== head) waitsFor.get(head)!.add(otherHead);
    }
  }
  const offsetOf = (task: ProjectTaskFacts) => (task.dueDate ? Math.max(0, daysBetween(base, task.dueDate)) : null);
  const ordered = orderByPrerequisites(heads, waitsFor, offsetOf);
  const position = new Map(ordered.map((task, index) => [task.id, index]));
  const templateTasks: TemplateTask[] = ordered.map((head, index) => {
    const current = latest.get(head.id)!;
    return {
      title: current.title,
      description: current.description,
      offsetDays: offsetOf(head),
      priority: current.priority,
      assignTo: !project.internal && current.assigneeIsStaff === false ? 'client' : 'staff',
      checklist: current.checklist,
      after: [...waitsFor.get(head.id)!]
        .map((id) => position.get(id)!)
        .filter((at) => at < index)
        .sort((a, b) => a - b),
      recurrence: current.recurrence,
    };
  });
  const projectLength = project.dueDate ? Math.max(0, daysBetween(base, project.dueDate)) : 0;
  const lastDay = Math.max(0, ...templateTasks.map((task) => task.offsetDays ?? 0));
  return { durationDays: Math.max(projectLength, lastDay), tasks: templateTasks };
}

/** Whether `a` follows `b` in their chain (b is among a's previous occurrences), else the newer of the two. */
function isLater(a: ProjectTaskFacts, b: ProjectTaskFacts, byId: Map<string, ProjectTaskFacts>) {
  const follows = (later: ProjectTaskFacts, earlier: ProjectTaskFacts) => {
    let at = later.previousId;
    for (let steps = 0; at && steps <= byId.size; steps++) {
      if (at === earlier.id) return true;
      at = byId.get(at)?.previousId ?? null;
    }
    return false;
  };
  if (follows(a, b)) return true;
  if (follows(b, a)) return false;
  return a.createdAt.getTime() > b.createdAt.getTime();
}

/**
 * A stable topological order: of the tasks whose prerequisites are all placed, the soonest due first (undated
 * last), then the oldest. Links are acyclic (the server refuses a cycle); should one exist anyway, the rest is
 * placed by day and its links to later tasks are dropped by the caller.
 */
function orderByPrerequisites(
  tasks: ProjectTaskFacts[],
  waitsFor: Map<string, Set<string>>,
  offsetOf: (task: ProjectTaskFacts) => number | null,
) {
  const key = (task: ProjectTaskFacts) => [offsetOf(task) ?? Number.MAX_SAFE_INTEGER, task.createdAt.getTime()];
  const compare = (a: ProjectTaskFacts, b: ProjectTaskFacts) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0]! - kb[0]! || ka[1]! - kb[1]! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  const remaining = [...tasks].sort(compare);
  const placed = new Set<string>();
  const order: ProjectTaskFacts[] = [];
  while (remaining.length) {
    let next = remaining.findIndex((task) => [...waitsFor.get(task.id)!].every((id) => placed.has(id)));
    if (next < 0) next = 0;
    const [task] = remaining.splice(next, 1);
    placed.add(task!.id);
    order.push(task!);
  }
  return order;
}
