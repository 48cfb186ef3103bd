import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../support/harness.ts';
import { canIsolatePids, FetchClient, spawnPortico, waitFor, type PorticoProcess } from '../../support/process.ts';

const DEMO_PASSWORD = 'northwind-demo-2026';
const OWNER = 'owner@northwind.example';

// Real OS processes: starting one (migrations, demo seed) takes a while on a loaded machine.
describe.runIf(engine === 'embedded')('graceful shutdown of a real process', { timeout: 240_000 }, () => {
  it('a stalled upload does not hold SIGTERM past SHUTDOWN_TIMEOUT_SECONDS, a request arriving meanwhile gets 503 problem+json, and the process exits', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-shutdown-'));
    // Request arrivals are logged at trace, so the test sees the upload reach the server.
    const portico = await spawnPortico({
      DATA_DIR: dataDir,
      SHUTDOWN_TIMEOUT_SECONDS: '2',
      LOG_LEVEL: 'trace',
      REQUEST_LOG_LEVEL: 'trace',
    });
    try {
      const owner = new FetchClient(portico.baseUrl);
      expect(
        (await owner.request('POST', '/api/v1/auth/sign-in', { email: OWNER, password: DEMO_PASSWORD })).status,
      ).toBe(200);
      const accounts = (await (await owner.request('GET', '/api/v1/accounts?limit=1')).json()) as {
        items: { id: string }[];
      };
      const session = await owner.request('GET', '/api/v1/session');
      const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
      // An upload that announces 1 MiB and sends 10 bytes, then nothing.
      const url = new URL(`/api/v1/accounts/${accounts.items[0]!.id}/documents?name=stalled.bin`, portico.baseUrl);
      const stalled = httpRequest(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': String(1024 * 1024),
          'x-csrf-token': csrf,
          cookie: owner.cookieHeader(),
        },
      });
      const stalledOutcome = new Promise<string>((resolve) => {
        stalled.on('response', (response) => resolve(`response ${response.statusCode}`));
        stalled.on('error', (error) => resolve(`error ${error.message}`));
      });
      stalled.write(Buffer.alloc(10));
      // The upload is in the handler (its pending row exists) before the signal.
      await waitFor('the upload to start', async () => (portico.output().includes('stalled.bin') ? true : undefined));
      // A request a load balancer already forwarded: its connection is open and its first line sent, so the
      // drain does not close it as idle; it completes after the signal and must get the API's own 503.
      const lateRequest = connect({ host: '127.0.0.1', port: Number(new URL(portico.baseUrl).port) });
      await new Promise<void>((resolve) => lateRequest.once('connect', () => resolve()));
      lateRequest.write('GET /api/v1/me HTTP/1.1\r\n');
      let lateAnswer = '';
      lateRequest.on('data', (chunk: Buffer) => (lateAnswer += chunk.toString('latin1')));
      const lateClosed = new Promise<void>((resolve) => lateRequest.once('close', () => resolve()));
      const sentAt = Date.now();
      portico.kill('SIGTERM');
      await waitFor('the drain to start', async () => (portico.output().includes('shutting down') ? true : undefined));
      lateRequest.end(`Host: 127.0.0.1\r\nCookie: ${owner.cookieHeader()}\r\n\r\n`);
      await lateClosed;
      const [head = '', body = ''] = lateAnswer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 503 /);
      expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
      expect(head).toMatch(/\r\nretry-after: \d+/i);
      expect(JSON.parse(body)).toMatchObject({ status: 503, code: 'shutting_down' });
      const code = await Promise.race([
        portico.exited,
        new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 60_000)),
      ]);
      const tookMs = Date.now() - sentAt;
      expect(code, portico.output()).toBe(1); // cut at the bound, not a clean drain
      expect(tookMs).toBeLessThan(30_000); // the bound is 2 s (+3 s to close the database); generous for a busy machine
      expect(portico.output()).toContain('shutdown bound reached');
      expect(await stalledOutcome).toMatch(/^error|^response 5/);
    } finally {
      portico.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/**
 * Two real Portico processes on one PostgreSQL schema. When the machine allows it, each runs in its own pid
 * namespace, as in containers: both are pid 1, which is how the old "ignore my own pid" check lost invalidations.
 */
describe.runIf(engine === 'postgres')('session invalidation across two real processes', { timeout: 300_000 }, () => {
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = `portico_procs_${randomBytes(6).toString('hex')}`;
  let admin: pg.Client;
  let a: PorticoProcess;
  let b: PorticoProcess;
  const dataDirs = [mkdtempSync(join(tmpdir(), 'portico-a-')), mkdtempSync(join(tmpdir(), 'portico-b-'))];

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const databaseUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const env = { DATABASE_URL: databaseUrl, SECRET: 'two-processes-secret-two-processes-0' };
    // One after the other: the first migrates and seeds the demo.
    a = await spawnPortico({ ...env, DATA_DIR: dataDirs[0]! }, { ownPidNamespace: canIsolatePids });
    b = await spawnPortico({ ...env, DATA_DIR: dataDirs[1]! }, { ownPidNamespace: canIsolatePids });
  }, 300_000);
  afterAll(async () => {
    a?.kill('SIGKILL');
    b?.kill('SIGKILL');
    await Promise.all([a?.exited, b?.exited]);
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  const instanceOf = (portico: PorticoProcess) => /"instance":"([0-9a-f-]{36})"/.exec(portico.output())?.[1];

  /** Signs in through A, makes B cache the session, signs out through A: B must refuse it well before the 30 s TTL. */
  async function revokedThroughAIsRefusedByB() {
    const throughA = new FetchClient(a.baseUrl);
    const signIn = await throughA.request('POST', '/api/v1/auth/sign-in', { email: OWNER, password: DEMO_PASSWORD });
    expect(signIn.status).toBe(200);
    const throughB = throughA.at(b.baseUrl);
    expect((await throughB.request('GET', '/api/v1/me')).status).toBe(200);
    expect((await throughB.request('GET', '/api/v1/me')).status).toBe(200); // now served from B's cache
    expect((await throughA.request('POST', '/api/v1/auth/sign-out')).status).toBeLessThan(300);
    const started = Date.now();
    await waitFor(
      'B to refuse the revoked session',
      async () => ((await throughB.request('GET', '/api/v1/me')).status === 401 ? true : undefined),
      20_000,
    );
    return Date.now() - started;
  }

  it('a session signed out through A is refused by B at once, though both processes may have the same pid', async () => {
    expect(instanceOf(a)).toBeDefined();
    expect(instanceOf(a)).not.toBe(instanceOf(b));
    expect(await revokedThroughAIsRefusedByB()).toBeLessThan(20_000);
  });

  it('after its LISTEN connection is killed, B reports it in /readyz, listens again, and invalidations work again', async () => {
    const names = [`portico session-cache ${instanceOf(b)}`, `portico realtime ${instanceOf(b)}`];
    const terminate = () =>
      admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ANY($1)', [names]);
    expect((await terminate()).rowCount).toBe(2);
    // Keep cutting each new connection until /readyz has been seen saying so.
    const problem = await waitFor(
      '/readyz to report the lost listener',
      async () => {
        await terminate();
        const readyz = await fetch(`${b.baseUrl}/readyz`);
        if (readyz.status !== 503) return undefined;
        expect(readyz.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(readyz.headers.get('retry-after')).toBeTruthy();
        return (await readyz.json()) as { code: string; detail: string };
      },
      30_000,
    );
    expect(problem.code).toBe('listener_down');
    // Left alone, it listens again and says ready.
    await waitFor(
      'B to be ready again',
      async () => ((await fetch(`${b.baseUrl}/readyz`)).status === 200 ? true : undefined),
      30_000,
    );
    const listening = await admin.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ANY($1)',
      [names],
    );
    expect(listening.rows[0]!.n).toBe(2);
    expect(await revokedThroughAIsRefusedByB()).toBeLessThan(20_000);
  });
});
