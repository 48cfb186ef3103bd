// A full disk under the file store: an upload answers 507 problem+json (not "upload interrupted"), nothing half
// stored is left visible, and uploads work again once space is freed, without a restart. The data directory is a
// small tmpfs mounted for the test (root can mount; elsewhere the test says why it cannot run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

const mountPoint = mkdtempSync(join(tmpdir(), 'portico-full-disk-'));
const mounted = (() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!mounted)('uploads on a full disk (3 MiB tmpfs)', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal({ DATA_DIR: mountPoint, DOCUMENTS_JOB_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    await portal.ctx.background.idle();
  });
  afterAll(async () => {
    await portal?.close();
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  const upload = (name: string, bytes: Buffer) =>
    owner.request('POST', `/api/v1/accounts/${acme}/documents?name=${encodeURIComponent(name)}`, bytes, {
      'content-type': 'application/octet-stream',
    });

  it('answers 507 with Retry-After when the disk fills, stores nothing, and recovers once space is freed', async () => {
    // Fill the disk to the last few KiB with a file of the operator's, outside Portico.
    const ballast = join(mountPoint, 'ballast');
    try {
      writeFileSync(ballast, Buffer.alloc(3 * 1024 * 1024));
    } catch {
      // ENOSPC: the ballast took what it could.
    }
    const full = await upload('too-big.pdf', randomBytes(600 * 1024));
    const problem = expectProblem(full, 507);
    expect(problem.code).toBe('storage_full');
    expect(Number(full.headers['retry-after'])).toBeGreaterThan(0);
    const listed = (await owner.get(`/api/v1/accounts/${acme}/documents?limit=200`)).json() as {
      items: { name: string }[];
    };
    expect(listed.items.map((item) => item.name)).not.toContain('too-big.pdf');
    // No partial file stays behind on the disk.
    expect(readdirSync(join(mountPoint, 'files', 'partial'))).toEqual([]);

    rmSync(ballast);
    const again = await upload('too-big.pdf', randomBytes(600 * 1024));
    expect(again.statusCode, again.body).toBe(201);
  });
});
