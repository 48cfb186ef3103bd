import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { txHook } from '../../platform/tx-hooks.ts';
import { insertProject } from './repository-projects.ts';
import { insertTask } from './repository-tasks.ts';
import { emitTaskCreated } from './webhook-events.ts';

/** A task was marked done, inside that transaction (onboarding completes its task step). */
export const taskCompleted = txHook<{ taskId: string; now: Date }>();

/**
 * A project with one task, made inside another module's transaction (onboarding's task steps: one project per
 * onboarding, `projectId` given once it exists). The caller checked who may do it and that the account has projects.
 */
export async function createTaskInTransaction(
  tx: Queryable,
  input: {
    accountId: string;
    projectId: string | null;
    projectName: string;
    /** With no projectId: the account's live, shared project of that name if there is one (else a new one). */
    reuseProjectByName?: boolean;
    title: string;
    description: string;
    assigneeId: string | null;
    createdBy: string | null;
    now: Date;
  },
) {
  const existing =
    !input.projectId && input.reuseProjectByName
      ? await findProjectByName(tx, input.accountId, input.projectName)
      : null;
  const projectId = input.projectId ?? existing ?? newId(input.now.getTime());
  if (!input.projectId && !existing)
    await insertProject(tx, {
      id: projectId,
      accountId: input.accountId,
      name: input.projectName,
      description: '',
      status: 'active',
      startDate: null,
      dueDate: null,
      internal: false,
      clientsSeeTime: false,
      templateId: null,
      createdBy: input.createdBy,
      now: input.now,
    });
  const taskId = newId(input.now.getTime());
  await insertTask(tx, {
    id: taskId,
    projectId,
    accountId: input.accountId,
    title: input.title,
    description: input.description,
    priority: 'normal',
    assigneeId: input.assigneeId,
    dueDate: null,
    recurrence: null,
    createdBy: input.createdBy,
    now: input.now,
  });
  await emitTaskCreated(
    tx,
    { id: taskId, projectId, accountId: input.accountId, internal: false, title: input.title },
    input.now,
  );
  return { projectId, taskId };
}

/** The account's oldest live, shared project of this name (by the caller's account: a module's own writes). */
async function findProjectByName(tx: Queryable, accountId: string, name: string) {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT id FROM projects WHERE account_id = $1 AND name = $2 AND NOT internal AND status = 'active'
     ORDER BY created_at, id LIMIT 1`,
    [accountId, name],
  );
  return rows[0]?.id ?? null;
}
