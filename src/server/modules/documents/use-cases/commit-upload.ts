import { insertHeldUpload } from '../repository-held.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { fileRequestChanged } from '../request-hooks.ts';
import type { DocumentArea, UploadResult } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { emitWebhookEvent } from '../../../platform/webhook-events.ts';
import { recordActivity } from '../activity-repository.ts';
import { documentScopeOf } from '../policy.ts';
import { findFolder, reserveQuota } from '../repository.ts';
import { markRequestSubmitted } from '../request-repository.ts';
import {
  appendVersion,
  documentByName,
  forgetPendingObject,
  insertDocumentIfNameFree,
  type NewVersion,
} from '../version-repository.ts';
import { documentVersionAdded } from '../version-hooks.ts';
import { getDocumentUseCase } from './get-document.ts';
import { enqueueDerivedImages } from './make-derived-images.ts';
import { firstFreeName, mayNotReplace, nameConflictError, type ConflictRule } from './name-conflicts.ts';
import { discardStoredObject, type StoredFile } from './store-incoming-file.ts';
import { quotaExceeded } from './store-incoming-file.ts';

/**
 * Where stored bytes go: a new version of a known document, or a name in a place (a new document; when the name is
 * taken, what `rule` says: keep both under a free name, or a version of that document if the policy allows).
 */
export type CommitTarget =
  | {
      kind: 'document';
      accountId: string;
      documentId: string;
      name: string;
      fileRequestId: string | null;
      restoredFromNumber?: number;
      countsAgainstQuota?: boolean;
      /** If-Match: the document's version the uploader saw; another version since then is a 409, not a silent new one. */
      expectedVersion?: number | null;
    }
  | {
      kind: 'place';
      accountId: string;
      area: DocumentArea;
      folderId: string | null;
      name: string;
      fileRequestId: string | null;
      rule: ConflictRule;
      /** Held for a use that may not happen (insertHeldUpload): only a new document is held, never an existing one. */
      heldFor?: 'signature' | null;
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
          ? await addVersion(tx, target.documentId, target.fileRequestId, target.expectedVersion ?? null)
          : await placeFile(tx, target);
      if (!stored.alreadyCommitted) await forgetPendingObject(tx, stored.storageKey);
      if (target.kind === 'place' && target.heldFor && result.outcome === 'created')
        await insertHeldUpload(tx, {
          documentId: result.documentId,
          accountId: target.accountId,
          heldFor: target.heldFor,
          by: actor.userId,
          now,
        });
      await recordActivity(tx, {
        accountId: target.accountId,
        documentId: result.documentId,
        documentName: result.name,
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
      if (result.outcome === 'new_version')
        await documentVersionAdded(tx, {
          documentId: result.documentId,
          versionId: version.id,
          accountId: target.accountId,
          now,
        });
      await emitWebhookEvent(
        tx,
        {
          type: 'document.uploaded',
          accountId: target.accountId,
          data: {
            documentId: result.documentId,
            versionId: version.id,
            versionNumber: result.number,
            name: result.name,
            area: result.area,
            outcome: result.outcome,
            sizeBytes: stored.sizeBytes,
            contentType: stored.contentType,
            fileRequestId: target.fileRequestId,
          },
        },
        now,
      );
      if (target.fileRequestId && (await markRequestSubmitted(tx, target.fileRequestId, now))) {
        await fileRequestChanged.fire(tx, { fileRequestId: target.fileRequestId, status: 'submitted', now });
        await emitWebhookEvent(
          tx,
          {
            type: 'file_request.submitted',
            accountId: target.accountId,
            data: { fileRequestId: target.fileRequestId, documentId: result.documentId, versionId: version.id },
          },
          now,
        );
      }
      // In this transaction: a crash after the commit leaves a job for the thumbnail, never a lasting "pending".
      if (stored.previewKind === 'image') await enqueueDerivedImages(tx, version.id, now);
      return result;
    });
  } catch (error) {
    // A restored version shares its object with the old one: never delete that.
    if (!stored.alreadyCommitted) await discardStoredObject(ctx, stored.storageKey);
    throw error;
  }
  return {
    outcome: committed.outcome,
    versionId: version.id,
    document: await getDocumentUseCase(ctx, actor, committed.documentId),
  };

  type Tx = Parameters<typeof appendVersion>[0];

  async function addVersion(tx: Tx, documentId: string, fileRequestId: string | null, expected: number | null) {
    const appended = await appendVersion(tx, documentId, version, fileRequestId, expected);
    if (appended === null && expected !== null) throw staleVersion();
    if (appended === null) throw notFound();
    return {
      documentId,
      number: appended.number,
      outcome: 'new_version' as const,
      area: appended.area,
      name: target.name,
    };
  }

  async function placeFile(tx: Tx, place: Extract<CommitTarget, { kind: 'place' }>) {
    // The partial unique index on live names settles races: an insert that loses sees the winner's document, and
    // the uploader's choice decides what happens then. A collision never silently versions another document.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const name =
        attempt > 0 && place.rule.onConflict === 'keep-both' ? await firstFreeName(tx, place, place.name) : place.name;
      const documentId = newId(now.getTime());
      const document = {
        id: documentId,
        folderId: place.folderId,
        area: place.area,
        fileRequestId: place.fileRequestId,
      };
      if (await insertDocumentIfNameFree(tx, document, { ...version, name })) {
        return {
          documentId,
          number: 1,
          outcome: name === place.name ? ('created' as const) : ('renamed' as const),
          area: place.area,
          name,
        };
      }
      if (place.rule.onConflict === 'keep-both') continue;
      const existing = await documentByName(tx, place, name, true);
      if (!existing) continue; // trashed or renamed meanwhile: the name may be free now
      if (place.rule.onConflict !== 'new-version') throw await nameConflictError(tx, place, name, existing, place.rule);
      if (!place.rule.mayReplace(existing)) throw mayNotReplace();
      const appended = await appendVersion(tx, existing.id, version, place.fileRequestId);
      if (appended) {
        return {
          documentId: existing.id,
          number: appended.number,
          outcome: 'new_version' as const,
          area: place.area,
          name,
        };
      }
    }
    throw conflict('Other uploads of this name are being saved. Try again.', 'name_busy');
  }
}
