import type { CreateTaskView } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { presentTaskView } from '../presenters-time.ts';
import { deleteTaskView, insertTaskView, listTaskViews } from '../repository-time.ts';

/** Enough for anyone's habits; a bound keeps one person from filling the table. */
const MAX_VIEWS = 50;

export async function listTaskViewsUseCase(ctx: AppContext, actor: Actor) {
  return { items: (await listTaskViews(ctx.db, actor.userId)).map((row) => presentTaskView(row, actor)) };
}

/**
 * Saves the list's current filters under a name, for the caller alone. The filters are kept as given: the list
 * applies the caller's scope when the view is used, so a view naming an account they lost shows nothing.
 */
export async function createTaskViewUseCase(ctx: AppContext, actor: Actor, input: CreateTaskView) {
  if ((await listTaskViews(ctx.db, actor.userId)).length >= MAX_VIEWS)
    throw conflict(`You can keep up to ${MAX_VIEWS} saved views; delete one first.`, 'too_many_views');
  const id = newId();
  const saved = await insertTaskView(ctx.db, {
    id,
    userId: actor.userId,
    name: input.name,
    filters: input.filters,
    now: ctx.clock.now(),
  });
  if (!saved) throw conflict('You already have a view with this name.', 'duplicate_name');
  const row = (await listTaskViews(ctx.db, actor.userId)).find((view) => view.id === id)!;
  return presentTaskView(row, actor);
}

export async function deleteTaskViewUseCase(ctx: AppContext, actor: Actor, id: string) {
  if (!(await deleteTaskView(ctx.db, actor.userId, id))) throw notFound();
}
