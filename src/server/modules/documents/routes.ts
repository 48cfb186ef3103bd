import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateFolder,
  Document,
  DocumentActivity,
  DocumentListQuery,
  DocumentSpace,
  DocumentVersion,
  Folder,
  FolderListQuery,
  Id,
  ListQuery,
  Ok,
  Page,
  SegmentDocumentSettings,
  TrashItem,
  UpdateDocument,
  UpdateDocumentSpace,
  UpdateFolder,
  UpdateSegmentDocumentSettings,
  UploadResult,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  listDocumentsUseCase,
  listVersionsUseCase,
  restoreVersionUseCase,
  updateDocumentUseCase,
} from './use-cases/documents.ts';
import { createFolderUseCase, getFolderUseCase, listFoldersUseCase, updateFolderUseCase } from './use-cases/folders.ts';
import { getDocumentUseCase } from './use-cases/get-document.ts';
import {
  accountActivityUseCase,
  documentActivityUseCase,
  getSegmentSettingsUseCase,
  getSpaceUseCase,
  updateSegmentSettingsUseCase,
  updateSpaceUseCase,
} from './use-cases/space-settings.ts';
import {
  emptyTrashUseCase,
  listTrashUseCase,
  restoreDocumentUseCase,
  restoreFolderUseCase,
  trashDocumentUseCase,
  trashFolderUseCase,
} from './use-cases/trash.ts';

const AccountParams = z.object({ accountId: Id });
const SegmentParams = z.object({ segmentId: Id });
const FolderParams = z.object({ folderId: Id });
const DocumentParams = z.object({ documentId: Id });
const AccountDocumentParams = AccountParams.extend({ documentId: Id });
const VersionParams = DocumentParams.extend({ versionId: Id });
const tags = ['documents'];
const ok = { ok: true as const };

export function documentJsonRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/document-space',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Usage, quota, client permissions and abilities of an account’s documents',
          params: AccountParams,
          response: { 200: DocumentSpace },
        },
      },
      (request) => getSpaceUseCase(ctx, actorOf(request), request.params.accountId),
    );
    app.patch(
      '/api/v1/accounts/:accountId/document-space',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Quota and client permissions of one account (null: follow the segment)',
          params: AccountParams,
          body: UpdateDocumentSpace,
          response: { 200: DocumentSpace },
        },
      },
      (request) => updateSpaceUseCase(ctx, actorOf(request), request.params.accountId, request.body),
    );
    app.get(
      '/api/v1/segments/:segmentId/document-settings',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'What clients of a segment may do with documents',
          params: SegmentParams,
          response: { 200: SegmentDocumentSettings },
        },
      },
      (request) => getSegmentSettingsUseCase(ctx, actorOf(request), request.params.segmentId),
    );
    app.patch(
      '/api/v1/segments/:segmentId/document-settings',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change what clients of a segment may do',
          params: SegmentParams,
          body: UpdateSegmentDocumentSettings,
          response: { 200: SegmentDocumentSettings },
        },
      },
      (request) => updateSegmentSettingsUseCase(ctx, actorOf(request), request.params.segmentId, request.body),
    );

    app.get(
      '/api/v1/accounts/:accountId/folders',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Folders in a folder (or an area root)',
          params: AccountParams,
          querystring: FolderListQuery,
          response: { 200: Page(Folder) },
        },
      },
      (request) => listFoldersUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/folders',
      {
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary: 'Create a folder',
          params: AccountParams,
          body: CreateFolder,
          response: { 201: Folder },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createFolderUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.get(
      '/api/v1/folders/:folderId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One folder, with its path', params: FolderParams, response: { 200: Folder } },
      },
      (request) => getFolderUseCase(ctx, actorOf(request), request.params.folderId),
    );
    app.patch(
      '/api/v1/folders/:folderId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Rename or move a folder (If-Match: version)',
          params: FolderParams,
          body: UpdateFolder,
          response: { 200: Folder },
        },
      },
      (request) =>
        updateFolderUseCase(ctx, actorOf(request), request.params.folderId, request.body, ifMatchVersion(request)),
    );
    app.delete(
      '/api/v1/folders/:folderId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Move a folder and its contents to the trash',
          params: FolderParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await trashFolderUseCase(ctx, actorOf(request), request.params.folderId);
        return ok;
      },
    );
    app.post(
      '/api/v1/folders/:folderId/restore',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Bring a folder back from the trash',
          params: FolderParams,
          response: { 200: Folder },
        },
      },
      (request) => restoreFolderUseCase(ctx, actorOf(request), request.params.folderId),
    );

    app.get(
      '/api/v1/accounts/:accountId/documents',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Files in a folder, or a name search in the account (q)',
          params: AccountParams,
          querystring: DocumentListQuery,
          response: { 200: Page(Document) },
        },
      },
      (request) => listDocumentsUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/documents/:documentId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One file', params: AccountDocumentParams, response: { 200: Document } },
      },
      (request) => getDocumentUseCase(ctx, actorOf(request), request.params.documentId, request.params.accountId),
    );
    app.get(
      '/api/v1/documents/:documentId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One file', params: DocumentParams, response: { 200: Document } },
      },
      (request) => getDocumentUseCase(ctx, actorOf(request), request.params.documentId),
    );
    app.patch(
      '/api/v1/documents/:documentId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Rename or move a file (If-Match: version)',
          params: DocumentParams,
          body: UpdateDocument,
          response: { 200: Document },
        },
      },
      (request) =>
        updateDocumentUseCase(ctx, actorOf(request), request.params.documentId, request.body, ifMatchVersion(request)),
    );
    app.delete(
      '/api/v1/documents/:documentId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'Move a file to the trash', params: DocumentParams, response: { 200: Ok } },
      },
      async (request) => {
        await trashDocumentUseCase(ctx, actorOf(request), request.params.documentId);
        return ok;
      },
    );
    app.post(
      '/api/v1/documents/:documentId/restore',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Bring a file back from the trash',
          params: DocumentParams,
          response: { 200: Document },
        },
      },
      (request) => restoreDocumentUseCase(ctx, actorOf(request), request.params.documentId),
    );
    app.get(
      '/api/v1/documents/:documentId/versions',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Versions of a file, newest first',
          params: DocumentParams,
          querystring: ListQuery,
          response: { 200: Page(DocumentVersion) },
        },
      },
      (request) => listVersionsUseCase(ctx, actorOf(request), request.params.documentId, request.query),
    );
    app.post(
      '/api/v1/documents/:documentId/versions/:versionId/restore',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Make an old version current again (as a new version)',
          params: VersionParams,
          response: { 201: UploadResult },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await restoreVersionUseCase(ctx, actorOf(request), request.params.documentId, request.params.versionId),
          ),
    );
    app.get(
      '/api/v1/documents/:documentId/activity',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Who uploaded, viewed and downloaded a file',
          params: DocumentParams,
          querystring: ListQuery,
          response: { 200: Page(DocumentActivity) },
        },
      },
      (request) => documentActivityUseCase(ctx, actorOf(request), request.params.documentId, request.query),
    );

    app.get(
      '/api/v1/accounts/:accountId/trash',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Deleted items (kept 30 days)',
          params: AccountParams,
          querystring: ListQuery,
          response: { 200: Page(TrashItem) },
        },
      },
      (request) => listTrashUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.delete(
      '/api/v1/accounts/:accountId/trash',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Empty the trash now', params: AccountParams, response: { 200: Ok } },
      },
      async (request) => {
        await emptyTrashUseCase(ctx, actorOf(request), request.params.accountId);
        return ok;
      },
    );
    app.get(
      '/api/v1/accounts/:accountId/documents-activity',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Document activity of an account',
          params: AccountParams,
          querystring: ListQuery,
          response: { 200: Page(DocumentActivity) },
        },
      },
      (request) => accountActivityUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
  };
}
