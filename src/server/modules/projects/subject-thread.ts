import { accountScopeOf, scopeParams } from '../../platform/actor.ts';
import type { SubjectThreadProvider } from '../conversations/index.ts';
import { projectPolicy } from './policy.ts';
import { setFollowing } from './repository-tasks.ts';
import { findTaskForThread, taskListeners, taskShared } from './repository-thread.ts';

/**
 * A task's comments are the messages of its conversations thread (kind 'task'). Who reads and writes them is this
 * module's rule: whoever sees the task reads it (people never see internal projects), active callers comment, and
 * staff write internal notes. The assignee and followers hear of each comment; a commenter follows the task.
 */
export const taskThreads: SubjectThreadProvider = {
  async access(db, actor, taskId) {
    const task = await findTaskForThread(
      db,
      scopeParams(accountScopeOf(actor)),
      projectPolicy.seesInternal(actor),
      taskId,
    );
    if (!task) return null;
    const abilities = projectPolicy.taskAbilities(actor, {
      accountId: task.account_id,
      assigneeId: task.assignee_id,
      assigneeIsStaff: task.assignee_staff,
      clientsSeeTime: task.clients_see_time,
    });
    return {
      accountId: task.account_id,
      title: task.title,
      post: abilities.comment,
      postInternal: abilities.commentInternal,
    };
  },
  shared: taskShared,
  listeners: taskListeners,
  // Commenting on a task follows it (as it always has), so its reminders and changes reach the commenter too.
  posted: (tx, taskId, authorId) => setFollowing(tx, taskId, authorId, true),
};
