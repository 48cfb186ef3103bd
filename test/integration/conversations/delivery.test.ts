import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { createMailer, devMailDriver, type OutgoingMail } from '../../../src/server/platform/mail/index.ts';
import { JobRunner } from '../../../src/server/platform/jobs/index.ts';
import { EMAIL_JOB } from '../../../src/server/modules/conversations/use-cases/fan-out.ts';
import {
  SEND_LEASE_MS,
  sendThreadEmail,
} from '../../../src/server/modules/conversations/use-cases/send-thread-email.ts';
import { acmeId, drainJobs, newThread, post } from './helpers.ts';

async function sentTo(portal: TestPortal, to: string, subject: string) {
  const { rows } = await portal.ctx.db.query<{ subject: string; text_body: string }>(
    "SELECT subject, text_body FROM mail_messages WHERE to_address = $1 AND status = 'sent' AND subject LIKE $2 ORDER BY created_at, id",
    [to, `%${subject}%`],
  );
  return rows;
}

describe('durable delivery: a crash between reserving and sending', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('loses nothing: after the lease passes another runner sends, exactly once, and a retry sends nothing more', async () => {
    const dev = devMailDriver(portal.ctx.logger);
    // The first delivery never returns, as when the process dies mid-send: the reservation stays `sending`.
    let crash: (error: Error) => void = () => undefined;
    let crashed = false;
    portal.ctx.mailer = createMailer(
      portal.ctx.db,
      {
        name: 'dev',
        deliver: (mail: OutgoingMail) =>
          crashed
            ? dev.deliver(mail)
            : new Promise<void>((_resolve, reject) => {
                crashed = true;
                crash = reject;
              }),
      },
      portal.ctx.logger,
    );
    const owner = await portal.signedIn('owner@northwind.example');
    await newThread(owner, await acmeId(portal), 'Crash course', 'hello');
    const reservation = async () =>
      (
        await portal.ctx.db.query<{ status: string }>(
          "SELECT s.status FROM conversation_email_sends s JOIN users u ON u.id = s.user_id JOIN threads t ON t.id = s.thread_id WHERE t.subject = 'Crash course'",
        )
      ).rows;
    // Wait for the runner to reserve the send: polled, with a deadline generous enough for a loaded machine.
    const deadline = Date.now() + 20_000;
    while (!(await reservation()).length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await reservation()).map((r) => r.status)).toEqual(['sending']);
    expect(await sentTo(portal, 'alice@acme.example', 'Crash course')).toEqual([]);

    // Another process (a runner of its own on the same job table) before the lease passed: it must not send.
    const other = new JobRunner(portal.ctx, 60_000);
    other.register(EMAIL_JOB, sendThreadEmail);
    await other.drain();
    expect(
      (await sentTo(portal, 'alice@acme.example', 'Crash course')).length +
        (await sentTo(portal, 'adam@acme.example', 'Crash course')).length,
    ).toBe(0);

    // Past the job lock and the send lease: the other process takes the job and the send over.
    portal.clock.advanceMinutes(SEND_LEASE_MS / 60_000 + 1);
    await other.drain();
    for (const to of ['alice@acme.example', 'adam@acme.example'])
      expect(await sentTo(portal, to, 'Crash course'), to).toHaveLength(1);
    expect((await reservation()).every((r) => r.status === 'sent')).toBe(true);
    const jobs = await portal.ctx.db.query<{ status: string }>(
      "SELECT status FROM jobs WHERE kind = $1 AND payload->>'threadId' = (SELECT id::text FROM threads WHERE subject = 'Crash course')",
      [EMAIL_JOB],
    );
    expect(jobs.rows.length).toBeGreaterThan(0);
    expect(jobs.rows.every((j) => j.status === 'done')).toBe(true);

    // A retry of the same jobs (e.g. the runner died after the send, before anything else) finds `sent` and skips.
    await portal.ctx.db.query("UPDATE jobs SET status = 'queued', run_at = $2 WHERE kind = $1", [
      EMAIL_JOB,
      portal.clock.now(),
    ]);
    await other.drain();
    // The crashed sender wakes up with an error: its lease is gone and the job is no longer its own; nothing changes.
    crash(new Error('connection reset'));
    await drainJobs(portal);
    // The retried jobs waited for the grouping window; past it they find nothing left to send.
    portal.clock.advanceMinutes(6);
    await drainJobs(portal);
    for (const to of ['alice@acme.example', 'adam@acme.example'])
      expect(await sentTo(portal, to, 'Crash course'), to).toHaveLength(1);
    expect(
      (
        await portal.ctx.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM jobs WHERE kind = $1 AND status <> 'done'",
          [EMAIL_JOB],
        )
      ).rows[0]!.n,
    ).toBe(0);
  });
});

describe('daily digest', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
  });
  afterAll(() => portal.close());

  it("a daily reader gets nothing immediate, then one digest of the day's threads without internal notes", async () => {
    expect((await alice.put('/api/v1/me/notification-preferences', { email: { messages: 'daily' } })).statusCode).toBe(
      200,
    );
    const acme = await acmeId(portal);
    const first = await newThread(owner, acme, 'Digest payroll', 'payroll is ready');
    await post(owner, first.id, { body: 'SECRET-NOTE-TEXT', internal: true });
    await post(owner, first.id, { body: 'second message' });
    await newThread(owner, acme, 'Digest invoices', 'invoice attached');
    await drainJobs(portal);
    const toAlice = async () =>
      (
        await portal.ctx.db.query<{ subject: string; text_body: string; html_body: string }>(
          "SELECT subject, text_body, html_body FROM mail_messages WHERE to_address = 'alice@acme.example' AND status = 'sent' ORDER BY created_at, id",
        )
      ).rows;
    expect(await toAlice()).toEqual([]);
    // Adam kept "immediately": he got his emails at once.
    expect((await sentTo(portal, 'adam@acme.example', 'Digest payroll')).length).toBe(1);

    const now = portal.clock.now();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
    if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
    portal.clock.advanceMinutes(Math.ceil((next.getTime() - now.getTime()) / 60_000) + 1);
    await drainJobs(portal);
    const mails = await toAlice();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Your daily summary from Northwind Advisory');
    // Two visible messages in the first thread (the note is not one of them), one in the second.
    expect(mails[0]!.text_body).toContain('Digest payroll: 2 new');
    expect(mails[0]!.text_body).toContain('Digest invoices: 1 new');
    expect(`${mails[0]!.text_body}${mails[0]!.html_body}`).not.toContain('SECRET-NOTE-TEXT');
    // The job is done: the next drain sends nothing more.
    await drainJobs(portal);
    expect(await toAlice()).toHaveLength(1);
  });
});
