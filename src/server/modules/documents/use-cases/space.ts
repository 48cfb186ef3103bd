import type { ClientPermissions } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { documentScopeOf } from '../policy.ts';
import { findSpace, type SpaceRow } from '../repository.ts';

export const permissionsOf = (space: SpaceRow): ClientPermissions => ({
  upload: space.client_upload,
  createFolders: space.client_create_folders,
  rename: space.client_rename,
  deleteOwn: space.client_delete_own,
  editOthers: space.client_edit_others,
});

/** The account's document space as the caller sees it: 404 outside its scope or when documents are off. */
export async function loadSpace(ctx: AppContext, actor: Actor, accountId: string) {
  const space = await findSpace(ctx.db, documentScopeOf(actor), accountId, ctx.config.documents.defaultQuotaBytes);
  if (!space) throw notFound();
  return { space, permissions: permissionsOf(space) };
}
