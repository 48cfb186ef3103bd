import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateForm,
  Form,
  FormSubmissionListQuery,
  FormSubmissionSummary,
  Id,
  Page,
  UpdateForm,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { sendCsv } from '../../platform/http/csv.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { fillRoutes } from './routes-fill.ts';
import { publicFormRoutes } from './routes-public.ts';
import {
  createFormUseCase,
  getFormUseCase,
  listFormsUseCase,
  publishFormUseCase,
  updateFormUseCase,
} from './use-cases/forms.ts';
import { exportSubmissionsCsvUseCase, listSubmissionsUseCase } from './use-cases/submissions.ts';

const tags = ['forms'];
const FormParams = z.object({ formId: Id });

/** Forms: the console's builder (staff), assignments and drafts (routes-fill.ts), public forms (routes-public.ts). */
export function formRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fillRoutes(ctx));
    await app.register(publicFormRoutes(ctx));

    app.get(
      '/api/v1/forms',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Forms (staff)', response: { 200: z.object({ items: z.array(Form) }) } },
      },
      (request) => listFormsUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/forms',
      {
        config: { access: access.staff, idempotent: true },
        schema: { tags, summary: 'Create a form (staff)', body: CreateForm, response: { 201: Form } },
      },
      async (request, reply) => reply.status(201).send(await createFormUseCase(ctx, actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/forms/:formId',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'One form (staff)', params: FormParams, response: { 200: Form } },
      },
      (request) => getFormUseCase(ctx, actorOf(request), request.params.formId),
    );
    app.patch(
      '/api/v1/forms/:formId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change the working copy (staff; If-Match: version); published versions never change',
          params: FormParams,
          body: UpdateForm,
          response: { 200: Form },
        },
      },
      (request) =>
        updateFormUseCase(ctx, actorOf(request), request.params.formId, request.body, ifMatchVersion(request)),
    );
    app.post(
      '/api/v1/forms/:formId/publish',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Freeze the working copy as the next version (staff)',
          params: FormParams,
          response: { 200: Form },
        },
      },
      (request) => publishFormUseCase(ctx, actorOf(request), request.params.formId),
    );
    app.get(
      '/api/v1/forms/:formId/submissions',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: "A form's submissions in the caller's scope, newest first (staff)",
          params: FormParams,
          querystring: FormSubmissionListQuery,
          response: { 200: Page(FormSubmissionSummary) },
        },
      },
      (request) => listSubmissionsUseCase(ctx, actorOf(request), request.params.formId, request.query),
    );
    app.get(
      '/api/v1/forms/:formId/submissions/export.csv',
      {
        config: { access: access.staff },
        schema: { tags, summary: "A form's submissions as CSV (staff; an export)", params: FormParams },
      },
      async (request, reply) => {
        const { csv, filename } = await exportSubmissionsCsvUseCase(ctx, actorOf(request), request.params.formId);
        return sendCsv(reply, filename, csv);
      },
    );
  };
}
