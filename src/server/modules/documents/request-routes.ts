import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateFileRequest,
  FileRequest,
  FileRequestListQuery,
  Id,
  Page,
  ReturnFileRequest,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  createFileRequestUseCase,
  decideFileRequestUseCase,
  getFileRequestUseCase,
  listFileRequestsUseCase,
} from './use-cases/file-requests.ts';

const AccountParams = z.object({ accountId: Id });
const RequestParams = z.object({ fileRequestId: Id });
const tags = ['documents'];

/** File requests: staff ask an account for files, its people answer (uploads are in file-routes.ts). */
export function fileRequestRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/file-requests',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'File requests of an account (status=pending: what the client still owes)',
          params: AccountParams,
          querystring: FileRequestListQuery,
          response: { 200: Page(FileRequest) },
        },
      },
      (request) => listFileRequestsUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/file-requests',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Ask an account for files (emails its people)',
          params: AccountParams,
          body: CreateFileRequest,
          response: { 201: FileRequest },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createFileRequestUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/file-requests/:fileRequestId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One file request, with the files uploaded against it',
          params: RequestParams,
          response: { 200: FileRequest },
        },
      },
      (request) => getFileRequestUseCase(ctx, actorOf(request), request.params.fileRequestId),
    );
    app.post(
      '/api/v1/file-requests/:fileRequestId/accept',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Accept the files (fulfils the request)',
          params: RequestParams,
          response: { 200: FileRequest },
        },
      },
      (request) => decideFileRequestUseCase(ctx, actorOf(request), request.params.fileRequestId, 'accept'),
    );
    app.post(
      '/api/v1/file-requests/:fileRequestId/return',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Send the request back with a reason',
          params: RequestParams,
          body: ReturnFileRequest,
          response: { 200: FileRequest },
        },
      },
      (request) =>
        decideFileRequestUseCase(ctx, actorOf(request), request.params.fileRequestId, 'return', request.body.reason),
    );
    app.delete(
      '/api/v1/file-requests/:fileRequestId',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Cancel a file request', params: RequestParams, response: { 200: FileRequest } },
      },
      (request) => decideFileRequestUseCase(ctx, actorOf(request), request.params.fileRequestId, 'cancel'),
    );
  };
}
