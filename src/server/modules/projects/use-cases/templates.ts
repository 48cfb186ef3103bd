import type { CreateProjectTemplate, TemplateTask, UpdateProjectTemplate } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, invalid, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { projectPolicy } from '../policy.ts';
import { presentTemplate } from '../presenters.ts';
import { deleteTemplate, findTemplate, insertTemplate, listTemplates, updateTemplate } from '../repository-projects.ts';

/*
 * Project templates: the firm's playbooks ("Year-end accounts": 12 tasks over 6 weeks), built and changed by staff
 * in the console. A project made from one copies its tasks at creation, so changing or deleting a template never
 * touches projects already running.
 */

const requireManage = (actor: Actor) => {
  if (!projectPolicy.canManageTemplates(actor)) throw forbidden();
};

/** A name another template has (the check, or a concurrent save losing on the unique index). */
const nameTaken = () => conflict('Another template has this name. Choose another name.', 'name_taken');
export function uniqueViolationAsNameTaken(error: unknown): never {
  if ((error as { code?: string }).code === '23505') throw nameTaken();
  throw error;
}

/**
 * Tasks the server can create later: a task waits only for earlier ones (so no template holds a cycle, by
 * construction), none is due after the project ends (its due date is start + durationDays), and an internal
 * (staff-only) template has no task on the client's side, since its projects never reach the client. `path` says
 * what changed: the tasks (errors on each task), or the template's settings over its stored tasks (errors on the
 * setting).
 */
function checkTasks(
  tasks: TemplateTask[],
  template: { durationDays: number; internal: boolean },
  path: 'tasks' | 'settings',
) {
  const { durationDays, internal } = template;
  const errors: FieldError[] = [];
  for (const [position, task] of tasks.entries()) {
    task.after.forEach((earlier, index) => {
      if (earlier >= position)
        errors.push({
          path: `tasks.${position}.after.${index}`,
          code: 'not_earlier',
          message: 'A task can only wait for tasks before it.',
        });
    });
    if (task.offsetDays !== null && task.offsetDays > durationDays)
      errors.push({
        path: path === 'tasks' ? `tasks.${position}.offsetDays` : 'durationDays',
        code: 'after_project_end',
        message:
          path === 'tasks'
            ? `Due after the project ends (day ${durationDays}): bring it forward or lengthen the project.`
            : `A task is due on day ${task.offsetDays}: the project must last at least that long.`,
      });
    if (internal && task.assignTo === 'client')
      errors.push({
        path: path === 'tasks' ? `tasks.${position}.assignTo` : 'internal',
        code: 'client_task_in_internal',
        message:
          path === 'tasks'
            ? 'A staff-only template has no task on the client side: give it to the firm.'
            : `"${task.title}" is on the client side: give it to the firm before making the template staff-only.`,
      });
  }
  // One message per field is enough when a shorter duration leaves several tasks behind.
  const unique = errors.filter((error, index) => errors.findIndex((other) => other.path === error.path) === index);
  if (unique.length) throw invalid(unique);
}

/** Waiting for the same task twice is waiting for it once. */
const tidy = (tasks: TemplateTask[]) =>
  tasks.map((task) => ({ ...task, after: [...new Set(task.after)].sort((a, b) => a - b) }));

export async function listTemplatesUseCase(ctx: AppContext, actor: Actor) {
  requireManage(actor);
  return { items: (await listTemplates(ctx.db)).map((row) => presentTemplate(row, actor)) };
}

export async function getTemplateUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireManage(actor);
  const row = await findTemplate(ctx.db, id);
  if (!row) throw notFound();
  return presentTemplate(row, actor);
}

export async function createTemplateUseCase(ctx: AppContext, actor: Actor, input: CreateProjectTemplate) {
  requireManage(actor);
  checkTasks(input.tasks, input, 'tasks');
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db
    .transaction(async (tx) => {
      await insertTemplate(tx, {
        id,
        name: input.name,
        description: input.description,
        duration_days: input.durationDays,
        internal: input.internal,
        tasks: tidy(input.tasks),
        createdBy: actor.userId,
        now,
      });
      await recordAudit(tx, {
        action: 'project.template_created',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'project_template', id, label: input.name },
        details: { tasks: input.tasks.length, internal: input.internal },
        occurredAt: now,
      });
    })
    .catch(uniqueViolationAsNameTaken);
  return getTemplateUseCase(ctx, actor, id);
}

export async function updateTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateProjectTemplate,
  expectedVersion: number | null,
) {
  requireManage(actor);
  const row = await findTemplate(ctx.db, id);
  if (!row) throw notFound();
  // Checked against what the template will be: new tasks with the stored settings, or new settings with stored tasks.
  const settings = {
    durationDays: input.durationDays ?? row.duration_days,
    internal: input.internal ?? row.internal,
  };
  if (input.tasks) checkTasks(input.tasks, settings, 'tasks');
  else if (input.durationDays !== undefined || input.internal !== undefined)
    checkTasks(presentTemplate(row, actor).tasks, settings, 'settings');
  const now = ctx.clock.now();
  await ctx.db
    .transaction(async (tx) => {
      const changes = { ...input, tasks: input.tasks ? tidy(input.tasks) : undefined };
      if (!(await updateTemplate(tx, id, changes, now, expectedVersion))) throw staleVersion();
      await recordAudit(tx, {
        action: 'project.template_updated',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'project_template', id, label: input.name ?? row.name },
        details: { fields: Object.keys(input).sort() },
        occurredAt: now,
      });
    })
    .catch(uniqueViolationAsNameTaken);
  return getTemplateUseCase(ctx, actor, id);
}

/** Projects made from the template keep their tasks; they only lose the link to it. */
export async function deleteTemplateUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireManage(actor);
  const row = await findTemplate(ctx.db, id);
  if (!row) throw notFound();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteTemplate(tx, id))) throw notFound();
    await recordAudit(tx, {
      action: 'project.template_deleted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'project_template', id, label: row.name },
      occurredAt: now,
    });
  });
}
