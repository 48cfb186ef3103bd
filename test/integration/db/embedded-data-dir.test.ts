import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Each test opens PGlite on disk (or starts a real server): slow on a loaded machine, so generous timeouts.
describe.runIf(engine === 'embedded')('the embedded data directory', { timeout: 180_000 }, () => {
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
      expect(other.stderr).toMatch(/is in use by another Portico process \(pid \d+, started /);
      // The holder is unharmed.
      expect((await holder.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one).toBe(1);
    } finally {
      await holder.close();
    }
    // Released on close: the next opener gets it.
    const next = await openDatabase({ engine: 'embedded', dataDir });
    await next.close();
  });

  it('starts over a lock file whose pid now belongs to a live, unrelated process (pid reuse in a container)', async () => {
    // The old lock trusted "is that pid alive"; here it is alive (this test process) but holds no lock.
    writeFileSync(join(dataDir, 'portico.lock'), String(process.pid));
    const db = await openDatabase({ engine: 'embedded', dataDir });
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one).toBe(1);
    await db.close();
  });

  it('starts right after the previous holder was killed with SIGKILL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_DIR: dataDir,
        PORT: '0',
        DEMO_SEED: 'off',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        if (output.includes('Portico is running')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`Portico exited with ${code}: ${output}`)));
    });
    expect(readFileSync(join(dataDir, 'portico.lock'), 'utf8')).toContain(`pid ${child.pid}`);
    child.kill('SIGKILL');
    await exited;
    const db = await openDatabase({ engine: 'embedded', dataDir });
    await db.close();
  });
});
