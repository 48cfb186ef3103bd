import type { DocumentArea, UploadResult } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordActivity } from '../activity-repository.ts';
import { documentScopeOf } from '../policy.ts';
import { findFolder, reserveQuota } from '../repository.ts';
import { markRequestSubmitted } from '../request-repository.ts';
import { schedulePreview } from '../image-previews.ts';
import { scheduleThumbnail } from '../thumbnails.ts';
import {
  appendVersion,
  forgetPendingObject,
  insertDocumentIfNameFree,
  lockDocumentByName,
  type NewVersion,
} from '../version-repository.ts';
import { getDocumentUseCase } from './get-document.ts';
import { discardStoredObject, type StoredFile } from './store-incoming-file.ts';
import { quotaExceeded } from './store-incoming-file.ts';

/** Where stored bytes go: a new version of a known document, or a name in a place (new document or new version). */
export type CommitTarget =
  | {
      kind: 'document';
      accountId: string;
      documentId: string;
      name: string;
      fileRequestId: string | null;
      restoredFromNumber?: number;
      countsAgainstQuota?: boolean;
    }
  | {
      kind: 'place';
      accountId: string;
      area: DocumentArea;
      folderId: string | null;
      name: string;
      fileRequestId: string | null;
    };

/**
 * Makes stored bytes visible, in one transaction: the quota is charged, the document or version row written,
 * the pending mark removed, the activity and file request updated. If anything fails the transaction rolls
 * back and the object is deleted, so no half-done upload is ever visible and a retry starts clean.
 */
export async function commitUpload(
  ctx: AppContext,
  actor: Actor,
  target: CommitTarget,
  stored: StoredFile & { alreadyCommitted?: boolean },
): Promise<UploadResult> {
  const now = ctx.clock.now();
  const version: NewVersion = {
    id: newId(now.getTime()),
    accountId: target.accountId,
    name: target.name,
    storageKey: stored.storageKey,
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    declaredType: stored.declaredType,
    contentType: stored.contentType,
    previewKind: stored.previewKind,
    restoredFromNumber: target.kind === 'document' ? (target.restoredFromNumber ?? null) : null,
    uploadedBy: actor.userId,
    now,
  };
  let committed: {
    documentId: string;
    number: number;
    outcome: UploadResult['outcome'];
    area: DocumentArea;
    name: string;
  };
  try {
    committed = await ctx.db.transaction(async (tx) => {
      if (target.kind === 'place' && target.folderId) {
        // The folder may have gone to the trash while the bytes streamed in.
        const folder = await findFolder(tx, documentScopeOf(actor), target.folderId, true);
        if (!folder || folder.deleted_at || folder.account_id !== target.accountId) throw notFound();
      }
      if (target.kind !== 'document' || target.countsAgainstQuota !== false) {
        if (!(await reserveQuota(tx, target.accountId, stored.sizeBytes, ctx.config.documents.defaultQuotaBytes)))
          throw quotaExceeded();
      }
      const result =
        target.kind === 'document'
          ? await addVersion(tx, target.documentId, target.fileRequestId)
          : await placeFile(tx, target);
      if (!stored.alreadyCommitted) await forgetPendingObject(tx, stored.storageKey);
      await recordActivity(tx, {
        accountId: target.accountId,
        documentId: result.documentId,
        documentName: target.name,
        area: result.area,
        action:
          result.outcome === 'created'
            ? 'uploaded'
            : target.kind === 'document' && target.restoredFromNumber
              ? 'version_restored'
              : 'version_uploaded',
        versionNumber: result.number,
        actorUserId: actor.userId,
        actorIsStaff: actor.staffRole !== null,
        now,
      });
      if (target.fileRequestId) await markRequestSubmitted(tx, target.fileRequestId, now);
      return { ...result, name: target.name };
    });
  } catch (error) {
    // A restored version shares its object with the old one: never delete that.
    if (!stored.alreadyCommitted) await discardStoredObject(ctx, stored.storageKey);
    throw error;
  }
  if (stored.previewKind === 'image') {
    scheduleThumbnail(ctx, version.id, stored.storageKey, target.accountId, stored.sizeBytes);
    schedulePreview(ctx, {
      id: version.id,
      account_id: target.accountId,
      storage_key: stored.storageKey,
      size_bytes: stored.sizeBytes,
      content_type: stored.contentType,
      preview_key: null,
    });
  }
  return {
    outcome: committed.outcome,
    versionId: version.id,
    document: await getDocumentUseCase(ctx, actor, committed.documentId),
  };

  async function addVersion(tx: Parameters<typeof appendVersion>[0], documentId: string, fileRequestId: string | null) {
    const number = await appendVersion(tx, documentId, version, fileRequestId);
    if (number === null) throw notFound();
    const { rows } = await tx.query<{ area: DocumentArea }>('SELECT area FROM documents WHERE id = $1', [documentId]);
    return { documentId, number, outcome: 'new_version' as const, area: rows[0]!.area };
  }

  async function placeFile(tx: Parameters<typeof appendVersion>[0], place: Extract<CommitTarget, { kind: 'place' }>) {
    // Same name in the same place becomes a new version (what ShareFile and TaxDome users expect). The
    // unique index settles races: whoever loses the insert adds a version to the winner's document.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const documentId = newId(now.getTime());
      if (
        await insertDocumentIfNameFree(
          tx,
          { id: documentId, folderId: place.folderId, area: place.area, fileRequestId: place.fileRequestId },
          version,
        )
      ) {
        return { documentId, number: 1, outcome: 'created' as const, area: place.area };
      }
      const existing = await lockDocumentByName(
        tx,
        { accountId: place.accountId, area: place.area, folderId: place.folderId },
        place.name,
      );
      if (existing) {
        const number = await appendVersion(tx, existing, version, place.fileRequestId);
        if (number !== null) return { documentId: existing, number, outcome: 'new_version' as const, area: place.area };
      }
    }
    throw conflict('Another upload of this name is being saved. Try again.', 'name_conflict');
  }
}
