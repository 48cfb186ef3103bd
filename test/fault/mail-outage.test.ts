// Fault injection, mail out (issue 17): a real Portico process sends to a real SMTP server that is down. Mail
// triggered meanwhile (password reset, invitation, file request) is acknowledged (202, 201) and queued; the process
// is then killed with SIGKILL, the SMTP server comes back, Portico starts again on the same data, and every mail
// arrives exactly once. Runs on the embedded engine and, when TEST_DATABASE_URL is set, on PostgreSQL.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessClient } from '../support/portico-process.ts';
import { spawnPortico, type PorticoProcess } from '../support/process.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

const DEMO_PASSWORD = 'northwind-demo-2026';
// The first retry comes 30 s after the failed attempt (the queue's backoff): the waits below are deadlines.
const ARRIVAL_DEADLINE_MS = 180_000;

const engines: { name: string; url?: string }[] = [
  { name: 'embedded' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres', url: process.env.TEST_DATABASE_URL }] : []),
];

interface JobView {
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

describe.each(engines)('mail while SMTP is down, across a SIGKILL, on the $name engine', ({ url }) => {
  let env: Record<string, string>;
  let server: PorticoProcess;
  let sink: SmtpSink;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-mail-fault-'));
    env = {
      DATA_DIR: dataDir,
      SMTP_URL: sink.url,
      JOBS_POLL_SECONDS: '1',
      DOCUMENTS_JOB_INTERVAL_SECONDS: '0',
      SECRET: 'mail-fault-secret-mail-fault-secret-0',
    };
    let dropDatabase = async () => undefined as void;
    if (url) {
      const database = `portico_mailfault_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      const target = new URL(url);
      target.pathname = `/${database}`;
      env.DATABASE_URL = target.toString();
      dropDatabase = async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await client.end();
      };
    }
    server = await spawnPortico(env);
    cleanup = async () => {
      server.kill('SIGTERM');
      await server.exited;
      await sink.stop();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it('queued mail survives the outage and the kill, and is delivered exactly once', async () => {
    await sink.stop();
    const owner = await ProcessClient.signedIn(server.baseUrl, 'owner@northwind.example', DEMO_PASSWORD);
    const alice = await ProcessClient.signedIn(server.baseUrl, 'alice@acme.example', DEMO_PASSWORD);
    const accounts = (await owner.request('GET', '/api/v1/accounts?limit=200')).json<{
      items: { id: string; name: string }[];
    }>();
    const acme = accounts.items.find((account) => account.name === 'Acme Manufacturing')!.id;

    const reset = await new ProcessClient(server.baseUrl).request('POST', '/api/v1/auth/password-resets', {
      email: 'dana.diaz@customers.example',
    });
    expect(reset.status).toBe(202);
    const invited = await alice.request('POST', `/api/v1/accounts/${acme}/invitations`, {
      email: 'fault-invitee@acme.example',
      role: 'member',
    });
    expect(invited.status, invited.text).toBe(201);
    const requested = await owner.request('POST', `/api/v1/accounts/${acme}/file-requests`, {
      title: 'Receipts during the outage',
    });
    expect(requested.status, requested.text).toBe(201);

    const mailJobs = async () =>
      (await owner.request('GET', '/api/v1/jobs?limit=100'))
        .json<{ items: JobView[] }>()
        .items.filter((job) => job.kind === 'mail.send');
    // Every mail was tried against the stopped server and is waiting to be retried.
    await expect
      .poll(async () => (await mailJobs()).filter((job) => job.status === 'queued' && job.lastError).length, {
        timeout: 60_000,
        interval: 250,
      })
      .toBeGreaterThanOrEqual(5);
    expect(sink.received).toEqual([]);

    server.kill('SIGKILL');
    await server.exited;
    await sink.start();
    server = await spawnPortico(env);
    owner.moveTo(server.baseUrl);

    const expected = [
      (to: string[]) => to.includes('dana.diaz@customers.example'),
      (to: string[]) => to.includes('fault-invitee@acme.example'),
      ...['alice@acme.example', 'adam@acme.example', 'sam@consultant.example'].map(
        (person) => (to: string[]) => to.includes(person),
      ),
    ];
    for (const match of expected) await sink.waitFor((mail) => match(mail.to), ARRIVAL_DEADLINE_MS);
    // Nothing left to send: then the count is final.
    await expect
      .poll(async () => (await mailJobs()).filter((job) => job.status !== 'done').length, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(0);
    for (const match of expected) expect(sink.received.filter((mail) => match(mail.to))).toHaveLength(1);
    process.stdout.write(
      `${JSON.stringify({ fault: 'smtp-down+sigkill', engine: url ? 'postgres' : 'embedded', delivered: sink.received.length })}\n`,
    );
  });
});
