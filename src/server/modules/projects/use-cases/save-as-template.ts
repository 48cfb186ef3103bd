import type { SaveProjectAsTemplate } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { projectPolicy } from '../policy.ts';
import { insertTemplate, tasksForTemplate } from '../repository-projects.ts';
import { templateFromProject } from '../template-from-project.ts';
import { loadProject } from './load.ts';
import { getTemplateUseCase, uniqueViolationAsNameTaken } from './templates.ts';

/** What a template holds at most (contract: `tasks` max 100, days 0-3650). */
const MAX_TASKS = 100;
const MAX_DAYS = 3650;

/**
 * Saves a project's plan as a new template (staff, from a project they see: another scope's reads as missing, 404).
 * The tasks, their sides, checklists, links and recurrence are read and the template written in one transaction, so
 * the template is the project as it was at one moment; the name is free ignoring case or 409 `name_taken` (the
 * unique index decides between two saves at once). The project itself is left untouched.
 */
export async function saveProjectAsTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  projectId: string,
  input: SaveProjectAsTemplate,
) {
  await loadProject(ctx, actor, projectId);
  if (!projectPolicy.canSaveAsTemplate(actor)) throw forbidden();
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db
    .transaction(async (tx) => {
      // The project's row lock: links are added under it, so the plan read is one state; deleted meanwhile, 404.
      const project = await loadProject(ctx, actor, projectId, tx, true);
      const tasks = await tasksForTemplate(tx, projectId);
      // A repeating task's occurrences are one template task: counted before any work on a project too large.
      const ids = new Set(tasks.map((task) => task.id));
      const count = tasks.filter((task) => !task.previous_id || !ids.has(task.previous_id)).length;
      if (count > MAX_TASKS)
        throw conflict(
          `A template holds at most ${MAX_TASKS} tasks and this project has ${count}. Remove some, or build the template by hand.`,
          'too_many_tasks',
        );
      const plan = templateFromProject(
        {
          startDate: project.start_date,
          dueDate: project.due_date,
          createdAt: project.created_at,
          internal: project.internal,
        },
        tasks.map((task) => ({
          id: task.id,
          title: task.title,
          description: task.description,
          priority: task.priority,
          assigneeIsStaff: task.assignee_staff,
          dueDate: task.due_date,
          recurrence: task.recurrence,
          previousId: task.previous_id,
          createdAt: task.created_at,
          checklist: task.checklist,
          dependsOn: task.depends_on,
        })),
      );
      if (plan.durationDays > MAX_DAYS)
        throw conflict(
          `A template lasts at most ${MAX_DAYS} days and this project's tasks run over ${plan.durationDays}.`,
          'too_long',
        );
      await insertTemplate(tx, {
        id,
        name: input.name,
        description: input.description ?? project.description.slice(0, 10_000),
        duration_days: plan.durationDays,
        // A staff-only project makes a staff-only template (its tasks are all on the firm's side already).
        internal: project.internal,
        tasks: plan.tasks,
        createdBy: actor.userId,
        now,
      });
      await recordAudit(tx, {
        action: 'project.saved_as_template',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'project_template', id, label: input.name },
        accountId: project.account_id,
        details: { projectId, project: project.name, tasks: plan.tasks.length, internal: project.internal },
        occurredAt: now,
      });
    })
    .catch(uniqueViolationAsNameTaken);
  return getTemplateUseCase(ctx, actor, id);
}
