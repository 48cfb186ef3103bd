import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, tokenFromMail, type TestPortal } from '../../support/harness.ts';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.ts';

/**
 * Issue 17: every email goes through the durable job queue. A real SMTP server is stopped; mail triggered meanwhile
 * (a password reset, an invitation, a file request: the last two used to be sent outside the queue and were lost
 * after their 201) is delivered exactly once after the server comes back.
 */
describe('mail while the SMTP server is down', () => {
  let sink: SmtpSink;
  let portal: TestPortal;
  beforeAll(async () => {
    sink = await startSmtpSink();
    portal = await startPortal({ SMTP_URL: sink.url });
  });
  afterAll(async () => {
    await portal.close();
    await sink.stop();
  });

  const mailsTo = (address: string) => sink.received.filter((mail) => mail.to.includes(address));

  it('queues the mail, retries it with backoff and delivers each one exactly once when SMTP is back', async () => {
    await sink.stop();
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const reset = await portal.client().post('/api/v1/auth/password-resets', { email: 'dana.diaz@customers.example' });
    expect(reset.statusCode).toBe(202);
    const alice = await portal.signedIn('alice@acme.example');
    const invited = await alice.post(`/api/v1/accounts/${acme}/invitations`, {
      email: 'outage-invitee@acme.example',
      role: 'member',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const owner = await portal.signedIn('owner@northwind.example');
    const requested = await owner.post(`/api/v1/accounts/${acme}/file-requests`, { title: 'Outage receipts' });
    expect(requested.statusCode, requested.body).toBe(201);

    // Every attempt while SMTP is down fails; the mail waits in the queue, its secrets sealed.
    await portal.ctx.background.idle();
    expect(sink.received).toEqual([]);
    const { rows: waiting } = await portal.ctx.db.query<{ status: string; last_error: string | null; raw: string }>(
      "SELECT status, last_error, payload::text AS raw FROM jobs WHERE kind = 'mail.send'",
    );
    expect(waiting.length).toBeGreaterThanOrEqual(5); // reset, invitation, three people of Acme
    for (const job of waiting) {
      expect(job.status).toBe('queued');
      expect(job.last_error).toBeTruthy();
      expect(job.raw).not.toContain('#token=');
    }

    await sink.start();
    portal.clock.advanceMinutes(2); // past the first backoff (30 s)
    await portal.ctx.background.idle();
    // A later pass (and a second runner poll) sends nothing again.
    portal.clock.advanceMinutes(120);
    await portal.ctx.background.idle();

    expect(mailsTo('dana.diaz@customers.example')).toHaveLength(1);
    expect(mailsTo('outage-invitee@acme.example')).toHaveLength(1);
    for (const person of ['alice@acme.example', 'adam@acme.example', 'sam@consultant.example']) {
      expect(mailsTo(person).filter((mail) => mail.subject.includes('Outage receipts'))).toHaveLength(1);
    }
    const { rows: left } = await portal.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM jobs WHERE kind = 'mail.send' AND status <> 'done'",
    );
    expect(left[0]!.n).toBe(0);

    // The link in the delayed mail works.
    portal.clock.advanceMinutes(-122);
    const token = tokenFromMail(mailsTo('dana.diaz@customers.example')[0]!.text);
    const completed = await portal
      .client()
      .post('/api/v1/auth/password-resets/complete', { token, password: 'a fresh passphrase 2026' });
    expect(completed.statusCode, completed.body).toBe(200);
  });
});
