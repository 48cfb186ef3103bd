import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Approval, ApprovalListQuery, CreateApproval, DecideApproval, Id, Page } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { onDocumentVersionAdded } from '../documents/index.ts';
import { startApprovalReminders } from './reminders.ts';
import { decideApprovalUseCase } from './use-cases/decide.ts';
import { cancelApprovalsOnNewVersion } from './use-cases/document-versions.ts';
import { listApprovalsUseCase } from './use-cases/list.ts';
import { getApprovalUseCase } from './use-cases/load.ts';
import { cancelApprovalUseCase, requestApprovalUseCase, rerequestApprovalUseCase } from './use-cases/request.ts';

const tags = ['approvals'];
const AccountParams = z.object({ accountId: Id });
const ApprovalParams = z.object({ approvalId: Id });

/** Approvals: staff ask, approvers decide for themselves; the reminder sweep and the documents hook live here. */
export function approvalRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stopListening = onDocumentVersionAdded(cancelApprovalsOnNewVersion);
    const stopReminders = startApprovalReminders(ctx);
    app.addHook('onClose', async () => {
      stopListening();
      stopReminders();
    });

    app.get(
      '/api/v1/approvals',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Approvals across the caller\'s accounts, newest first (waitingOn=me: "waiting on you")',
          querystring: ApprovalListQuery,
          response: { 200: Page(Approval) },
        },
      },
      (request) => listApprovalsUseCase(ctx, actorOf(request), null, request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/approvals',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's approvals, newest first (filters: status, documentId, waitingOn)",
          params: AccountParams,
          querystring: ApprovalListQuery,
          response: { 200: Page(Approval) },
        },
      },
      (request) => listApprovalsUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/approvals',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Ask for an approval (staff) on a document version, a deliverable, a sent quote or a task',
          params: AccountParams,
          body: CreateApproval,
          response: { 201: Approval },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await requestApprovalUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/approvals/:approvalId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One approval', params: ApprovalParams, response: { 200: Approval } },
      },
      (request) => getApprovalUseCase(ctx, actorOf(request), request.params.approvalId),
    );
    app.post(
      '/api/v1/approvals/:approvalId/decision',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: "Approve or request changes: the caller's own decision, bound to contentSha256",
          params: ApprovalParams,
          body: DecideApproval,
          response: { 200: Approval },
        },
      },
      (request) => decideApprovalUseCase(ctx, actorOf(request), request.params.approvalId, request.body),
    );
    app.post(
      '/api/v1/approvals/:approvalId/rerequest',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Ask again on the current content, same approvers (staff; after changes requested or a cancel)',
          params: ApprovalParams,
          response: { 201: Approval },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await rerequestApprovalUseCase(ctx, actorOf(request), request.params.approvalId)),
    );
    app.post(
      '/api/v1/approvals/:approvalId/cancel',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Withdraw a pending approval (staff)',
          params: ApprovalParams,
          response: { 200: Approval },
        },
      },
      (request) => cancelApprovalUseCase(ctx, actorOf(request), request.params.approvalId),
    );
  };
}
