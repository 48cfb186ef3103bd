import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AddChecklistItem,
  AddDependency,
  Id,
  Ok,
  Page,
  Task,
  TaskListQuery,
  TaskSummary,
  Thread,
  UpdateChecklistItem,
  UpdateTask,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { openSubjectThreadUseCase } from '../conversations/index.ts';
import {
  addChecklistItemUseCase,
  addDependencyUseCase,
  deleteChecklistItemUseCase,
  followTaskUseCase,
  removeDependencyUseCase,
  updateChecklistItemUseCase,
} from './use-cases/task-parts.ts';
import { getTaskUseCase, listTasksUseCase } from './use-cases/tasks.ts';
import { deleteTaskUseCase, updateTaskUseCase } from './use-cases/update-task.ts';

const tags = ['projects'];
const TaskParams = z.object({ taskId: Id });
const ItemParams = z.object({ taskId: Id, itemId: Id });
const DependencyParams = z.object({ taskId: Id, dependsOnId: Id });

/** Tasks by their own id: across projects and accounts ("my tasks"), and each task with its parts. */
export function taskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/tasks',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Tasks in your scope, soonest due first; assignee=me is "my tasks" across your accounts',
          querystring: TaskListQuery,
          response: { 200: Page(TaskSummary) },
        },
      },
      (request) => listTasksUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/tasks/:taskId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One task with its checklist, links and followers',
          params: TaskParams,
          response: { 200: Task },
        },
      },
      (request) => getTaskUseCase(ctx, actorOf(request), request.params.taskId),
    );
    app.patch(
      '/api/v1/tasks/:taskId',
      {
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags,
          summary: 'Change a task (If-Match: version). People change the status of their own tasks only',
          params: TaskParams,
          body: UpdateTask,
          response: { 200: Task },
        },
      },
      (request) =>
        updateTaskUseCase(ctx, actorOf(request), request.params.taskId, request.body, ifMatchVersion(request)),
    );
    app.delete(
      '/api/v1/tasks/:taskId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Delete a task (staff)', params: TaskParams, response: { 200: Ok } },
      },
      async (request) => {
        await deleteTaskUseCase(ctx, actorOf(request), request.params.taskId);
        return { ok: true as const };
      },
    );
    app.post(
      '/api/v1/tasks/:taskId/checklist',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Add a checklist item',
          params: TaskParams,
          body: AddChecklistItem,
          response: { 200: Task },
        },
      },
      (request) => addChecklistItemUseCase(ctx, actorOf(request), request.params.taskId, request.body.title),
    );
    app.patch(
      '/api/v1/tasks/:taskId/checklist/:itemId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Tick, untick or rename a checklist item',
          params: ItemParams,
          body: UpdateChecklistItem,
          response: { 200: Task },
        },
      },
      (request) =>
        updateChecklistItemUseCase(ctx, actorOf(request), request.params.taskId, request.params.itemId, request.body),
    );
    app.delete(
      '/api/v1/tasks/:taskId/checklist/:itemId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Remove a checklist item', params: ItemParams, response: { 200: Task } },
      },
      (request) => deleteChecklistItemUseCase(ctx, actorOf(request), request.params.taskId, request.params.itemId),
    );
    app.post(
      '/api/v1/tasks/:taskId/dependencies',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Make the task wait for another task of its project (staff); a cycle is 409 dependency_cycle',
          params: TaskParams,
          body: AddDependency,
          response: { 200: Task },
        },
      },
      (request) => addDependencyUseCase(ctx, actorOf(request), request.params.taskId, request.body.dependsOnId),
    );
    app.delete(
      '/api/v1/tasks/:taskId/dependencies/:dependsOnId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Stop waiting for a task (staff)', params: DependencyParams, response: { 200: Task } },
      },
      (request) => removeDependencyUseCase(ctx, actorOf(request), request.params.taskId, request.params.dependsOnId),
    );
    app.put(
      '/api/v1/tasks/:taskId/following',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Follow the task', params: TaskParams, response: { 200: Task } },
      },
      (request) => followTaskUseCase(ctx, actorOf(request), request.params.taskId, true),
    );
    app.delete(
      '/api/v1/tasks/:taskId/following',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Stop following the task', params: TaskParams, response: { 200: Task } },
      },
      (request) => followTaskUseCase(ctx, actorOf(request), request.params.taskId, false),
    );
    app.get(
      '/api/v1/tasks/:taskId/thread',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            "The task's comments thread (a conversations thread, made on first use): read and post its messages through /api/v1/threads/{id}",
          params: TaskParams,
          response: { 200: Thread },
        },
      },
      (request) => openSubjectThreadUseCase(ctx, actorOf(request), 'task', request.params.taskId),
    );
  };
}
