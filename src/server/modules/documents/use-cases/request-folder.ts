import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { runWithoutCommitMarker, type Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { sanitizeFileName } from '../file-names.ts';
import { documentScopeOf } from '../policy.ts';
import { findFolder, insertFolder } from '../repository.ts';
import { lockRequestFolder, setRequestFolder, type FileRequestRow } from '../request-repository.ts';
import { firstFreeName } from './name-conflicts.ts';

/**
 * The folder a file request's uploads land in: the live shared folder staff chose, else (none chosen, or it went
 * to the trash) a new folder at the shared root named after the request, made now and remembered on the request.
 * A request's files never mix with the firm's files of the same name elsewhere. The folder belongs to the staff
 * member who asked, so a client cannot rename or delete it.
 */
export async function requestFolderOf(ctx: AppContext, actor: Actor, request: FileRequestRow): Promise<string> {
  const scope = documentScopeOf(actor);
  const isUsable = async (folderId: string | null, db: Queryable = ctx.db) => {
    if (!folderId) return false;
    const folder = await findFolder(db, scope, folderId);
    return Boolean(
      folder && !folder.deleted_at && folder.area === 'shared' && folder.account_id === request.account_id,
    );
  };
  if (await isUsable(request.folder_id)) return request.folder_id!;
  // Making the folder is not the upload: a crash after it must leave the upload's Idempotency-Key retryable.
  return runWithoutCommitMarker(() =>
    ctx.db.transaction(async (tx) => {
      // Another first upload may have made the folder while this one waited for the lock.
      const current = await lockRequestFolder(tx, request.id);
      if (current && (await isUsable(current, tx))) return current;
      const place = { accountId: request.account_id, area: 'shared' as const, folderId: null };
      const name = await firstFreeName(tx, place, sanitizeFileName(request.title));
      const folderId = newId();
      await insertFolder(tx, {
        id: folderId,
        accountId: request.account_id,
        parentId: null,
        area: 'shared',
        name,
        createdBy: request.requested_by ?? actor.userId,
        now: ctx.clock.now(),
      });
      await setRequestFolder(tx, request.id, folderId);
      return folderId;
    }),
  );
}
