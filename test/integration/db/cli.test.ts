import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/platform/db/index.ts';
import { verifyPassword } from '../../../src/server/platform/security/passwords.ts';
import { engine } from '../../support/harness.ts';

describe.runIf(engine === 'embedded')('the admin CLI (npx portico)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'portico-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // A clean environment: vitest puts Vite's BASE_URL=/ into process.env.
  const portico = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/portico.mjs', ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir },
      encoding: 'utf8',
    });

  it('migrates, creates an owner, refuses weak passwords and resets a password', async () => {
    expect(portico('migrate').status).toBe(0);
    const created = portico(
      'create-admin',
      '--email',
      'Ops@Example.org',
      '--name',
      'Ops',
      '--password',
      'a long enough passphrase',
    );
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Created owner ops@example.org');
    const duplicate = portico(
      'create-admin',
      '--email',
      'ops@example.org',
      '--name',
      'Ops',
      '--password',
      'a long enough passphrase',
    );
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('exists already');
    const weak = portico('reset-password', '--email', 'ops@example.org', '--password', 'qwertyuiop');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('too common');
    expect(portico('reset-password', '--email', 'ops@example.org', '--password', 'a brand new passphrase').status).toBe(
      0,
    );
    expect(portico('frobnicate').status).toBe(1);

    const db = await openDatabase({ engine: 'embedded', dataDir });
    try {
      const { rows } = await db.query<{ staff_role: string; password_hash: string }>(
        "SELECT staff_role, password_hash FROM users WHERE email = 'ops@example.org'",
      );
      expect(rows[0]!.staff_role).toBe('owner');
      expect(await verifyPassword(rows[0]!.password_hash, 'a brand new passphrase')).toBe(true);
      const audit = await db.query<{ action: string }>(
        "SELECT action FROM audit_events WHERE target_label = 'ops@example.org' ORDER BY occurred_at",
      );
      expect(audit.rows.map((row) => row.action)).toEqual(['user.created', 'password.reset']);
    } finally {
      await db.close();
    }
    // Each command is a fresh Node process opening the embedded database (seconds each on a busy 2-core machine).
  }, 180_000);
});
