import { staleVersion } from '../../../platform/http/if-match.ts';
import { takeUploadBudget } from '../../../platform/security/limits.ts';
import type { DocumentArea, OnNameConflict, UploadResult } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { sanitizeFileName } from '../file-names.ts';
import { documentPolicy, documentScopeOf } from '../policy.ts';
import { findFolder } from '../repository.ts';
import { findFileRequest } from '../request-repository.ts';
import { commitUpload } from './commit-upload.ts';
import { documentFor } from './get-document.ts';
import { conflictRuleFor, refuseNameConflictUpFront } from './name-conflicts.ts';
import { requestFolderOf } from './request-folder.ts';
import { loadSpace } from './space.ts';
import { storeIncomingFile, type IncomingFile } from './store-incoming-file.ts';

// Every check that can refuse an upload runs before the first byte of the body is read: a refused upload
// costs the server nothing, and another account's folder answers 404 like a missing one.

/**
 * POST /accounts/{accountId}/documents: a file into a folder (or an area root). A name already used there is
 * the uploader's choice (`onConflict`): keep both, or a new version where the policy allows; without one, 409.
 */
export async function uploadDocumentUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  target: {
    area: DocumentArea;
    folderId: string | null;
    rawName: string;
    onConflict: OnNameConflict | undefined;
    heldFor?: 'signature';
  },
  file: IncomingFile,
): Promise<UploadResult> {
  const { space, permissions } = await loadSpace(ctx, actor, accountId);
  // Holding a file for a signature request is the console's (staff send envelopes).
  if (target.heldFor && actor.staffRole === null) throw forbidden('Only staff hold uploads for a signature request.');
  const scope = documentScopeOf(actor);
  let area = target.area;
  if (target.folderId) {
    const folder = await findFolder(ctx.db, scope, target.folderId);
    if (!folder || folder.deleted_at || folder.account_id !== accountId) throw notFound();
    area = folder.area;
  } else if (!scope.areas.includes(area)) {
    throw notFound();
  }
  if (!documentPolicy.space(actor, permissions).upload) throw forbidden('Uploads are turned off for this account.');
  const name = sanitizeFileName(target.rawName);
  const place = { accountId, area, folderId: target.folderId };
  const rule = conflictRuleFor(actor, permissions, target.onConflict);
  await refuseNameConflictUpFront(ctx.db, place, name, rule);
  await takeUploadBudget(ctx, actor.userId, space.account_id);
  const stored = await storeIncomingFile(ctx, space, file, name);
  const heldFor = target.heldFor ?? null;
  return commitUpload(ctx, actor, { kind: 'place', ...place, name, fileRequestId: null, rule, heldFor }, stored);
}

/** POST /documents/{documentId}/versions: a new version of one document (the name stays unless given). */
export async function uploadVersionUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  rawName: string | undefined,
  file: IncomingFile,
  expectedVersion: number | null = null,
): Promise<UploadResult> {
  const { document, space, permissions } = await documentFor(ctx, actor, documentId, { live: true });
  if (!documentPolicy.document(actor, document, permissions).uploadVersion) throw forbidden();
  // Refused before the body is read; checked again under the row lock when the version is written.
  if (expectedVersion !== null && document.version !== expectedVersion) throw staleVersion();
  // A version keeps the document's name; the uploaded file's own name is recorded on the version only.
  const versionName = rawName ? sanitizeFileName(rawName) : document.name;
  await takeUploadBudget(ctx, actor.userId, space.account_id);
  const stored = await storeIncomingFile(ctx, space, file, versionName);
  return commitUpload(
    ctx,
    actor,
    {
      kind: 'document',
      accountId: document.account_id,
      documentId,
      name: document.name,
      fileRequestId: null,
      expectedVersion,
    },
    stored,
  );
}

/**
 * POST /file-requests/{id}/uploads: a file answering a request, into the request's own folder (never the shared
 * root, where it could collide with the firm's files). Name collisions there follow the same choice as any upload.
 */
export async function uploadForRequestUseCase(
  ctx: AppContext,
  actor: Actor,
  fileRequestId: string,
  target: { rawName: string | undefined; onConflict: OnNameConflict | undefined },
  file: IncomingFile,
): Promise<UploadResult> {
  const request = await findFileRequest(ctx.db, accountScopeOf(actor), fileRequestId);
  if (!request) throw notFound();
  const { space, permissions } = await loadSpace(ctx, actor, request.account_id);
  if (!documentPolicy.fileRequest(actor, request, permissions).upload) {
    if (request.status === 'accepted' || request.status === 'cancelled')
      throw conflict('This request is closed.', 'request_closed');
    throw forbidden('Uploads are turned off for this account.');
  }
  const name = sanitizeFileName(target.rawName ?? request.title);
  const place = {
    accountId: request.account_id,
    area: 'shared' as const,
    folderId: await requestFolderOf(ctx, actor, request),
  };
  const rule = conflictRuleFor(actor, permissions, target.onConflict);
  await refuseNameConflictUpFront(ctx.db, place, name, rule);
  await takeUploadBudget(ctx, actor.userId, space.account_id);
  const stored = await storeIncomingFile(ctx, space, file, name);
  return commitUpload(ctx, actor, { kind: 'place', ...place, name, fileRequestId, rule }, stored);
}
