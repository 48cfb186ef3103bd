import type { Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { addDays } from '../recurrence.ts';
import { firstAccountAdmin, type TemplateRow } from '../repository-projects.ts';
import { insertChecklistItems, insertDependency, insertTask } from '../repository-tasks.ts';
import { emitTaskCreated } from '../webhook-events.ts';

/**
 * A template's tasks in a new project, inside its transaction: each due `offsetDays` after the start (none when
 * null), the staff side assigned to the creator and the client side to the account's first admin (staff too when
 * the project is internal), with its checklist, its recurrence (the first occurrence is due on its day; completing
 * it makes the next, as for any repeating task) and the links to the earlier tasks it waits for.
 */
export async function createTasksFromTemplate(
  tx: Queryable,
  template: Pick<TemplateRow, 'tasks'>,
  target: { projectId: string; accountId: string; internal: boolean; startDate: string; staffId: string; now: Date },
) {
  const client = target.internal ? null : await firstAccountAdmin(tx, target.accountId);
  const ids: string[] = [];
  for (const [position, task] of template.tasks.entries()) {
    // Ids sort by their milliseconds: one more per position keeps the template's order among tasks due the same day
    // (the task lists' and a later save-as-template's tie-break), where one transaction's tasks share created_at.
    const id = newId(target.now.getTime() + position);
    ids.push(id);
    await insertTask(tx, {
      id,
      projectId: target.projectId,
      accountId: target.accountId,
      title: task.title,
      description: task.description ?? '',
      priority: task.priority ?? 'normal',
      assigneeId: task.assignTo === 'client' ? (client ?? target.staffId) : target.staffId,
      dueDate: task.offsetDays === null ? null : addDays(target.startDate, task.offsetDays),
      recurrence: task.recurrence ?? null,
      createdBy: target.staffId,
      now: target.now,
    });
    await insertChecklistItems(
      tx,
      id,
      (task.checklist ?? []).map((title) => ({ id: newId(), title })),
    );
    for (const earlier of task.after ?? []) if (ids[earlier]) await insertDependency(tx, id, ids[earlier]!);
    await emitTaskCreated(
      tx,
      { id, projectId: target.projectId, accountId: target.accountId, internal: target.internal, title: task.title },
      target.now,
    );
  }
}
