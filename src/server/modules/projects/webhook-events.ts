import type { Queryable } from '../../platform/db/index.ts';
import { emitWebhookEvent } from '../../platform/webhook-events.ts';

/*
 * Projects' outbound webhook events (platform/webhook-events.ts), emitted inside the change's transaction: ids and
 * the facts an integrator acts on; the receiver reads the task through the API, which applies the policy again.
 */

/** `task.created`: staff created it, a recurrence made the next one, or another module's hook did (a form). */
export function emitTaskCreated(
  tx: Queryable,
  task: { id: string; projectId: string; accountId: string; internal: boolean; title: string },
  now: Date,
) {
  return emitWebhookEvent(
    tx,
    {
      type: 'task.created',
      accountId: task.accountId,
      data: { taskId: task.id, projectId: task.projectId, title: task.title, internal: task.internal },
    },
    now,
  );
}

/** `task.completed`: the status changed to done (once per change: the task's row lock orders concurrent ones). */
export function emitTaskCompleted(
  tx: Queryable,
  task: { id: string; projectId: string; accountId: string; internal: boolean; title: string },
  completedBy: string,
  now: Date,
) {
  return emitWebhookEvent(
    tx,
    {
      type: 'task.completed',
      accountId: task.accountId,
      data: {
        taskId: task.id,
        projectId: task.projectId,
        title: task.title,
        internal: task.internal,
        completedBy,
        completedAt: now.toISOString(),
      },
    },
    now,
  );
}
