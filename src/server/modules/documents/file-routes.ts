import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AreaZipQuery,
  Id,
  RequestUploadQuery,
  UploadQuery,
  UploadResult,
  VersionedFileQuery,
  VersionUploadQuery,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { servedContentType } from '../../platform/http/file-response.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { contentDisposition } from './file-names.ts';
import { downloadUseCase, previewUseCase, thumbnailUseCase, type FileToSend } from './use-cases/serve-file.ts';
import type { IncomingFile } from './use-cases/store-incoming-file.ts';
import { idempotentUpload, type UploadReply } from './upload-idempotency.ts';
import { uploadDocumentUseCase, uploadForRequestUseCase, uploadVersionUseCase } from './use-cases/upload-document.ts';
import { zipAreaUseCase, zipFolderUseCase } from './use-cases/zip-folder.ts';

const AccountParams = z.object({ accountId: Id });
const DocumentParams = z.object({ documentId: Id });
const FolderParams = z.object({ folderId: Id });
const RequestParams = z.object({ fileRequestId: Id });

// A file is never a page of ours: no scripts, no plugins, no same-origin (sandbox), no sniffing. The web app
// may frame a preview (frame-ancestors 'self'); everything else keeps the app's headers.
const FILE_CSP =
  "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
const fileHeaders: onSendHookHandler = async (_request, reply, payload) => {
  if (reply.statusCode < 300) {
    reply.header('content-security-policy', FILE_CSP);
    reply.header('x-frame-options', 'SAMEORIGIN');
  }
  reply.header('x-content-type-options', 'nosniff');
  return payload;
};

function sendFile(reply: FastifyReply, file: FileToSend) {
  reply.header('content-type', servedContentType(file.contentType));
  reply.header('content-disposition', contentDisposition(file.disposition, file.name));
  // Access is checked per request against the session: nothing may be cached for someone else.
  reply.header('cache-control', 'private, no-store');
  if (file.sizeBytes !== null) reply.header('content-length', String(file.sizeBytes));
  if (file.sha256) reply.header('x-content-sha256', file.sha256);
  return reply.send(file.stream);
}

/** An upload's answer: 201, or the first answer again for a repeated Idempotency-Key. */
function sendUpload(reply: FastifyReply, answer: UploadReply) {
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(answer.statusCode as 201).send(answer.body);
}

/** The request body as the upload parser left it: a stream (or nothing for an empty file without a type). */
function incomingFile(request: FastifyRequest): IncomingFile {
  const header = request.headers['content-length'];
  const contentLength = header === undefined ? null : Number(header);
  return {
    body: request.body ?? (contentLength === null || contentLength === 0 ? Readable.from([]) : undefined),
    contentLength: contentLength !== null && Number.isSafeInteger(contentLength) ? contentLength : null,
    contentType: request.headers['content-type'],
  };
}

/**
 * File names come from users' disks: a NUL is dropped here like the other control characters (the
 * platform refuses NUL anywhere else, because PostgreSQL text cannot hold it).
 */
async function dropNulFromName(request: FastifyRequest) {
  const query = request.query as Record<string, unknown>;
  if (typeof query.name === 'string') query.name = query.name.replaceAll('\u0000', '');
}

export function fileRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Uploads: the raw body of any type reaches the use case as a stream, unread, whatever it claims to be
    // (a .json file is a file, not a JSON body). Only in this plugin.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    const uploadOptions = { bodyLimit: ctx.config.documents.maxUploadBytes, onRequest: dropNulFromName };

    app.post(
      '/api/v1/accounts/:accountId/documents',
      {
        ...uploadOptions,
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags: ['documents'],
          summary: 'Upload a file (raw body; name, folder and what to do on a name already used in the query)',
          params: AccountParams,
          querystring: UploadQuery,
          response: { 201: UploadResult },
        },
      },
      async (request, reply) => {
        const file = incomingFile(request);
        return sendUpload(
          reply,
          await idempotentUpload(ctx, request, file, () =>
            uploadDocumentUseCase(
              ctx,
              actorOf(request),
              request.params.accountId,
              {
                area: request.query.area,
                folderId: request.query.folderId ?? null,
                rawName: request.query.name,
                onConflict: request.query.onConflict,
                heldFor: request.query.heldFor,
              },
              file,
            ),
          ),
        );
      },
    );

    app.post(
      '/api/v1/documents/:documentId/versions',
      {
        ...uploadOptions,
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags: ['documents'],
          summary: 'Upload a new version (raw body)',
          params: DocumentParams,
          querystring: VersionUploadQuery,
          response: { 201: UploadResult },
        },
      },
      async (request, reply) => {
        const file = incomingFile(request);
        return sendUpload(
          reply,
          await idempotentUpload(ctx, request, file, () =>
            uploadVersionUseCase(
              ctx,
              actorOf(request),
              request.params.documentId,
              request.query.name,
              file,
              ifMatchVersion(request),
            ),
          ),
        );
      },
    );

    app.post(
      '/api/v1/file-requests/:fileRequestId/uploads',
      {
        ...uploadOptions,
        config: { access: access.signedIn },
        schema: {
          tags: ['documents'],
          summary: 'Upload a file against a file request (raw body), into the request’s folder',
          params: RequestParams,
          querystring: RequestUploadQuery,
          response: { 201: UploadResult },
        },
      },
      async (request, reply) => {
        const file = incomingFile(request);
        return sendUpload(
          reply,
          await idempotentUpload(ctx, request, file, () =>
            uploadForRequestUseCase(
              ctx,
              actorOf(request),
              request.params.fileRequestId,
              { rawName: request.query.name, onConflict: request.query.onConflict },
              file,
            ),
          ),
        );
      },
    );

    app.get(
      '/api/v1/documents/:documentId/download',
      {
        config: { access: access.signedIn },
        onSend: fileHeaders,
        schema: {
          tags: ['documents'],
          summary: 'Download a file (always as an attachment)',
          params: DocumentParams,
          querystring: VersionedFileQuery,
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await downloadUseCase(ctx, actorOf(request), request.params.documentId, request.query.versionId),
        ),
    );

    app.get(
      '/api/v1/documents/:documentId/preview',
      {
        config: { access: access.signedIn },
        onSend: fileHeaders,
        schema: {
          tags: ['documents'],
          summary: 'A file inline, for images, PDF and text only',
          params: DocumentParams,
          querystring: VersionedFileQuery,
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await previewUseCase(ctx, actorOf(request), request.params.documentId, request.query.versionId),
        ),
    );

    app.get(
      '/api/v1/documents/:documentId/thumbnail',
      {
        config: { access: access.signedIn },
        onSend: fileHeaders,
        schema: { tags: ['documents'], summary: 'The 256 px thumbnail of an image', params: DocumentParams },
      },
      async (request, reply) =>
        sendFile(reply, await thumbnailUseCase(ctx, actorOf(request), request.params.documentId)),
    );

    app.get(
      '/api/v1/folders/:folderId/zip',
      {
        config: { access: access.signedIn },
        onSend: fileHeaders,
        schema: { tags: ['documents'], summary: 'A folder as a zip, streamed', params: FolderParams },
      },
      async (request, reply) => {
        const zip = await zipFolderUseCase(ctx, actorOf(request), request.params.folderId);
        return sendFile(reply, {
          stream: zip.stream,
          name: zip.name,
          contentType: 'application/zip',
          sizeBytes: null,
          sha256: null,
          disposition: 'attachment',
        });
      },
    );

    app.get(
      '/api/v1/accounts/:accountId/documents/zip',
      {
        config: { access: access.signedIn },
        onSend: fileHeaders,
        schema: {
          tags: ['documents'],
          summary: 'A whole area (shared, or internal for staff) as a zip, streamed',
          params: AccountParams,
          querystring: AreaZipQuery,
        },
      },
      async (request, reply) => {
        const zip = await zipAreaUseCase(ctx, actorOf(request), request.params.accountId, request.query.area);
        return sendFile(reply, {
          stream: zip.stream,
          name: zip.name,
          contentType: 'application/zip',
          sizeBytes: null,
          sha256: null,
          disposition: 'attachment',
        });
      },
    );
  };
}
