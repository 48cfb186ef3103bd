// `portico backup` and `portico restore`: a backup restored into a fresh database and file store brings back
// every document (by SHA-256, every version), message and ticket; a damaged backup is refused before anything
// is written.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { BackupError, createBackup, restoreBackup } from '../../../src/server/platform/backup/index.ts';
import { createContext } from '../../../src/server/platform/start.ts';
import { createStorage } from '../../../src/server/platform/storage/index.ts';
import { idOf, openTestDatabase, startPortal, type TestPortal } from '../../support/harness.ts';
import { HttpClient } from '../../support/http-client.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('backup and restore', () => {
  let portal: TestPortal;
  let backupRoot: string;
  const uploaded = new Map<string, string[]>(); // document name -> SHA-256 of each version, oldest first
  let threadId: string;
  let ticketNumber: number;

  beforeAll(async () => {
    portal = await startPortal({ DOCUMENTS_JOB_INTERVAL_SECONDS: '0' });
    backupRoot = mkdtempSync(join(tmpdir(), 'portico-backup-test-'));
    const owner = await portal.signedIn('owner@northwind.example');
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');

    for (const name of ['ledger 2026.pdf', 'contract.pdf']) {
      const bytes = randomBytes(70_000);
      const response = await owner.request(
        'POST',
        `/api/v1/accounts/${acme}/documents?name=${encodeURIComponent(name)}`,
        bytes,
        { 'content-type': 'application/octet-stream' },
      );
      expect(response.statusCode, response.body).toBe(201);
      uploaded.set(name, [sha256(bytes)]);
      if (name === 'contract.pdf') {
        const second = randomBytes(50_000);
        const documentId = (response.json() as { document: { id: string } }).document.id;
        const version = await owner.request('POST', `/api/v1/documents/${documentId}/versions`, second, {
          'content-type': 'application/octet-stream',
        });
        expect(version.statusCode, version.body).toBe(201);
        uploaded.get(name)!.push(sha256(second));
      }
    }
    const thread = await owner.post(`/api/v1/accounts/${acme}/threads`, { subject: 'Year end', body: 'First <b>' });
    expect(thread.statusCode, thread.body).toBe(201);
    threadId = (thread.json() as { id: string }).id;
    expect((await owner.post(`/api/v1/threads/${threadId}/messages`, { body: 'Second message' })).statusCode).toBe(201);
    const ticket = await dana.post('/api/v1/tickets', { subject: 'Backup me', body: 'Please keep this ticket.' });
    expect(ticket.statusCode, ticket.body).toBe(201);
    ticketNumber = (ticket.json() as { number: number }).number;
    await portal.ctx.background.idle();
  });
  afterAll(async () => {
    await portal.close();
    rmSync(backupRoot, { recursive: true, force: true });
  });

  it('a backup restored into a fresh database and file store serves every document, message and ticket', async () => {
    const dir = join(backupRoot, 'full');
    const manifest = await createBackup(portal.ctx.db, portal.ctx.storage, portal.clock, dir);
    expect(manifest.files.length).toBeGreaterThanOrEqual(3);
    expect(manifest.tables.find((table) => table.name === 'tickets')?.rows).toBeGreaterThan(0);

    const dataDir = mkdtempSync(join(tmpdir(), 'portico-restored-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      SECRET: portal.config.secret,
      DATA_DIR: dataDir,
      BASE_URL: 'http://portico.test',
    });
    const { db, drop } = await openTestDatabase();
    const storage = createStorage(config.storage);
    try {
      await restoreBackup(db, storage, dir);
      const ctx = await createContext(config, db, pino({ level: 'silent' }));
      const restored = await buildApp(ctx, { webRoot: null });
      try {
        const owner = new HttpClient(restored.app);
        const signIn = await owner.post('/api/v1/auth/sign-in', {
          email: 'owner@northwind.example',
          password: portal.demo.password,
        });
        expect(signIn.statusCode, signIn.body).toBe(200);
        const acme = await idOf(db, 'accounts', 'Acme Manufacturing');

        const documents = (await owner.get(`/api/v1/accounts/${acme}/documents?limit=200`)).json() as {
          items: { id: string; name: string }[];
        };
        for (const [name, versions] of uploaded) {
          const document = documents.items.find((item) => item.name === name);
          expect(document, name).toBeDefined();
          const listed = (await owner.get(`/api/v1/documents/${document!.id}/versions`)).json() as {
            items: { id: string }[];
          };
          const hashes: string[] = [];
          for (const version of listed.items.reverse()) {
            const download = await owner.get(`/api/v1/documents/${document!.id}/download?versionId=${version.id}`);
            expect(download.statusCode).toBe(200);
            hashes.push(sha256(download.rawPayload));
          }
          expect(hashes, name).toEqual(versions);
        }

        const messages = (await owner.get(`/api/v1/threads/${threadId}/messages`)).json() as {
          items: { body: string }[];
        };
        expect(messages.items.map((message) => message.body)).toEqual(
          expect.arrayContaining(['First <b>', 'Second message']),
        );
        const tickets = (await owner.get(`/api/v1/tickets?q=${encodeURIComponent(`#${ticketNumber}`)}`)).json() as {
          items: { number: number; subject: string }[];
        };
        expect(tickets.items.map((ticket) => ticket.subject)).toContain('Backup me');

        // Sequences came back too: the next ticket gets a new number, not a duplicate.
        const dana = new HttpClient(restored.app);
        await dana.post('/api/v1/auth/sign-in', {
          email: 'dana.diaz@customers.example',
          password: portal.demo.password,
        });
        const next = await dana.post('/api/v1/tickets', { subject: 'After restore', body: 'New one' });
        expect(next.statusCode, next.body).toBe(201);
        expect((next.json() as { number: number }).number).toBeGreaterThan(ticketNumber);
      } finally {
        await restored.app.close();
        await ctx.background.idle();
      }
    } finally {
      await drop();
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a damaged or unfinished backup is refused before anything is written, and a used target too', async () => {
    const dir = join(backupRoot, 'damaged');
    const manifest = await createBackup(portal.ctx.db, portal.ctx.storage, portal.clock, dir);
    const victim = join(dir, 'files', manifest.files[0]!.key);
    const bytes = readFileSync(victim);
    bytes[0] = bytes[0]! ^ 0xff;
    writeFileSync(victim, bytes);

    const { db, drop } = await openTestDatabase();
    const storageDir = mkdtempSync(join(tmpdir(), 'portico-restored-'));
    const storage = createStorage({ driver: 'local', dir: storageDir });
    try {
      await expect(restoreBackup(db, storage, dir)).rejects.toThrow(/damaged/);
      await expect(restoreBackup(db, storage, join(backupRoot, 'nothing-here'))).rejects.toBeInstanceOf(BackupError);
      const { rows } = await db.query<{ present: string | null }>("SELECT to_regclass('schema_migrations') AS present");
      expect(rows[0]!.present).toBeNull();
      const written: string[] = [];
      for await (const key of storage.list()) written.push(key);
      expect(written).toEqual([]);
      // The source portal's own database is in use: restoring over it is refused.
      await expect(restoreBackup(portal.ctx.db, storage, join(backupRoot, 'full'))).rejects.toThrow(/not empty/);
    } finally {
      await drop();
      rmSync(storageDir, { recursive: true, force: true });
    }
  });
});
