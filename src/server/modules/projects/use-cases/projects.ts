import type { z } from 'zod';
import type { CreateProject, ProjectListQuery, UpdateProject } from '../../../../contract/index.ts';
import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { removeSubjectThreads } from '../../conversations/index.ts';
import { projectPolicy } from '../policy.ts';
import { presentProject } from '../presenters.ts';
import {
  accountInScope,
  deleteProject,
  taskIdsOfProject,
  eligiblePeople,
  findTemplate,
  insertProject,
  listMembers,
  listProjects,
  setMembers,
  updateProject,
} from '../repository-projects.ts';
import { createTasksFromTemplate } from './template-tasks.ts';
import { loadProject, todayOf } from './load.ts';

export async function getProjectUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadProject(ctx, actor, id);
  return presentProject(row, await listMembers(ctx.db, [id]), actor);
}

/** An account's projects, newest first; 404 for an account outside the caller's scope. */
export async function listProjectsUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  query: z.infer<typeof ProjectListQuery>,
) {
  const scope = scopeParams(accountScopeOf(actor));
  if (!(await accountInScope(ctx.db, accountId, scope))) throw notFound();
  const rows = await listProjects(ctx.db, scope, projectPolicy.seesInternal(actor), {
    accountId,
    status: query.status,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  const members = await listMembers(
    ctx.db,
    rows.map((row) => row.id),
  );
  return toPage(
    rows,
    query.limit,
    (row) =>
      presentProject(
        row,
        members.filter((member) => member.project_id === row.id),
        actor,
      ),
    (row) => [row.cursor_at, row.id],
  );
}

/** Members are staff and (unless the project is internal) the account's people; anyone else is a field error. */
async function checkedMembers(db: Queryable, accountId: string, ids: string[], internal: boolean) {
  const unique = [...new Set(ids)];
  const eligible = new Set((await eligiblePeople(db, accountId, unique, internal)).map((row) => row.id));
  const index = unique.findIndex((id) => !eligible.has(id));
  if (index >= 0) throw fieldError(`memberIds.${index}`, 'not_eligible', 'Choose staff or people of this account.');
  return unique;
}

/** A project for an account; with a template, its tasks are created with it, due relative to the start date. */
export async function createProjectUseCase(ctx: AppContext, actor: Actor, accountId: string, input: CreateProject) {
  if (!(await accountInScope(ctx.db, accountId, scopeParams(accountScopeOf(actor))))) throw notFound();
  if (!projectPolicy.canManage(actor)) throw forbidden();
  requireModule(actor, accountId, 'projects');
  const template = input.templateId ? await findTemplate(ctx.db, input.templateId) : null;
  if (input.templateId && !template)
    throw fieldError('templateId', 'unknown_template', 'Choose a template from the list.');
  // A staff-only template makes a staff-only project; showing it to the client anyway is the policy's to allow.
  const internal = input.internal ?? template?.internal ?? false;
  if (template?.internal && !internal && !projectPolicy.canCreateVisibleFromInternal(actor))
    throw forbidden('This template is staff-only: its projects are internal.', 'not_allowed');
  // The maker joins its project; an integration's person is no member of anything (it only authors), so not it.
  const maker = actor.serviceToken ? [] : [actor.userId];
  const memberIds = await checkedMembers(ctx.db, accountId, [...maker, ...input.memberIds], internal);
  const now = ctx.clock.now();
  const startDate = input.startDate ?? (template ? todayOf(now) : null);
  const dueDate =
    input.dueDate ??
    (template && startDate
      ? new Date(Date.parse(startDate) + template.duration_days * 86_400_000).toISOString().slice(0, 10)
      : null);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await insertProject(tx, {
      id,
      accountId,
      name: input.name,
      description: input.description,
      status: input.status,
      startDate,
      dueDate,
      internal,
      clientsSeeTime: input.clientsSeeTime,
      templateId: template?.id ?? null,
      createdBy: actor.userId,
      now,
    });
    await setMembers(tx, id, memberIds);
    if (template)
      await createTasksFromTemplate(tx, template, {
        projectId: id,
        accountId,
        internal,
        startDate: startDate!,
        staffId: actor.userId,
        now,
      });
    await recordAudit(tx, {
      action: 'project.created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'project', id, label: input.name },
      accountId,
      details: { template: template?.name ?? null, internal },
      occurredAt: now,
    });
  });
  return getProjectUseCase(ctx, actor, id);
}

export async function updateProjectUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateProject,
  expectedVersion: number | null,
) {
  const current = await loadProject(ctx, actor, id);
  if (!projectPolicy.canManage(actor)) throw forbidden();
  const revealing = current.internal && input.internal === false;
  if (revealing && !projectPolicy.canMakeVisible(actor, { fromInternalTemplate: current.from_internal_template }))
    throw forbidden('This project comes from a staff-only template: a staff admin makes it visible.', 'not_allowed');
  const internal = input.internal ?? current.internal;
  const memberIds = input.memberIds && (await checkedMembers(ctx.db, current.account_id, input.memberIds, internal));
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateProject(tx, id, input, now, expectedVersion))) throw staleVersion();
    if (memberIds) await setMembers(tx, id, memberIds);
    await recordAudit(tx, {
      action: 'project.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'project', id, label: input.name ?? current.name },
      accountId: current.account_id,
      details: { fields: Object.keys(input) },
      occurredAt: now,
    });
  });
  return getProjectUseCase(ctx, actor, id);
}

/** Deleting a project deletes its tasks (staff admins). */
export async function deleteProjectUseCase(ctx: AppContext, actor: Actor, id: string) {
  const current = await loadProject(ctx, actor, id);
  if (!projectPolicy.canDeleteProject(actor)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Its tasks' comment threads go in the same transaction (the tasks go by cascade).
    await removeSubjectThreads(tx, 'task', await taskIdsOfProject(tx, id));
    await deleteProject(tx, id);
    await recordAudit(tx, {
      action: 'project.deleted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'project', id, label: current.name },
      accountId: current.account_id,
      occurredAt: now,
    });
  });
}
