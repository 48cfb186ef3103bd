import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AccountTimePage,
  AccountTimeQuery,
  CreateAccountTimeEntry,
  CreateTaskView,
  CreateTimeEntry,
  Id,
  Ok,
  TaskTime,
  TaskView,
  TimeEntry,
  TimeTotals,
  UpdateTimeEntry,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { createAccountTimeEntryUseCase } from './use-cases/account-time.ts';
import { createTaskViewUseCase, deleteTaskViewUseCase, listTaskViewsUseCase } from './use-cases/task-views.ts';
import {
  createTimeEntryUseCase,
  deleteTimeEntryUseCase,
  listAccountTimeUseCase,
  listTaskTimeUseCase,
  projectTimeTotalsUseCase,
  updateTimeEntryUseCase,
} from './use-cases/time-entries.ts';

const tags = ['projects'];
const TaskParams = z.object({ taskId: Id });
const EntryParams = z.object({ timeEntryId: Id });
const ViewParams = z.object({ taskViewId: Id });

/** Time entries on tasks (totals per task, project and account period) and each person's saved task views. */
export function timeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/tasks/:taskId/time-entries',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "A task's time entries and totals (clients: only where the project shows time)",
          params: TaskParams,
          response: { 200: TaskTime },
        },
      },
      (request) => listTaskTimeUseCase(ctx, actorOf(request), request.params.taskId),
    );
    app.post(
      '/api/v1/tasks/:taskId/time-entries',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Log time on a task (staff)',
          params: TaskParams,
          body: CreateTimeEntry,
          response: { 201: TimeEntry },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createTimeEntryUseCase(ctx, actorOf(request), request.params.taskId, request.body)),
    );
    app.patch(
      '/api/v1/time-entries/:timeEntryId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Change a time entry (If-Match: version; its author, or staff admins)',
          params: EntryParams,
          body: UpdateTimeEntry,
          response: { 200: TimeEntry },
        },
      },
      (request) =>
        updateTimeEntryUseCase(
          ctx,
          actorOf(request),
          request.params.timeEntryId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.delete(
      '/api/v1/time-entries/:timeEntryId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Delete a time entry (its author, or staff admins)',
          params: EntryParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteTimeEntryUseCase(ctx, actorOf(request), request.params.timeEntryId);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/v1/projects/:projectId/time-totals',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "A project's logged minutes, billable and not",
          params: z.object({ projectId: Id }),
          response: { 200: TimeTotals },
        },
      },
      (request) => projectTimeTotalsUseCase(ctx, actorOf(request), request.params.projectId),
    );
    app.get(
      '/api/v1/accounts/:accountId/time-entries',
      {
        // Signed in, not staff: another account reads as missing (404) before the role is refused (403).
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's time entries over a period, by date, with totals (staff)",
          params: z.object({ accountId: Id }),
          querystring: AccountTimeQuery,
          response: { 200: AccountTimePage },
        },
      },
      (request) => listAccountTimeUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/time-entries',
      {
        // Signed in, not staff: another account reads as missing (404) before the role is refused (403).
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary:
            'Log time on the account, one of its tickets or one of its threads (staff); counts toward its retainer',
          params: z.object({ accountId: Id }),
          body: CreateAccountTimeEntry,
          response: { 201: TimeEntry },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createAccountTimeEntryUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/task-views',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Your saved task views', response: { 200: z.object({ items: z.array(TaskView) }) } },
      },
      (request) => listTaskViewsUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/task-views',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Save the task list filters under a name (yours alone)',
          body: CreateTaskView,
          response: { 201: TaskView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createTaskViewUseCase(ctx, actorOf(request), request.body)),
    );
    app.delete(
      '/api/v1/task-views/:taskViewId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Delete one of your saved views', params: ViewParams, response: { 200: Ok } },
      },
      async (request) => {
        await deleteTaskViewUseCase(ctx, actorOf(request), request.params.taskViewId);
        return { ok: true as const };
      },
    );
  };
}
