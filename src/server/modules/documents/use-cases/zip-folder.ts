import { PassThrough, type Readable } from 'node:stream';
import yazl from 'yazl';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { documentPolicy } from '../policy.ts';
import { liveTreeOf } from '../version-repository.ts';
import { folderFor } from './folders.ts';

/**
 * A folder and everything live below it as a zip, built while it is sent: each file is opened from storage
 * only when the zip reaches it, so memory stays flat however big the folder. Entry paths are the stored
 * (already sanitized) names, so no entry can climb out with "..". Zip64 is used where sizes need it.
 */
export async function zipFolderUseCase(ctx: AppContext, actor: Actor, folderId: string): Promise<{ stream: Readable; name: string }> {
  const { folder, permissions } = await folderFor(ctx, actor, folderId);
  if (folder.deleted_at || !documentPolicy.folder(actor, folder, permissions).downloadZip) throw notFound();
  const entries = await liveTreeOf(ctx.db, folderId);
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const path = entry.path.join('/');
    if (entry.kind === 'folder') {
      if (path) zip.addEmptyDirectory(path);
      continue;
    }
    zip.addReadStreamLazy(path, { mtime: entry.updated_at, size: entry.size_bytes ?? undefined, compress: false }, (callback) => {
      ctx.storage.read(entry.storage_key!).then((stream) => callback(null, stream), (error: Error) => callback(error, null as unknown as Readable));
    });
  }
  zip.end();
  const output = new PassThrough();
  zip.outputStream.on('error', (error) => output.destroy(error));
  zip.outputStream.pipe(output);
  return { stream: output, name: `${folder.name}.zip` };
}
