import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { recordActivity } from '../activity-repository.ts';
import { reserveQuota } from '../repository.ts';
import { forgetPendingObject, insertDocumentIfNameFree, recordPendingObject } from '../version-repository.ts';
import { firstFreeName } from './name-conflicts.ts';
import { discardStoredObject } from './store-incoming-file.ts';

/*
 * Files other modules make and file into an account's documents (a signed PDF): the bytes are stored first (as a
 * pending object the orphan sweep removes if nothing commits it), then the caller's transaction makes the document.
 * And the bytes of a document's current version, for modules that start from one (a PDF sent for signature).
 */

export interface GeneratedFile {
  storageKey: string;
  sizeBytes: number;
  sha256: string;
}

/** Stores bytes for a document of the account; not visible until `fileGeneratedDocumentInTransaction` commits. */
export async function storeGeneratedFile(
  ctx: AppContext,
  accountId: string,
  bytes: Uint8Array,
): Promise<GeneratedFile> {
  const storageKey = `documents/${accountId}/${newId()}`;
  await recordPendingObject(ctx.db, storageKey, ctx.clock.now());
  try {
    await ctx.storage.write(storageKey, Readable.from([Buffer.from(bytes)]));
  } catch (error) {
    await discardStoredObject(ctx, storageKey);
    throw error;
  }
  return { storageKey, sizeBytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Drops a stored file whose transaction did not commit. Never throws (the orphan sweep retries). */
export const discardGeneratedFile = (ctx: AppContext, file: GeneratedFile) => discardStoredObject(ctx, file.storageKey);

/**
 * Files stored bytes as a new shared document at the account's top level, under a free name ("x (2).pdf" when
 * taken). Charged against the account's quota when it fits; filed even when it does not (a signed copy is the
 * firm's record and must not be lost to a full quota). No scope: the caller found the account through its own.
 */
export async function fileGeneratedDocumentInTransaction(
  tx: Queryable,
  file: GeneratedFile & { accountId: string; name: string; uploadedBy: string; now: Date },
) {
  await reserveQuota(tx, file.accountId, file.sizeBytes, Number.MAX_SAFE_INTEGER);
  const place = { accountId: file.accountId, area: 'shared' as const, folderId: null };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const name = await firstFreeName(tx, place, file.name);
    const documentId = newId(file.now.getTime());
    const versionId = newId(file.now.getTime());
    const inserted = await insertDocumentIfNameFree(
      tx,
      { id: documentId, folderId: null, area: 'shared', fileRequestId: null },
      {
        id: versionId,
        accountId: file.accountId,
        name,
        storageKey: file.storageKey,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        declaredType: 'application/pdf',
        contentType: 'application/pdf',
        previewKind: 'pdf',
        restoredFromNumber: null,
        uploadedBy: file.uploadedBy,
        now: file.now,
      },
    );
    if (!inserted) continue;
    await forgetPendingObject(tx, file.storageKey);
    await recordActivity(tx, {
      accountId: file.accountId,
      documentId,
      documentName: name,
      area: 'shared',
      action: 'uploaded',
      versionNumber: 1,
      actorUserId: file.uploadedBy,
      actorIsStaff: true,
      now: file.now,
    });
    return { documentId, versionId, name };
  }
  throw new Error('no free document name after 5 attempts');
}

/**
 * The current version of a live document of the account, with its bytes, or null (missing, trashed, another
 * account's). No scope beyond the account: the caller checked the account against its own scope.
 */
export async function currentVersionBytes(ctx: AppContext, db: Queryable, accountId: string, documentId: string) {
  const { rows } = await db.query<{ name: string; storage_key: string; sha256: string; content_type: string }>(
    `SELECT d.name, v.storage_key, v.sha256, v.content_type FROM documents d
       JOIN document_versions v ON v.id = d.current_version_id
      WHERE d.id = $1 AND d.account_id = $2 AND d.deleted_at IS NULL`,
    [documentId, accountId],
  );
  const row = rows[0];
  if (!row) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of await ctx.storage.read(row.storage_key)) chunks.push(chunk as Buffer);
  return { name: row.name, contentType: row.content_type, sha256: row.sha256, bytes: Buffer.concat(chunks) };
}
