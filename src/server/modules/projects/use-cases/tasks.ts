import type { CreateTask, TaskListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError, forbidden } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { projectPolicy } from '../policy.ts';
import { presentTask, presentTaskSummary } from '../presenters.ts';
import { eligiblePeople } from '../repository-projects.ts';
import {
  insertChecklistItems,
  insertTask,
  listChecklist,
  listFollowers,
  listLinks,
  listTasks,
} from '../repository-tasks.ts';
import { loadProject, loadTask, publishTaskEvent, todayOf } from './load.ts';
import { emitTaskCreated } from '../webhook-events.ts';

export async function getTaskUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadTask(ctx, actor, id);
  const [checklist, links, followers] = await Promise.all([
    listChecklist(ctx.db, id),
    listLinks(ctx.db, id),
    listFollowers(ctx.db, id),
  ]);
  return presentTask(row, { checklist, links, followers }, actor);
}

/** An assignee works in the account: staff, or (unless the project is internal) one of the account's people. */
export async function checkAssignee(db: Queryable, accountId: string, assigneeId: string, internal: boolean) {
  if (!(await eligiblePeople(db, accountId, [assigneeId], internal)).length)
    throw fieldError('assigneeId', 'not_eligible', 'Assign the task to staff or to a person of this account.');
}

export async function createTaskUseCase(ctx: AppContext, actor: Actor, projectId: string, input: CreateTask) {
  const project = await loadProject(ctx, actor, projectId);
  if (!projectPolicy.canManage(actor)) throw forbidden();
  if (input.assigneeId) await checkAssignee(ctx.db, project.account_id, input.assigneeId, project.internal);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertTask(tx, {
      id,
      projectId,
      accountId: project.account_id,
      title: input.title,
      description: input.description,
      priority: input.priority,
      assigneeId: input.assigneeId,
      dueDate: input.dueDate,
      recurrence: input.recurrence,
      createdBy: actor.userId,
      now,
    });
    await insertChecklistItems(
      tx,
      id,
      input.checklist.map((title) => ({ id: newId(), title })),
    );
    const ref = { id, projectId, accountId: project.account_id, internal: project.internal };
    await publishTaskEvent(tx, 'task.created', ref, now);
    await emitTaskCreated(tx, { ...ref, title: input.title }, now);
  });
  return getTaskUseCase(ctx, actor, id);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Tasks in the caller's scope (people: their accounts with the module, never internal projects), soonest due
 * first. `assignee=me` is "my tasks": for staff across every account they see, for people across their accounts.
 * A project or account outside the scope lists nothing, the same as one without tasks.
 */
export async function listTasksUseCase(ctx: AppContext, actor: Actor, query: TaskListQuery, projectId?: string) {
  if (projectId) await loadProject(ctx, actor, projectId);
  const cursor = decodeCursor(query.cursor, ['text', 'uuid']);
  if (cursor && !DATE.test(cursor[0]!))
    throw fieldError('cursor', 'invalid_cursor', 'This cursor is not valid; start again from the first page.');
  const rows = await listTasks(
    ctx.db,
    todayOf(ctx.clock.now()),
    scopeParams(accountScopeOf(actor)),
    projectPolicy.seesInternal(actor),
    {
      statuses: query.status,
      assigneeId: query.assignee === 'me' ? actor.userId : query.assignee,
      dueBefore: query.dueBefore,
      projectId: projectId ?? query.projectId,
      accountId: query.accountId,
      cursor,
      limit: query.limit,
    },
  );
  return toPage(
    rows,
    query.limit,
    (row) => presentTaskSummary(row, actor),
    (row) => [row.cursor_due, row.id],
  );
}
