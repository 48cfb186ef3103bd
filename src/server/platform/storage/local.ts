import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { assertStorageKey, ObjectMissingError, type StorageDriver } from './index.ts';
import { UPLOAD_BUFFER_BYTES } from './measure.ts';

/**
 * Files under `root`: finished objects in objects/<key>, writes in progress in partial/<random>.part.
 * A write goes to a partial file, is flushed to disk, then renamed into place: rename is atomic on one file
 * system, so a reader (or a crash) sees the whole object or none of it.
 */
export function localDiskStorage(root: string): StorageDriver {
  const objects = join(root, 'objects');
  const partial = join(root, 'partial');
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return join(objects, key);
  };

  return {
    name: 'local',
    async write(key, body) {
      const target = pathOf(key);
      await mkdir(partial, { recursive: true });
      await mkdir(dirname(target), { recursive: true });
      const temporary = join(partial, `${randomUUID()}.part`);
      try {
        // flush: one fsync before close, so the rename never publishes bytes still only in the page cache.
        const file = createWriteStream(temporary, { flags: 'wx', flush: true, highWaterMark: UPLOAD_BUFFER_BYTES });
        await pipeline(body, file);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async read(key) {
      const path = pathOf(key);
      // Open first so a missing object is an error here, not a stream that fails after headers were sent.
      const stream = createReadStream(path);
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', (error: NodeJS.ErrnoException) =>
          reject(error.code === 'ENOENT' ? new ObjectMissingError(key) : error),
        );
      });
      return stream;
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async *list() {
      const entries = await readdir(objects, { recursive: true, withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.isFile()) yield relative(objects, join(entry.parentPath, entry.name)).split(sep).join('/');
      }
    },
    async sweepPartialWrites(before) {
      let removed = 0;
      const names = await readdir(partial).catch(() => [] as string[]);
      for (const name of names) {
        const path = join(partial, name);
        const info = await stat(path).catch(() => null);
        if (info && info.mtime < before) {
          await rm(path, { force: true });
          removed += 1;
        }
      }
      return removed;
    },
    async close() {},
  };
}
