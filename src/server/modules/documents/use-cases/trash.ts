import type { ListQuery } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { removeSubjectThreads } from '../../conversations/index.ts';
import { recordActivity } from '../activity-repository.ts';
import { documentPolicy, documentScopeOf, TRASH_DAYS } from '../policy.ts';
import { personRef } from '../presenters.ts';
import { findFolder } from '../repository.ts';
import {
  listTrash,
  purgeTrash,
  restoreBatch,
  trashDocument,
  trashFolderTree,
  trashStateOf,
} from '../trash-repository.ts';
import { forgetPendingObject } from '../version-repository.ts';
import { folderFor, getFolderUseCase } from './folders.ts';
import { documentFor, getDocumentUseCase } from './get-document.ts';
import { firstFreeName } from './name-conflicts.ts';
import { loadSpace } from './space.ts';
import type { z } from 'zod';

const DAY_MS = 86_400_000;

export async function trashFolderUseCase(ctx: AppContext, actor: Actor, folderId: string) {
  const { folder, permissions } = await folderFor(ctx, actor, folderId);
  if (folder.deleted_at) throw notFound();
  if (!documentPolicy.folder(actor, folder, permissions).delete) throw forbidden();
  await trashFolderTree(ctx.db, folderId, newId(), actor.userId, ctx.clock.now());
}

export async function trashDocumentUseCase(ctx: AppContext, actor: Actor, documentId: string) {
  const { document, permissions } = await documentFor(ctx, actor, documentId, { live: true });
  if (!documentPolicy.document(actor, document, permissions).delete) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await trashDocument(tx, documentId, newId(), actor.userId, now))) throw notFound();
    await recordActivity(tx, {
      accountId: document.account_id,
      documentId,
      documentName: document.name,
      area: document.area,
      action: 'deleted',
      versionNumber: null,
      actorUserId: actor.userId,
      actorIsStaff: actor.staffRole !== null,
      now,
    });
  });
}

/** Back to its old folder, or the area root when that folder is gone; "name (2)" when its name was taken meanwhile. */
async function restorePlace(
  ctx: AppContext,
  actor: Actor,
  item: { account_id: string; area: 'shared' | 'internal'; name: string; id: string },
  parentId: string | null,
) {
  let parent = parentId;
  if (parent) {
    const folder = await findFolder(ctx.db, documentScopeOf(actor), parent);
    if (!folder || folder.deleted_at) parent = null;
  }
  const place = { accountId: item.account_id, area: item.area, folderId: parent };
  return { parent, name: await firstFreeName(ctx.db, place, item.name, item.id) };
}

export async function restoreFolderUseCase(ctx: AppContext, actor: Actor, folderId: string) {
  const { folder, permissions } = await folderFor(ctx, actor, folderId);
  if (!folder.deleted_at || !folder.trash_batch) throw notFound();
  if (!(await trashStateOf(ctx.db, folderId, 'folder'))?.trash_root)
    throw conflict('This folder went to the trash with its parent: restore the parent.', 'restore_folder');
  if (!documentPolicy.folder(actor, folder, permissions).restore) throw forbidden();
  const { parent, name } = await restorePlace(ctx, actor, folder, folder.parent_id);
  await ctx.db.transaction((tx) =>
    restoreBatch(tx, folder.trash_batch!, { kind: 'folder', id: folderId, parentId: parent, name }),
  );
  return getFolderUseCase(ctx, actor, folderId);
}

export async function restoreDocumentUseCase(ctx: AppContext, actor: Actor, documentId: string) {
  const { document, permissions } = await documentFor(ctx, actor, documentId);
  const trash = await trashStateOf(ctx.db, documentId);
  if (!document.deleted_at || !trash?.trash_batch) throw notFound();
  if (!trash.trash_root)
    throw conflict('This file went to the trash with its folder: restore the folder.', 'restore_folder');
  const batch = trash.trash_batch;
  if (!documentPolicy.document(actor, document, permissions).restore) throw forbidden();
  const { parent, name } = await restorePlace(ctx, actor, document, document.folder_id);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await restoreBatch(tx, batch, { kind: 'document', id: documentId, parentId: parent, name });
    await recordActivity(tx, {
      accountId: document.account_id,
      documentId,
      documentName: name,
      area: document.area,
      action: 'restored',
      versionNumber: null,
      actorUserId: actor.userId,
      actorIsStaff: actor.staffRole !== null,
      now,
    });
  });
  return getDocumentUseCase(ctx, actor, documentId);
}

export async function listTrashUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  query: z.infer<typeof ListQuery>,
) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listTrash(ctx.db, documentScopeOf(actor), {
    accountId,
    after: cursor as [string, string] | null,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({
      type: row.type,
      id: row.id,
      name: row.name,
      area: row.area,
      sizeBytes: row.size_bytes,
      deletedAt: row.deleted_at.toISOString(),
      deletedBy: personRef(row.deleted_by, row.deleted_by_name, row.deleted_by_staff),
      purgeAt: new Date(row.deleted_at.getTime() + TRASH_DAYS * DAY_MS).toISOString(),
      abilities: {
        restore:
          row.type === 'folder'
            ? documentPolicy.folder(actor, row, permissions).restore
            : documentPolicy.document(actor, row, permissions).restore,
      },
    }),
    (row) => [row.deleted_at_key, row.id],
  );
}

/** Deletes trashed items for good, then their objects once the deletion is committed. */
export async function purgeTrashNow(ctx: AppContext, cutoff: Date, accountId: string | null) {
  const purged = await ctx.db.transaction(async (tx) => {
    const gone = await purgeTrash(tx, cutoff, accountId);
    // Their feedback threads go with them (every version's), and those threads' files with the documents' objects.
    return { ...gone, keys: [...gone.keys, ...(await removeSubjectThreads(tx, 'document', gone.documentIds))] };
  });
  for (const key of purged.keys) {
    try {
      await ctx.storage.remove(key);
      await forgetPendingObject(ctx.db, key);
    } catch (error) {
      ctx.logger.warn({ err: error, key }, 'could not delete a purged object; the orphan sweep will retry');
    }
  }
  return purged.documents;
}

export async function emptyTrashUseCase(ctx: AppContext, actor: Actor, accountId: string) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  if (!documentPolicy.space(actor, permissions).emptyTrash) throw forbidden();
  await purgeTrashNow(ctx, ctx.clock.now(), accountId);
}

export const purgeCutoff = (now: Date) => new Date(now.getTime() - TRASH_DAYS * DAY_MS);
