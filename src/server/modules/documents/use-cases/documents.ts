import type { DocumentListQuery, ListQuery, UpdateDocument, UploadResult } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { recordActivity } from '../activity-repository.ts';
import { sanitizeFileName } from '../file-names.ts';
import { documentPolicy, documentScopeOf } from '../policy.ts';
import { presentDocument, presentVersion } from '../presenters.ts';
import { findFolder, listDocuments, nameTaken, updateDocumentPlace } from '../repository.ts';
import { findVersion, listVersions } from '../version-repository.ts';
import { commitUpload } from './commit-upload.ts';
import { uniqueViolationAsNameTaken } from './folders.ts';
import { documentFor, getDocumentUseCase } from './get-document.ts';
import { loadSpace } from './space.ts';
import type { z } from 'zod';

export async function listDocumentsUseCase(ctx: AppContext, actor: Actor, accountId: string, query: DocumentListQuery) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  const scope = documentScopeOf(actor);
  const searching = Boolean(query.q);
  if (!searching && !scope.areas.includes(query.area)) throw notFound();
  if (!searching && query.folderId) {
    const folder = await findFolder(ctx.db, scope, query.folderId);
    if (!folder || folder.deleted_at || folder.account_id !== accountId) throw notFound();
  }
  const byTime = query.sort.endsWith('updatedAt');
  const cursor = decodeCursor(query.cursor, [byTime ? 'timestamp' : 'text', 'uuid']);
  const rows = await listDocuments(ctx.db, scope, {
    accountId,
    area: searching ? null : query.area,
    folderId: query.folderId ?? null,
    q: query.q ?? null,
    sort: query.sort,
    after: cursor as [string, string] | null,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentDocument(row, actor, permissions),
    (row) => [byTime ? row.updated_at_key : row.name_key, row.id],
  );
}

/** Rename and/or move. Moving into a folder of the other area (shared <-> internal) is for staff only. */
export async function updateDocumentUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  input: UpdateDocument,
  expectedVersion: number | null,
) {
  const { document, permissions } = await documentFor(ctx, actor, documentId, { live: true });
  const abilities = documentPolicy.document(actor, document, permissions);
  const name = input.name === undefined ? document.name : sanitizeFileName(input.name);
  if (name !== document.name && !abilities.rename) throw forbidden();
  const folderId = input.folderId === undefined ? document.folder_id : input.folderId;
  let area = document.area;
  if (folderId !== document.folder_id) {
    if (!abilities.move) throw forbidden();
    if (folderId) {
      const folder = await findFolder(ctx.db, documentScopeOf(actor), folderId);
      if (!folder || folder.deleted_at || folder.account_id !== document.account_id) throw notFound();
      if (folder.area !== document.area && !documentPolicy.mayChangeArea(actor))
        throw fieldError('folderId', 'other_area', 'Choose a folder in the same area.');
      area = folder.area;
    }
  }
  const now = ctx.clock.now();
  await ctx.db
    .transaction(async (tx) => {
      if (await nameTaken(tx, { accountId: document.account_id, area, parentId: folderId }, name, documentId)) {
        throw conflict('Something with this name is already here. Choose another name.', 'name_taken');
      }
      if (!(await updateDocumentPlace(tx, documentId, { name, folderId, area, now, expectedVersion }))) {
        throw conflict('The file changed since you loaded it. Reload and try again.', 'stale_version');
      }
      const event = {
        accountId: document.account_id,
        documentId,
        documentName: name,
        area,
        versionNumber: null,
        actorUserId: actor.userId,
        actorIsStaff: actor.staffRole !== null,
        now,
      };
      if (name !== document.name) await recordActivity(tx, { ...event, action: 'renamed' });
      if (folderId !== document.folder_id) await recordActivity(tx, { ...event, action: 'moved' });
    })
    .catch(uniqueViolationAsNameTaken);
  return getDocumentUseCase(ctx, actor, documentId);
}

export async function listVersionsUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  query: z.infer<typeof ListQuery>,
) {
  const { document, permissions } = await documentFor(ctx, actor, documentId);
  const cursor = decodeCursor(query.cursor, ['text']);
  const beforeNumber = cursor ? Number(cursor[0]) : null;
  if (cursor && !Number.isInteger(beforeNumber))
    throw fieldError('cursor', 'invalid_cursor', 'This cursor is not valid; start again from the first page.');
  const rows = await listVersions(ctx.db, documentId, { beforeNumber, limit: query.limit });
  return toPage(
    rows,
    query.limit,
    (row) => presentVersion(row, document, actor, permissions),
    (row) => [String(row.number)],
  );
}

/** Restoring makes a new current version with the old one's bytes (same object, no extra quota): history stays whole. */
export async function restoreVersionUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  versionId: string,
): Promise<UploadResult> {
  const { document, permissions } = await documentFor(ctx, actor, documentId, { live: true });
  const version = await findVersion(ctx.db, documentId, versionId);
  if (!version) throw notFound();
  if (!documentPolicy.document(actor, document, permissions).restoreVersion) throw forbidden();
  return commitUpload(
    ctx,
    actor,
    {
      kind: 'document',
      accountId: document.account_id,
      documentId,
      name: document.name,
      fileRequestId: null,
      restoredFromNumber: version.number,
      countsAgainstQuota: false,
    },
    {
      storageKey: version.storage_key,
      sizeBytes: version.size_bytes,
      sha256: version.sha256,
      declaredType: null,
      contentType: version.content_type,
      previewKind: version.preview_kind,
      alreadyCommitted: true,
    },
  );
}

export { getDocumentUseCase };
