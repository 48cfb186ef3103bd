import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, openDatabase } from '../../../src/server/platform/db/index.ts';
import { engine } from '../../support/harness.ts';

function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      // A clean environment: vitest puts Vite's BASE_URL=/ and friends into process.env.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe.runIf(engine === 'embedded')('the embedded data directory', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'portico-datadir-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps committed data across a restart', async () => {
    const first = await openDatabase({ engine: 'embedded', dataDir });
    await first.query('CREATE TABLE kept (value text)');
    await first.query("INSERT INTO kept VALUES ('survives')");
    await first.close();
    const second = await openDatabase({ engine: 'embedded', dataDir });
    expect((await second.query<{ value: string }>('SELECT value FROM kept')).rows).toEqual([{ value: 'survives' }]);
    await second.close();
  });

  it('refuses a second opener while the first holds the directory, in this process and in another', async () => {
    const holder = await openDatabase({ engine: 'embedded', dataDir });
    try {
      await expect(openDatabase({ engine: 'embedded', dataDir })).rejects.toThrow(DataDirLockedError);
      const other = await runMain({ DATA_DIR: dataDir, PORT: '0', DEMO_SEED: 'off', LOG_LEVEL: 'silent' });
      expect(other.code).toBe(1);
      expect(other.stderr).toMatch(/is in use by another Portico process \(pid \d+\)/);
      // The holder is unharmed.
      expect((await holder.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one).toBe(1);
    } finally {
      await holder.close();
    }
    expect(existsSync(join(dataDir, 'portico.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that died', async () => {
    writeFileSync(join(dataDir, 'portico.lock'), '999999');
    const db = await openDatabase({ engine: 'embedded', dataDir });
    await db.close();
  });
});
