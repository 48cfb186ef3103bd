import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { projectPolicy } from '../policy.ts';
import { findProject } from '../repository-projects.ts';
import { findTask } from '../repository-tasks.ts';

export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

/** A project the caller may see (people: not internal), or 404 whether it is missing or someone else's. */
export async function loadProject(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db, lock = false) {
  const row = await findProject(db, id, scopeParams(accountScopeOf(actor)), projectPolicy.seesInternal(actor), lock);
  if (!row) throw notFound();
  return row;
}

/** A task the caller may see, the same way; `lock` holds its row for the rest of the transaction. */
export async function loadTask(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db, lock = false) {
  const row = await findTask(
    db,
    id,
    todayOf(ctx.clock.now()),
    scopeParams(accountScopeOf(actor)),
    projectPolicy.seesInternal(actor),
    lock,
  );
  if (!row) throw notFound();
  return row;
}

/**
 * A task change on the event stream: the account's people receive it unless the project is internal (then staff
 * only). Ids only: a stream reader fetches the task through the API, which applies the policy again.
 */
export function publishTaskEvent(
  db: Queryable,
  type: 'task.created' | 'task.updated' | 'task.deleted',
  task: { id: string; projectId: string; accountId: string; internal: boolean },
  now: Date,
) {
  return publishEvent(
    db,
    {
      type,
      accountId: task.accountId,
      audience: task.internal ? 'staff' : 'account',
      data: { taskId: task.id, projectId: task.projectId },
    },
    now,
  );
}
