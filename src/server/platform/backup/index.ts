export { createBackup } from './backup.ts';
export { restoreBackup } from './restore.ts';
export { BackupError, readManifest, verifyBackup, type BackupManifest } from './manifest.ts';
