import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { acmeId, drainJobs, newThread } from './helpers.ts';

const SECRET = 'inbound-secret-inbound-secret-0123';

describe('reply by email', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let threadId: string;
  let smtp: ReturnType<typeof nodemailer.createTransport>;

  const replyToFor = async (email: string) => {
    const { rows } = await portal.ctx.db.query<{ reply_to: string }>(
      'SELECT reply_to FROM mail_messages WHERE to_address = $1 AND reply_to IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT 1',
      [email],
    );
    return rows[0]!.reply_to;
  };
  const messages = async () =>
    (await owner.get(`/api/v1/threads/${threadId}/messages`)).json().items as {
      body: string;
      source: string;
      author: { name: string };
      attachments: { name: string }[];
    }[];

  beforeAll(async () => {
    portal = await startPortal({
      INBOUND_EMAIL_DOMAIN: 'reply.portico.test',
      INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_HOST: '127.0.0.1',
      INBOUND_WEBHOOK_SECRET: SECRET,
    });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    threadId = (await newThread(owner, await acmeId(portal), 'Tax return', 'Could you confirm the address?')).id;
    await drainJobs(portal);
    smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: conversationRuntimeOf(portal.ctx)!.inboundSmtpPort!,
      secure: false,
      ignoreTLS: true,
    });
  });
  afterAll(async () => {
    smtp.close();
    await portal.close();
  });

  it('an SMTP reply lands in the thread without quoted history or signature, with its attachment', async () => {
    const replyTo = await replyToFor('alice@acme.example');
    await smtp.sendMail({
      from: 'Alice Archer <ALICE@acme.example>',
      to: replyTo,
      subject: 'Re: Tax return',
      text: 'Yes, the address is 1 Main Street.\n\n-- \nAlice\nAcme Manufacturing\n\nOn Tue, 3 Mar 2026 at 10:00, Northwind <no-reply@portico.test> wrote:\n> Could you confirm the address?\n',
      attachments: [{ filename: 'proof<script>.pdf', content: Buffer.from('%PDF-1.4 fake') }],
    });
    const latest = (await messages())[0]!;
    expect(latest).toMatchObject({
      body: 'Yes, the address is 1 Main Street.',
      source: 'email',
      author: { name: 'Alice Archer' },
    });
    expect(latest.attachments.map((a) => a.name)).toEqual(['proof<script>.pdf']);
  });

  it('a forged sender is refused at SMTP, audited, and nothing is posted', async () => {
    const replyTo = await replyToFor('alice@acme.example');
    const before = (await messages()).length;
    await expect(
      smtp.sendMail({ from: 'mallory@evil.example', to: replyTo, subject: 'Re', text: 'Wire the money to me' }),
    ).rejects.toThrow(/550/);
    expect((await messages()).length).toBe(before);
    const audit = (await owner.get('/api/v1/audit-events?action=inbound_email.rejected')).json();
    expect(audit.items[0]).toMatchObject({
      action: 'inbound_email.rejected',
      details: { reason: 'sender_mismatch', from: 'mallory@evil.example' },
    });
  });

  it('unknown addresses and other domains are refused', async () => {
    await expect(
      smtp.sendMail({
        from: 'alice@acme.example',
        to: 'reply+aaaaaaaaaaaaaaaaaaaaaaaaaa@reply.portico.test',
        subject: 'x',
        text: 'x',
      }),
    ).rejects.toThrow(/550/);
    await expect(
      smtp.sendMail({ from: 'alice@acme.example', to: 'someone@elsewhere.example', subject: 'x', text: 'x' }),
    ).rejects.toThrow(/550/);
  });

  it('the webhook takes raw MIME with the shared secret; a reused token after removal posts nothing', async () => {
    const replyTo = await replyToFor('adam@acme.example');
    const raw = (text: string) =>
      `From: adam@acme.example\r\nTo: ${replyTo}\r\nSubject: Re: Tax return\r\nMessage-ID: <${Math.random()}@acme.example>\r\nContent-Type: text/plain\r\n\r\n${text}\r\n`;
    const send = (text: string, secret = SECRET) =>
      portal.app.inject({
        method: 'POST',
        url: '/api/v1/inbound-email',
        headers: { 'content-type': 'message/rfc822', 'x-portico-inbound-secret': secret },
        payload: raw(text),
      });
    expect((await send('wrong secret', 'x'.repeat(SECRET.length))).statusCode).toBe(401);
    const accepted = await send('Posted through the webhook');
    expect(accepted.json()).toEqual({ accepted: true });
    expect((await messages())[0]!.body).toBe('Posted through the webhook');
    const adamId = await userIdOf(portal.ctx.db, 'adam@acme.example');
    expect((await alice.delete(`/api/v1/accounts/${await acmeId(portal)}/members/${adamId}`)).statusCode).toBe(200);
    const replayed = await send('I left but still write');
    expect(replayed.json()).toEqual({ accepted: false, reason: 'no_access' });
    expect((await messages()).some((m) => m.body.includes('I left'))).toBe(false);
  });
});
