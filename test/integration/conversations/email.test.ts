import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { acmeId, drainJobs, newThread, post } from './helpers.ts';

interface Mail {
  subject: string;
  text_body: string;
  html_body: string;
  reply_to: string | null;
  headers: Record<string, string> | null;
}
async function mailsTo(portal: TestPortal, to: string): Promise<Mail[]> {
  const { rows } = await portal.ctx.db.query<Mail>(
    'SELECT subject, text_body, html_body, reply_to, headers FROM mail_messages WHERE to_address = $1 ORDER BY created_at, id',
    [to],
  );
  return rows;
}

describe('email notifications', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;

  beforeAll(async () => {
    portal = await startPortal({ INBOUND_EMAIL_DOMAIN: 'reply.portico.test' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
  });
  afterAll(() => portal.close());

  it('groups: one email per thread and recipient per window, the rest joins the next one', async () => {
    const thread = await newThread(owner, await acmeId(portal), 'Grouped <b>subject</b>', 'first <script>x</script>');
    await drainJobs(portal);
    let mails = (await mailsTo(portal, 'alice@acme.example')).filter((m) => m.subject.includes('Grouped'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.html_body).toContain('&lt;script&gt;');
    expect(mails[0]!.html_body).not.toContain('<script>');
    expect(mails[0]!.reply_to).toMatch(/^reply\+[a-z0-9]{26}@reply\.portico\.test$/);
    expect(mails[0]!.headers).toMatchObject({
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Unsubscribe': expect.stringMatching(/^<http:\/\/portico\.test\/api\/v1\/email\/unsubscribe\?token=/),
    });
    expect(mails[0]!.text_body).toContain(`http://portico.test/threads/${thread.id}#message-`);
    await post(owner, thread.id, { body: 'second' });
    await post(owner, thread.id, { body: 'third' });
    await drainJobs(portal);
    mails = (await mailsTo(portal, 'alice@acme.example')).filter((m) => m.subject.includes('Grouped'));
    expect(mails).toHaveLength(1);
    portal.clock.advanceMinutes(6);
    await drainJobs(portal);
    mails = (await mailsTo(portal, 'alice@acme.example')).filter((m) => m.subject.includes('Grouped'));
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text_body).toContain('second');
    expect(mails[1]!.text_body).toContain('third');
    expect(mails[1]!.text_body).not.toContain('first');
  });

  it('preferences: off means no email; one-click unsubscribe works without a session', async () => {
    expect((await adam.put('/api/v1/me/notification-preferences', { email: { messages: 'off' } })).json()).toEqual({
      email: {
        messages: 'off',
        projects: 'immediately',
        approvals: 'immediately',
        onboarding: 'immediately',
        orders: 'immediately',
        signatures: 'immediately',
        billing: 'immediately',
      },
    });
    const thread = await newThread(owner, await acmeId(portal), 'Quiet please', 'hello');
    await drainJobs(portal);
    expect((await mailsTo(portal, 'adam@acme.example')).filter((m) => m.subject.includes('Quiet'))).toEqual([]);
    await adam.put('/api/v1/me/notification-preferences', { email: { messages: 'immediately' } });
    const header = (await mailsTo(portal, 'alice@acme.example'))[0]!.headers!['List-Unsubscribe']!;
    const url = new URL(header.slice(1, -1));
    const response = await portal.app.inject({
      method: 'POST',
      url: url.pathname + url.search,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await alice.get('/api/v1/me/notification-preferences')).json().email.messages).toBe('off');
    const forged = await portal.app.inject({
      method: 'POST',
      url: url.pathname + url.search.replace(/.{4}$/, 'AAAA'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(forged.statusCode).toBe(400);
    await post(owner, thread.id, { body: 'no mail for alice' });
    await drainJobs(portal);
    expect((await mailsTo(portal, 'alice@acme.example')).some((m) => m.text_body.includes('no mail for alice'))).toBe(
      false,
    );
    await alice.put('/api/v1/me/notification-preferences', { email: { messages: 'immediately' } });
  });

  it('confidential portals: emails say only that there is a message', async () => {
    expect(
      (await owner.patch('/api/v1/conversation-settings', { hideMessageContentInEmail: true })).json()
        .hideMessageContentInEmail,
    ).toBe(true);
    expect((await alice.get('/api/v1/conversation-settings')).statusCode).toBe(403);
    await newThread(owner, await acmeId(portal), 'Secret merger', 'the numbers are SEVENTEEN-MILLION');
    await drainJobs(portal);
    const mail = (await mailsTo(portal, 'adam@acme.example')).at(-1)!;
    expect(mail.subject).toBe('New message from Northwind Advisory');
    expect(`${mail.subject}${mail.text_body}${mail.html_body}`).not.toMatch(/Secret merger|SEVENTEEN/);
    expect(mail.text_body).toContain('You have a new message from Northwind Advisory');
    await owner.patch('/api/v1/conversation-settings', { hideMessageContentInEmail: false });
  });
});

describe('durable delivery', () => {
  it('failed sends are retried with backoff, listed for admins, retried by the button, never sent twice', async () => {
    // Nothing listens on port 1: every SMTP delivery fails.
    const portal = await startPortal({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      let owner = await portal.signedIn('owner@northwind.example');
      const thread = await newThread(owner, await acmeId(portal), 'Retry me', 'hello');
      await drainJobs(portal);
      const job = async () =>
        (
          await portal.ctx.db.query<{ id: string; status: string; attempts: number; run_at: Date; last_error: string }>(
            "SELECT id, status, attempts, run_at, last_error FROM jobs WHERE dedupe_key IS NOT NULL AND payload->>'threadId' = $1 AND payload->>'userId' = (SELECT id::text FROM users WHERE email = 'alice@acme.example')",
            [thread.id],
          )
        ).rows[0]!;
      let state = await job();
      expect(state).toMatchObject({ status: 'queued', attempts: 1 });
      expect(state.last_error).toContain('Mail delivery failed');
      expect(state.run_at.getTime()).toBeGreaterThan(portal.clock.now().getTime());
      for (let attempt = 2; attempt <= 8; attempt += 1) {
        portal.clock.advanceMinutes(61);
        await drainJobs(portal);
      }
      state = await job();
      expect(state).toMatchObject({ status: 'failed', attempts: 8 });
      // Hours passed: sign in again.
      owner = await portal.signedIn('owner@northwind.example');
      const agent = await portal.signedIn('agent@northwind.example');
      const failedResponse = await owner.get('/api/v1/jobs?status=failed');
      expect(failedResponse.statusCode, failedResponse.body).toBe(200);
      const failed = failedResponse.json();
      expect(failed.items.find((j: { id: string }) => j.id === state.id)).toMatchObject({
        kind: 'conversations.email',
        abilities: { retry: true },
      });
      expect((await agent.get('/api/v1/jobs?status=failed')).statusCode).toBe(403);
      expect((await agent.post(`/api/v1/jobs/${state.id}/retry`)).statusCode).toBe(403);
      // The mail server comes back: swap the driver the way a restart with a fixed SMTP_URL would.
      const { devMailDriver, createMailer } = await import('../../../src/server/platform/mail/index.ts');
      portal.ctx.mailer = createMailer(portal.ctx.db, devMailDriver(portal.ctx.logger), portal.ctx.logger);
      expect((await owner.post(`/api/v1/jobs/${state.id}/retry`)).json().status).toBe('queued');
      await drainJobs(portal);
      expect((await job()).status).toBe('done');
      const sent = await portal.ctx.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM mail_messages WHERE to_address = 'alice@acme.example' AND status = 'sent'",
      );
      expect(sent.rows[0]!.n).toBe(1);
      // A second run of the same job (a crash after sending, before marking it done) sends nothing more.
      await portal.ctx.db.query(
        "UPDATE jobs SET status = 'queued', run_at = now() - interval '1 minute' WHERE id = $1",
        [state.id],
      );
      await drainJobs(portal);
      expect(
        (
          await portal.ctx.db.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM mail_messages WHERE to_address = 'alice@acme.example' AND status = 'sent'",
          )
        ).rows[0]!.n,
      ).toBe(1);
    } finally {
      await portal.close();
    }
  });
});
