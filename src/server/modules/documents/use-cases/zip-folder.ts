import { PassThrough, type Readable } from 'node:stream';
import yazl from 'yazl';
import type { DocumentArea } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { recordExport } from '../../audit/index.ts';
import { zipEntryPath } from '../file-names.ts';
import { documentPolicy, documentScopeOf } from '../policy.ts';
import { liveAreaTreeOf, liveTreeOf, type TreeEntry } from '../version-repository.ts';
import { folderFor } from './folders.ts';
import { loadSpace } from './space.ts';

/**
 * Entries as a zip, built while it is sent: each file is opened from storage only when the zip reaches it, so
 * memory stays flat however big the tree. Entry paths are the stored (already sanitized) names, so no entry can
 * climb out with "..". Zip64 is used where sizes need it.
 */
function zipOf(ctx: AppContext, entries: TreeEntry[]): Readable {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const path = zipEntryPath(entry.path);
    if (entry.kind === 'folder') {
      if (path) zip.addEmptyDirectory(path);
      continue;
    }
    zip.addReadStreamLazy(
      path,
      { mtime: entry.updated_at, size: entry.size_bytes ?? undefined, compress: false },
      (callback) => {
        ctx.storage.read(entry.storage_key!).then(
          (stream) => callback(null, stream),
          (error: Error) => callback(error, null as unknown as Readable),
        );
      },
    );
  }
  zip.end();
  const output = new PassThrough();
  zip.outputStream.on('error', (error) => output.destroy(error));
  zip.outputStream.pipe(output);
  return output;
}

/** A folder and everything live below it. */
export async function zipFolderUseCase(
  ctx: AppContext,
  actor: Actor,
  folderId: string,
): Promise<{ stream: Readable; name: string }> {
  const { folder, permissions } = await folderFor(ctx, actor, folderId);
  if (folder.deleted_at || !documentPolicy.folder(actor, folder, permissions).downloadZip) throw notFound();
  await recordExport(ctx, actor, {
    action: 'export.documents_zip',
    target: { type: 'folder', id: folder.id, label: folder.name },
    accountId: folder.account_id,
  });
  return { stream: zipOf(ctx, await liveTreeOf(ctx.db, folderId)), name: `${folder.name}.zip` };
}

/** A whole area of an account (its top level and every folder). The internal area does not exist for clients: 404. */
export async function zipAreaUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  area: DocumentArea,
): Promise<{ stream: Readable; name: string }> {
  const { space, permissions } = await loadSpace(ctx, actor, accountId);
  if (!documentScopeOf(actor).areas.includes(area) || !documentPolicy.space(actor, permissions).downloadZip)
    throw notFound();
  const label = area === 'shared' ? 'Shared' : 'Internal';
  await recordExport(ctx, actor, {
    action: 'export.documents_zip',
    target: { type: 'document_area', id: area, label: `${space.account_name} - ${label}` },
    accountId,
  });
  return {
    stream: zipOf(ctx, await liveAreaTreeOf(ctx.db, accountId, area)),
    name: `${space.account_name} - ${label}.zip`,
  };
}
