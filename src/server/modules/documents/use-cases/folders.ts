import type { CreateFolder, FolderListQuery, UpdateFolder } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { sanitizeFileName } from '../file-names.ts';
import { documentPolicy, documentScopeOf } from '../policy.ts';
import { presentFolder } from '../presenters.ts';
import {
  findFolder,
  folderPath,
  insertFolder,
  isSameOrDescendant,
  listFolders,
  nameTaken,
  updateFolder,
} from '../repository.ts';
import { loadSpace } from './space.ts';

const nameTakenError = () => conflict('Something with this name is already here. Choose another name.', 'name_taken');

/** A folder the caller can see, with its space; 404 otherwise. */
export async function folderFor(ctx: AppContext, actor: Actor, folderId: string) {
  const folder = await findFolder(ctx.db, documentScopeOf(actor), folderId);
  if (!folder) throw notFound();
  const { space, permissions } = await loadSpace(ctx, actor, folder.account_id);
  return { folder, space, permissions };
}

/** A live parent folder in the given account (and area, when known); 404 otherwise. */
async function liveParent(ctx: AppContext, actor: Actor, accountId: string, parentId: string) {
  const parent = await findFolder(ctx.db, documentScopeOf(actor), parentId);
  if (!parent || parent.deleted_at || parent.account_id !== accountId) throw notFound();
  return parent;
}

export async function listFoldersUseCase(ctx: AppContext, actor: Actor, accountId: string, query: FolderListQuery) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  const scope = documentScopeOf(actor);
  if (!scope.areas.includes(query.area)) throw notFound();
  if (query.parentId) await liveParent(ctx, actor, accountId, query.parentId);
  const cursor = decodeCursor(query.cursor, ['text', 'uuid']);
  const rows = await listFolders(ctx.db, scope, {
    accountId,
    area: query.area,
    parentId: query.parentId ?? null,
    after: cursor as [string, string] | null,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentFolder(row, actor, permissions),
    (row) => [row.name_key, row.id],
  );
}

export async function getFolderUseCase(ctx: AppContext, actor: Actor, folderId: string) {
  const { folder, permissions } = await folderFor(ctx, actor, folderId);
  return presentFolder(folder, actor, permissions, await folderPath(ctx.db, folderId));
}

export async function createFolderUseCase(ctx: AppContext, actor: Actor, accountId: string, input: CreateFolder) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  const scope = documentScopeOf(actor);
  const area = input.parentId ? (await liveParent(ctx, actor, accountId, input.parentId)).area : input.area;
  if (!scope.areas.includes(area)) throw notFound();
  if (!documentPolicy.space(actor, permissions).createFolders)
    throw forbidden('Creating folders is turned off for this account.');
  const name = sanitizeFileName(input.name);
  const id = newId();
  await ctx.db
    .transaction(async (tx) => {
      if (await nameTaken(tx, { accountId, area, parentId: input.parentId }, name)) throw nameTakenError();
      await insertFolder(tx, {
        id,
        accountId,
        parentId: input.parentId,
        area,
        name,
        createdBy: actor.userId,
        now: ctx.clock.now(),
      });
    })
    .catch(uniqueViolationAsNameTaken);
  return getFolderUseCase(ctx, actor, id);
}

export async function updateFolderUseCase(
  ctx: AppContext,
  actor: Actor,
  folderId: string,
  input: UpdateFolder,
  expectedVersion: number | null,
) {
  const { folder, permissions } = await folderFor(ctx, actor, folderId);
  if (folder.deleted_at) throw notFound();
  const abilities = documentPolicy.folder(actor, folder, permissions);
  if (input.name !== undefined && !abilities.rename) throw forbidden();
  const parentId = input.parentId === undefined ? folder.parent_id : input.parentId;
  if (parentId !== folder.parent_id) {
    if (!abilities.move) throw forbidden();
    if (parentId) {
      const parent = await liveParent(ctx, actor, folder.account_id, parentId);
      // Folders stay in their area (their contents would change audience silently).
      if (parent.area !== folder.area)
        throw fieldError('parentId', 'other_area', 'A folder cannot move between the shared and internal areas.');
      if (await isSameOrDescendant(ctx.db, folderId, parentId))
        throw fieldError('parentId', 'into_itself', 'A folder cannot move into itself.');
    }
  }
  const name = input.name === undefined ? folder.name : sanitizeFileName(input.name);
  await ctx.db
    .transaction(async (tx) => {
      if (await nameTaken(tx, { accountId: folder.account_id, area: folder.area, parentId }, name, folderId))
        throw nameTakenError();
      if (!(await updateFolder(tx, folderId, { name, parentId, now: ctx.clock.now(), expectedVersion }))) {
        throw conflict('The folder changed since you loaded it. Reload and try again.', 'stale_version');
      }
    })
    .catch(uniqueViolationAsNameTaken);
  return getFolderUseCase(ctx, actor, folderId);
}

/** A unique-index violation (a concurrent create of the same name) reads as the same 409 as the check. */
export function uniqueViolationAsNameTaken(error: unknown): never {
  if ((error as { code?: string }).code === '23505') throw nameTakenError();
  throw error;
}
