import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Id, Job, JobListQuery, Page } from '../../../contract/index.ts';
import { isStaffAdmin, type Actor } from '../actor.ts';
import type { AppContext } from '../context.ts';
import { access } from '../http/access.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { decodeCursor, toPage } from '../http/pagination.ts';
import { actorOf } from '../http/request-context.ts';
import { findJob, listJobs, retryFailedJob, type JobRow } from './queue.ts';
import type { JobRunner } from './runner.ts';

/** Jobs carry recipients and thread ids of every account: the queue is for staff admins only. */
const jobPolicy = {
  canList: (actor: Actor) => isStaffAdmin(actor),
  abilities: (actor: Actor, job: JobRow) => ({ retry: isStaffAdmin(actor) && job.status === 'failed' }),
};

function presentJob(row: JobRow, actor: Actor): Job {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at.toISOString(),
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: jobPolicy.abilities(actor, row),
  };
}

export function jobRoutes(ctx: AppContext, runner: JobRunner): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/jobs',
      {
        config: { access: access.staff },
        schema: {
          tags: ['jobs'],
          summary: 'Background jobs (emails, notifications), e.g. ?status=failed (staff admins)',
          querystring: JobListQuery,
          response: { 200: Page(Job) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        if (!jobPolicy.canList(actor)) throw forbidden();
        const after = decodeCursor(request.query.cursor, ['timestamp', 'uuid']);
        const rows = await listJobs(
          ctx.db,
          request.query.status ?? null,
          after as [string, string] | null,
          request.query.limit,
        );
        return toPage(
          rows,
          request.query.limit,
          (row) => presentJob(row, actor),
          (row) => [row.updated_key, row.id],
        );
      },
    );

    app.post(
      '/api/v1/jobs/:jobId/retry',
      {
        config: { access: access.staff },
        schema: {
          tags: ['jobs'],
          summary: 'Run a failed job again now (staff admins)',
          params: z.object({ jobId: Id }),
          response: { 200: Job },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        if (!jobPolicy.canList(actor)) throw forbidden();
        const job = await findJob(ctx.db, request.params.jobId);
        if (!job) throw notFound();
        const retried = await retryFailedJob(ctx.db, job.id, ctx.clock.now());
        if (!retried) return presentJob(job, actor);
        runner.poke();
        return presentJob(retried, actor);
      },
    );
  };
}
