import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';

/**
 * A backup is a folder: `database/<table>.jsonl` (one JSON row a line), `files/<storage key>` (the stored
 * bytes), and `manifest.json`, written last, so a folder without one is an unfinished backup. The manifest
 * lists every part with its SHA-256; a restore checks them all before it touches anything.
 */
export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_FORMAT = 'portico-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  engine: 'embedded' | 'postgres';
  /** Migrations applied when the snapshot was taken, with their checksums: the schema the rows fit. */
  migrations: { name: string; checksum: string }[];
  tables: { name: string; rows: number; file: string; sha256: string }[];
  sequences: { name: string; lastValue: number; isCalled: boolean }[];
  files: { key: string; bytes: number; sha256: string }[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

export async function sha256OfFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  await pipeline(
    createReadStream(path),
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        bytes += chunk.length;
        callback();
      },
    }),
  );
  return { sha256: hash.digest('hex'), bytes };
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new BackupError(`${dir} holds no ${MANIFEST_FILE}: it is not a finished Portico backup.`);
  }
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`Unknown backup format: ${String(manifest.format)}`);
  return manifest;
}

/** Every part the manifest names, present with its recorded size and SHA-256; throws on the first that is not. */
export async function verifyBackup(dir: string, manifest: BackupManifest): Promise<void> {
  const parts = [
    ...manifest.tables.map((table) => ({ path: join(dir, 'database', table.file), sha256: table.sha256 })),
    ...manifest.files.map((file) => ({ path: join(dir, 'files', file.key), sha256: file.sha256 })),
  ];
  for (const part of parts) {
    const actual = await sha256OfFile(part.path).catch(() => null);
    if (!actual) throw new BackupError(`The backup is incomplete: ${part.path} is missing.`);
    if (actual.sha256 !== part.sha256) throw new BackupError(`The backup is damaged: ${part.path} fails its checksum.`);
  }
}
