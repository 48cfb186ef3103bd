import type { UpdateTask } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { removeSubjectThreads } from '../../conversations/index.ts';
import { taskCompleted } from '../task-hooks.ts';
import { projectPolicy, STAFF_ONLY_TASK_FIELDS } from '../policy.ts';
import { taskFacts } from '../presenters.ts';
import { nextDueDate } from '../recurrence.ts';
import {
  deleteTask,
  insertChecklistItems,
  insertTask,
  listChecklist,
  unfinishedPrerequisites,
  updateTask,
} from '../repository-tasks.ts';
import { loadTask, publishTaskEvent, todayOf } from './load.ts';
import { emitTaskCompleted, emitTaskCreated } from '../webhook-events.ts';
import { checkAssignee, getTaskUseCase } from './tasks.ts';

const blocked = () => conflict('This task waits for other tasks that are not done yet.', 'task_blocked');

/**
 * Changes a task (If-Match: version, optional). Staff change anything; the account's people change only the status
 * of their tasks (a staff-only field is 403 `not_allowed`, never ignored). A task waiting for unfinished tasks
 * cannot start or complete (409 `task_blocked`). Completing a recurring task creates its next occurrence in the
 * same transaction: the task's row lock makes concurrent completions queue, only the one that changed the status
 * creates it, and `previous_id` being unique makes a second one impossible whatever happens.
 */
export async function updateTaskUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateTask,
  expectedVersion: number | null,
) {
  const current = await loadTask(ctx, actor, id);
  const abilities = projectPolicy.taskAbilities(actor, taskFacts(current));
  const staffOnly = STAFF_ONLY_TASK_FIELDS.filter((field) => input[field] !== undefined);
  if (staffOnly.length && !abilities.update)
    throw forbidden(`Only the firm changes these fields: ${staffOnly.join(', ')}.`, 'not_allowed');
  if (input.status !== undefined && !abilities.changeStatus) throw forbidden();
  if (input.assigneeId) await checkAssignee(ctx.db, current.account_id, input.assigneeId, current.internal);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await loadTask(ctx, actor, id, tx, true);
    const starting = input.status === 'in_progress' || input.status === 'done';
    if (starting && input.status !== locked.status && (await unfinishedPrerequisites(tx, id)).length) throw blocked();
    if (!(await updateTask(tx, id, input, actor.userId, now, expectedVersion))) throw staleVersion();
    const recurrence = input.recurrence === undefined ? locked.recurrence : input.recurrence;
    if (input.status === 'done' && locked.status !== 'done' && recurrence) {
      const nextId = newId();
      const created = await insertTask(tx, {
        id: nextId,
        projectId: locked.project_id,
        accountId: locked.account_id,
        title: input.title ?? locked.title,
        description: input.description ?? locked.description,
        priority: input.priority ?? locked.priority,
        assigneeId: input.assigneeId === undefined ? locked.assignee_id : input.assigneeId,
        dueDate: nextDueDate(recurrence, input.dueDate ?? locked.due_date, todayOf(now)),
        recurrence,
        previousId: id,
        createdBy: actor.userId,
        now,
      });
      if (created) {
        // The checklist starts over, unticked.
        const items = await listChecklist(tx, id);
        await insertChecklistItems(
          tx,
          nextId,
          items.map((item) => ({ id: newId(), title: item.title })),
        );
        await publishTaskEvent(tx, 'task.created', taskRef(locked, nextId), now);
        await emitTaskCreated(tx, { ...taskRef(locked, nextId), title: input.title ?? locked.title }, now);
      }
    }
    await publishTaskEvent(tx, 'task.updated', taskRef(locked, id), now);
    if (input.status === 'done' && locked.status !== 'done') {
      await taskCompleted.fire(tx, { taskId: id, now });
      await emitTaskCompleted(tx, { ...taskRef(locked, id), title: input.title ?? locked.title }, actor.userId, now);
    }
  });
  return getTaskUseCase(ctx, actor, id);
}

const taskRef = (row: { project_id: string; account_id: string; internal: boolean }, id: string) => ({
  id,
  projectId: row.project_id,
  accountId: row.account_id,
  internal: row.internal,
});

export async function deleteTaskUseCase(ctx: AppContext, actor: Actor, id: string) {
  const current = await loadTask(ctx, actor, id);
  if (!projectPolicy.taskAbilities(actor, taskFacts(current)).delete) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await removeSubjectThreads(tx, 'task', [id]);
    await deleteTask(tx, id);
    await publishTaskEvent(tx, 'task.deleted', taskRef(current, id), now);
    await recordAudit(tx, {
      action: 'task.deleted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'task', id, label: current.title },
      accountId: current.account_id,
      occurredAt: now,
    });
  });
}
