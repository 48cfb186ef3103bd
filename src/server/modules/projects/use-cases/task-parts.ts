import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { projectPolicy } from '../policy.ts';
import { taskFacts } from '../presenters.ts';
import {
  deleteChecklistItem,
  deleteDependency,
  insertChecklistItems,
  insertDependency,
  setFollowing,
  updateChecklistItem,
  wouldCycle,
} from '../repository-tasks.ts';
import { loadProject, loadTask, publishTaskEvent } from './load.ts';
import { getTaskUseCase } from './tasks.ts';

/** The task, loaded for the caller, and what the policy lets them do with it. */
async function taskFor(ctx: AppContext, actor: Actor, id: string) {
  const task = await loadTask(ctx, actor, id);
  return { task, abilities: projectPolicy.taskAbilities(actor, taskFacts(task)) };
}

const ref = (task: Awaited<ReturnType<typeof loadTask>>) => ({
  id: task.id,
  projectId: task.project_id,
  accountId: task.account_id,
  internal: task.internal,
});

/** Runs a change of a task's parts and tells the stream the task changed. */
async function changeParts(
  ctx: AppContext,
  task: Awaited<ReturnType<typeof loadTask>>,
  change: (tx: Queryable) => Promise<void>,
) {
  await ctx.db.transaction(async (tx) => {
    await change(tx);
    await publishTaskEvent(tx, 'task.updated', ref(task), ctx.clock.now());
  });
}

export async function addChecklistItemUseCase(ctx: AppContext, actor: Actor, taskId: string, title: string) {
  const { task, abilities } = await taskFor(ctx, actor, taskId);
  if (!abilities.editChecklist) throw forbidden();
  await changeParts(ctx, task, (tx) => insertChecklistItems(tx, taskId, [{ id: newId(), title }]));
  return getTaskUseCase(ctx, actor, taskId);
}

export async function updateChecklistItemUseCase(
  ctx: AppContext,
  actor: Actor,
  taskId: string,
  itemId: string,
  changes: { title?: string; done?: boolean },
) {
  const { task, abilities } = await taskFor(ctx, actor, taskId);
  if (!abilities.editChecklist) throw forbidden();
  await changeParts(ctx, task, async (tx) => {
    if (!(await updateChecklistItem(tx, taskId, itemId, changes))) throw notFound();
  });
  return getTaskUseCase(ctx, actor, taskId);
}

export async function deleteChecklistItemUseCase(ctx: AppContext, actor: Actor, taskId: string, itemId: string) {
  const { task, abilities } = await taskFor(ctx, actor, taskId);
  if (!abilities.editChecklist) throw forbidden();
  await changeParts(ctx, task, async (tx) => {
    if (!(await deleteChecklistItem(tx, taskId, itemId))) throw notFound();
  });
  return getTaskUseCase(ctx, actor, taskId);
}

/**
 * `taskId` waits for `dependsOnId`, a task of the same project. The project's row lock serializes link changes in
 * a project, so the cycle check sees every link committed before it: a cycle is 409 `dependency_cycle`.
 */
export async function addDependencyUseCase(ctx: AppContext, actor: Actor, taskId: string, dependsOnId: string) {
  const { task, abilities } = await taskFor(ctx, actor, taskId);
  if (!abilities.editDependencies) throw forbidden();
  const other = await loadTask(ctx, actor, dependsOnId).catch(() => null);
  if (!other || other.project_id !== task.project_id)
    throw fieldError('dependsOnId', 'unknown_task', 'Choose a task of the same project.');
  await changeParts(ctx, task, async (tx) => {
    await loadProject(ctx, actor, task.project_id, tx, true);
    if (await wouldCycle(tx, taskId, dependsOnId))
      throw conflict('That task already waits for this one, directly or through others.', 'dependency_cycle');
    await insertDependency(tx, taskId, dependsOnId);
  });
  return getTaskUseCase(ctx, actor, taskId);
}

export async function removeDependencyUseCase(ctx: AppContext, actor: Actor, taskId: string, dependsOnId: string) {
  const { task, abilities } = await taskFor(ctx, actor, taskId);
  if (!abilities.editDependencies) throw forbidden();
  await changeParts(ctx, task, async (tx) => {
    if (!(await deleteDependency(tx, taskId, dependsOnId))) throw notFound();
  });
  return getTaskUseCase(ctx, actor, taskId);
}

/** The caller follows a task they can see, or stops. */
export async function followTaskUseCase(ctx: AppContext, actor: Actor, taskId: string, following: boolean) {
  const { abilities } = await taskFor(ctx, actor, taskId);
  if (!abilities.follow) throw forbidden();
  await setFollowing(ctx.db, taskId, actor.userId, following);
  return getTaskUseCase(ctx, actor, taskId);
}
