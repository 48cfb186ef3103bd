import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import fsExt from 'fs-ext';

export class DataDirLockedError extends Error {
  constructor(dataDir: string, holder: string) {
    super(
      `The data directory ${dataDir} is in use by another Portico process (${holder}). ` +
        'Two processes on one embedded database lose data: stop the other process, or use DATABASE_URL ' +
        'with a PostgreSQL server to run several processes.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes an exclusive lock on the embedded data directory: an flock(2) held on `portico.lock` for the life of the
 * process (fs-ext; Node has no flock of its own). The kernel releases it when the process dies, however it dies, so
 * there is no staleness to guess: a lock file left behind by a killed process, whatever pid it names and whoever
 * has that pid now, does not block a start. The file's content (pid, start time) is only for the error message.
 * flock locks belong to the open file, so a second opener in the same process is refused too.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'portico.lock');
  // Not truncated on open: the holder's description must survive a refused attempt.
  const fd = openSync(lockPath, 'a+');
  try {
    fsExt.flockSync(fd, 'exnb');
  } catch (error) {
    closeSync(fd);
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' && (error as NodeJS.ErrnoException).code !== 'EWOULDBLOCK')
      throw error;
    throw new DataDirLockedError(dataDir, describeHolder(lockPath));
  }
  ftruncateSync(fd, 0);
  writeSync(fd, `pid ${process.pid}, started ${new Date().toISOString()}`, 0);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // Emptied, not deleted: deleting would let a later opener lock a new file while a slow one still locks the old.
    ftruncateSync(fd, 0);
    closeSync(fd); // closing the last descriptor releases the flock
  };
}

function describeHolder(lockPath: string): string {
  try {
    return readFileSync(lockPath, 'utf8').trim() || 'pid unknown';
  } catch {
    return 'pid unknown';
  }
}
