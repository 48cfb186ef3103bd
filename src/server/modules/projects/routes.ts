import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateProject,
  CreateProjectTemplate,
  CreateTask,
  Id,
  Ok,
  Page,
  Project,
  ProjectListQuery,
  ProjectTemplate,
  SaveProjectAsTemplate,
  TaskListQuery,
  TaskSummary,
  Task,
  UpdateProject,
  UpdateProjectTemplate,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { taskFileRoutes } from './routes-task-files.ts';
import { taskRoutes } from './routes-tasks.ts';
import { startTaskReminders } from './reminders.ts';
import { timeRoutes } from './routes-time.ts';
import {
  createProjectUseCase,
  deleteProjectUseCase,
  getProjectUseCase,
  listProjectsUseCase,
  updateProjectUseCase,
} from './use-cases/projects.ts';
import {
  createTemplateUseCase,
  deleteTemplateUseCase,
  getTemplateUseCase,
  listTemplatesUseCase,
  updateTemplateUseCase,
} from './use-cases/templates.ts';
import { saveProjectAsTemplateUseCase } from './use-cases/save-as-template.ts';
import { createTaskUseCase, listTasksUseCase } from './use-cases/tasks.ts';

const tags = ['projects'];
const AccountParams = z.object({ accountId: Id });
const ProjectParams = z.object({ projectId: Id });
const TemplateParams = z.object({ projectTemplateId: Id });

/** Projects of an account: staff plan them, the account's people follow the ones that are not internal. */
export function projectRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(taskRoutes(ctx));
    await app.register(taskFileRoutes(ctx));
    await app.register(timeRoutes(ctx));
    const stopReminders = startTaskReminders(ctx, ctx.config.taskReminders.intervalSeconds);
    app.addHook('onClose', async () => stopReminders());

    app.get(
      '/api/v1/project-templates',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Project templates (staff)',
          response: { 200: z.object({ items: z.array(ProjectTemplate) }) },
        },
      },
      (request) => listTemplatesUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/project-templates',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Create a project template (staff): its tasks, due relative to the start, on either side',
          body: CreateProjectTemplate,
          response: { 201: ProjectTemplate },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createTemplateUseCase(ctx, actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/project-templates/:projectTemplateId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'One project template (staff)',
          params: TemplateParams,
          response: { 200: ProjectTemplate },
        },
      },
      (request) => getTemplateUseCase(ctx, actorOf(request), request.params.projectTemplateId),
    );
    app.patch(
      '/api/v1/project-templates/:projectTemplateId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a project template (staff; If-Match: version); projects made from it keep their tasks',
          params: TemplateParams,
          body: UpdateProjectTemplate,
          response: { 200: ProjectTemplate },
        },
      },
      (request) =>
        updateTemplateUseCase(
          ctx,
          actorOf(request),
          request.params.projectTemplateId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.delete(
      '/api/v1/project-templates/:projectTemplateId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Delete a project template (staff); projects made from it keep their tasks',
          params: TemplateParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteTemplateUseCase(ctx, actorOf(request), request.params.projectTemplateId);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/v1/accounts/:accountId/projects',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's projects, newest first (its people do not see internal ones)",
          params: AccountParams,
          querystring: ProjectListQuery,
          response: { 200: Page(Project) },
        },
      },
      (request) => listProjectsUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/projects',
      {
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary: 'Create a project (staff); with templateId, its tasks too, due relative to the start date',
          params: AccountParams,
          body: CreateProject,
          response: { 201: Project },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createProjectUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/projects/:projectId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One project', params: ProjectParams, response: { 200: Project } },
      },
      (request) => getProjectUseCase(ctx, actorOf(request), request.params.projectId),
    );
    app.patch(
      '/api/v1/projects/:projectId',
      {
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags,
          summary: 'Change a project (staff; If-Match: version); memberIds, when given, replace the list',
          params: ProjectParams,
          body: UpdateProject,
          response: { 200: Project },
        },
      },
      (request) =>
        updateProjectUseCase(ctx, actorOf(request), request.params.projectId, request.body, ifMatchVersion(request)),
    );
    app.delete(
      '/api/v1/projects/:projectId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Delete a project and its tasks (staff admins)',
          params: ProjectParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteProjectUseCase(ctx, actorOf(request), request.params.projectId);
        return { ok: true as const };
      },
    );
    app.post(
      '/api/v1/projects/:projectId/template',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary:
            "Save a project as a new template (staff): its tasks with their sides, checklists, links and recurrence, due days counted from the project's start",
          params: ProjectParams,
          body: SaveProjectAsTemplate,
          response: { 201: ProjectTemplate },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await saveProjectAsTemplateUseCase(ctx, actorOf(request), request.params.projectId, request.body)),
    );
    app.get(
      '/api/v1/projects/:projectId/tasks',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "A project's tasks, soonest due first (filters: status, assignee, dueBefore)",
          params: ProjectParams,
          querystring: TaskListQuery.omit({ projectId: true }),
          response: { 200: Page(TaskSummary) },
        },
      },
      (request) => listTasksUseCase(ctx, actorOf(request), request.query, request.params.projectId),
    );
    app.post(
      '/api/v1/projects/:projectId/tasks',
      {
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary: 'Add a task (staff)',
          params: ProjectParams,
          body: CreateTask,
          response: { 201: Task },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createTaskUseCase(ctx, actorOf(request), request.params.projectId, request.body)),
    );
  };
}
