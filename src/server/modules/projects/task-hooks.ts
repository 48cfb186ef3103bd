import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { txHook } from '../../platform/tx-hooks.ts';
import { insertProject } from './repository-projects.ts';
import { insertTask } from './repository-tasks.ts';

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
    title: string;
    description: string;
    assigneeId: string | null;
    createdBy: string | null;
    now: Date;
  },
) {
  const projectId = input.projectId ?? newId(input.now.getTime());
  if (!input.projectId)
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
  return { projectId, taskId };
}
