import { resolve } from 'node:path';
import type { Config } from '../../config.ts';
import { systemClock } from '../clock.ts';
import type { Database } from '../db/index.ts';
import { createStorage } from '../storage/index.ts';
import { createBackup } from './backup.ts';
import { BackupError } from './manifest.ts';
import { restoreBackup } from './restore.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** `portico backup` / `portico restore`: the CLI's side. Returns an error message for the operator, or null. */
export async function runBackupCommand(
  command: 'backup' | 'restore',
  config: Config,
  db: Database,
  options: { out?: string; from?: string },
  print: (line: string) => void,
): Promise<string | null> {
  const storage = createStorage(config.storage);
  try {
    if (command === 'backup') {
      const stamp = systemClock.now().toISOString().replace(/[:.]/g, '-');
      const dir = resolve(options.out ?? `backups/portico-${stamp}`);
      const manifest = await createBackup(db, storage, systemClock, dir);
      const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
      print(`Backup written to ${dir}`);
      print(`  ${manifest.tables.length} tables, ${rows} rows; ${manifest.files.length} files, ${megabytes(bytes)}`);
      return null;
    }
    if (!options.from) return 'restore needs --from DIR (a folder written by portico backup).';
    const manifest = await restoreBackup(db, storage, resolve(options.from));
    print(`Restored the backup of ${manifest.createdAt} (${manifest.files.length} files). Start Portico as usual.`);
    return null;
  } catch (error) {
    if (error instanceof BackupError) return error.message;
    throw error;
  } finally {
    await storage.close();
  }
}
