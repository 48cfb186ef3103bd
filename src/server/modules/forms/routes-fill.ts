import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssignForm,
  FormAssignment,
  FormAssignmentDetail,
  FormDraft,
  FormSubmission,
  Id,
  ListQuery,
  Page,
  SaveDraft,
  SubmitForm,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  assignFormUseCase,
  getAssignmentUseCase,
  listAssignmentsUseCase,
  saveDraftUseCase,
} from './use-cases/assignments.ts';
import { getSubmissionUseCase } from './use-cases/submissions.ts';
import { submitAssignmentUseCase } from './use-cases/submit.ts';

const tags = ['forms'];
const AccountParams = z.object({ accountId: Id });
const AssignmentParams = z.object({ assignmentId: Id });
/** Answers with a drawn signature or two stay far below this; anything bigger is not a person typing. */
const ANSWERS_BODY_LIMIT = 1024 * 1024;

/** Forms requested from an account: staff assign them, the account's people fill (drafts) and submit. */
export function fillRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/form-assignments',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'The forms requested from an account, newest first',
          params: AccountParams,
          querystring: ListQuery.strict(),
          response: { 200: Page(FormAssignment) },
        },
      },
      (request) => listAssignmentsUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/form-assignments',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Request a form from an account (staff), pinned to its latest published version',
          params: AccountParams,
          body: AssignForm,
          response: { 201: FormAssignmentDetail },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await assignFormUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/form-assignments/:assignmentId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One requested form, with its definition and the draft so far',
          params: AssignmentParams,
          response: { 200: FormAssignmentDetail },
        },
      },
      (request) => getAssignmentUseCase(ctx, actorOf(request), request.params.assignmentId),
    );
    app.put(
      '/api/v1/form-assignments/:assignmentId/draft',
      {
        bodyLimit: ANSWERS_BODY_LIMIT,
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "Autosave the draft (the account's people; If-Match: the draft's version, 409 when stale)",
          params: AssignmentParams,
          body: SaveDraft,
          response: { 200: FormDraft },
        },
      },
      (request) =>
        saveDraftUseCase(
          ctx,
          actorOf(request),
          request.params.assignmentId,
          request.body.answers,
          ifMatchVersion(request),
        ),
    );
    app.post(
      '/api/v1/form-assignments/:assignmentId/submit',
      {
        bodyLimit: ANSWERS_BODY_LIMIT,
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "Submit the answers (the account's people): 400 with field paths, 409 when already submitted",
          params: AssignmentParams,
          body: SubmitForm,
          response: { 201: z.object({ submissionId: Id }) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await submitAssignmentUseCase(ctx, actorOf(request), request.params.assignmentId, request.body.answers),
          ),
    );
    app.get(
      '/api/v1/form-submissions/:submissionId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One submission with the definition of the version it answered',
          params: z.object({ submissionId: Id }),
          response: { 200: FormSubmission },
        },
      },
      (request) => getSubmissionUseCase(ctx, actorOf(request), request.params.submissionId),
    );
  };
}
