import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AttachToTask, Id, Ok, TaskAttachment } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { attachToTaskUseCase, detachFromTaskUseCase, listAttachmentsUseCase } from './use-cases/attachments.ts';

const tags = ['projects'];
const TaskParams = z.object({ taskId: Id });
const FileParams = z.object({ taskId: Id, documentId: Id });

/** Files on a task: links to documents of its account (uploads go through the documents API first). */
export function taskFileRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/tasks/:taskId/attachments',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'The files of a task',
          params: TaskParams,
          response: { 200: z.object({ items: z.array(TaskAttachment) }) },
        },
      },
      (request) => listAttachmentsUseCase(ctx, actorOf(request), request.params.taskId),
    );
    app.post(
      '/api/v1/tasks/:taskId/attachments',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Attach a document of the task’s account (201; 200 when it was already attached)',
          params: TaskParams,
          body: AttachToTask,
          response: { 200: TaskAttachment, 201: TaskAttachment },
        },
      },
      async (request, reply) => {
        const result = await attachToTaskUseCase(ctx, actorOf(request), request.params.taskId, request.body);
        return reply.status(result.created ? 201 : 200).send(result.attachment);
      },
    );
    app.delete(
      '/api/v1/tasks/:taskId/attachments/:documentId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Remove a file from a task (the document stays)',
          params: FileParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await detachFromTaskUseCase(ctx, actorOf(request), request.params.taskId, request.params.documentId);
        return { ok: true as const };
      },
    );
  };
}
