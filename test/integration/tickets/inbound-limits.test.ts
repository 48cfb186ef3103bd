import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';

const SECRET = 'inbound-secret-inbound-secret-0123';
const DOMAIN = 'reply.portico.test';
const SUPPORT = `support@${DOMAIN}`;
const MAX_ATTACHMENTS = 15;
const MAX_BYTES = 512 * 1024;

interface Attachment {
  name: string;
  size: number;
  downloadUrl: string;
}
interface TicketView {
  id: string;
  subject: string;
}

/**
 * Issue 17, mail in: never lost once accepted, never refused when it could be stored. Every mail goes in through
 * the webhook or the real SMTP listener; the limits are set low here so that a mail over them stays small.
 */
describe('inbound mail: whole or refused before it is acknowledged', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let sequence = 0;
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  const compose = async (mail: Parameters<typeof composer.sendMail>[0]) => {
    sequence += 1;
    const info = await composer.sendMail({
      from: 'Dana Diaz <dana.diaz@customers.example>',
      to: SUPPORT,
      messageId: `<limits-${sequence}-${Date.now()}@mail.test>`,
      ...mail,
    });
    return info.message as Buffer;
  };
  const post = async (raw: Buffer) => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/inbound-email',
      payload: raw,
      headers: { 'content-type': 'message/rfc822', 'x-portico-inbound-secret': SECRET },
    });
    await portal.ctx.background.idle();
    return response;
  };
  const smtp = () =>
    nodemailer.createTransport({
      host: '127.0.0.1',
      port: conversationRuntimeOf(portal.ctx)!.inboundSmtpPort!,
      secure: false,
      ignoreTLS: true,
    });
  const ticketsAbout = async (text: string) =>
    (await owner.get(`/api/v1/tickets?q=${encodeURIComponent(text)}&limit=50`)).json().items as TicketView[];
  const firstMessage = async (subject: string) => {
    const [ticket] = await ticketsAbout(subject);
    expect(ticket, `a ticket "${subject}"`).toBeDefined();
    const items = (await owner.get(`/api/v1/tickets/${ticket!.id}/messages`)).json().items as {
      body: string;
      attachments: Attachment[];
    }[];
    return items[0]!;
  };

  beforeAll(async () => {
    portal = await startPortal({
      INBOUND_EMAIL_DOMAIN: DOMAIN,
      INBOUND_WEBHOOK_SECRET: SECRET,
      INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_HOST: '127.0.0.1',
      INBOUND_MAX_ATTACHMENTS: String(MAX_ATTACHMENTS),
      INBOUND_MAX_MESSAGE_BYTES: String(MAX_BYTES),
    });
    owner = await portal.signedIn('owner@northwind.example');
  }, 240_000);
  afterAll(async () => {
    await portal?.close();
  });

  it('an HTML-only mail with a PDF from a known customer becomes a ticket with the text and the file', async () => {
    const response = await post(
      await compose({
        subject: 'HTML invoice question',
        html: '<div dir="ltr"><p>Invoice <b>attached</b>,</p><ul><li>page one</li></ul><p>Thanks</p></div>',
        attachments: [{ filename: 'invoice.pdf', content: Buffer.from('%PDF-1.4 invoice') }],
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ accepted: true });
    const message = await firstMessage('HTML invoice question');
    expect(message.body).toContain('Invoice attached');
    expect(message.body).toContain('page one');
    expect(message.body).toContain('Thanks');
    expect(message.attachments.map((file) => file.name)).toEqual(['invoice.pdf']);
  });

  it('a mail with 12 attachments keeps all 12', async () => {
    const files = Array.from({ length: 12 }, (_, index) => ({
      filename: `scan-${String(index + 1).padStart(2, '0')}.txt`,
      content: Buffer.from(`page ${index + 1}`),
    }));
    expect(
      (await post(await compose({ subject: 'Twelve scans', text: 'All pages.', attachments: files }))).json(),
    ).toMatchObject({ accepted: true });
    const message = await firstMessage('Twelve scans');
    expect(message.attachments.map((file) => file.name).sort()).toEqual(files.map((file) => file.filename));
  });

  it('a 30,000-character body is shown cut, and kept whole as message.txt with the original as original.eml', async () => {
    const text = Array.from({ length: 3100 }, (_, index) => `line ${String(index).padStart(4, '0')}`).join('\n');
    expect(text.length).toBeGreaterThanOrEqual(30_000);
    const raw = await compose({ subject: 'Very long report', text });
    expect((await post(raw)).json()).toMatchObject({ accepted: true });
    const message = await firstMessage('Very long report');
    expect(message.body.length).toBeLessThanOrEqual(20_000);
    expect(message.body).toMatch(/full text is attached as message\.txt and the original email as original\.eml\.\]$/);
    const byName = new Map(message.attachments.map((file) => [file.name, file]));
    const full = await owner.get(byName.get('message.txt')!.downloadUrl);
    expect(full.statusCode).toBe(200);
    expect(full.body).toBe(text);
    const original = await owner.get(byName.get('original.eml')!.downloadUrl);
    expect(original.rawPayload.equals(raw)).toBe(true);
  });

  it('over the limits: refused before acknowledgement, 552 over SMTP and 413 through the webhook, nothing stored', async () => {
    const tooMany = Array.from({ length: MAX_ATTACHMENTS + 1 }, (_, index) => ({
      filename: `part-${index}.txt`,
      content: Buffer.from(`part ${index}`),
    }));
    const webhook = await post(await compose({ subject: 'Too many parts', text: 'x', attachments: tooMany }));
    expect(webhook.statusCode).toBe(413);
    expect(webhook.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(webhook.json().detail).toMatch(/Too many attachments: 16, at most 15/);

    const big = await compose({ subject: 'Too big', text: 'y'.repeat(MAX_BYTES + 1024) });
    expect((await post(big)).statusCode).toBe(413);

    const client = smtp();
    try {
      await expect(
        client.sendMail({
          from: 'dana.diaz@customers.example',
          to: SUPPORT,
          subject: 'Too many parts',
          text: 'x',
          attachments: tooMany,
        }),
      ).rejects.toMatchObject({ responseCode: 552, response: expect.stringMatching(/Too many attachments/) });
      await expect(
        client.sendMail({
          from: 'dana.diaz@customers.example',
          to: SUPPORT,
          subject: 'Too big',
          text: 'y'.repeat(MAX_BYTES + 1024),
        }),
      ).rejects.toMatchObject({ responseCode: 552 });
    } finally {
      client.close();
    }
    expect(await ticketsAbout('Too many parts')).toEqual([]);
    expect(await ticketsAbout('Too big')).toEqual([]);
  });

  it('a storage failure is a temporary failure (451, 503 Retry-After); the same mail later is stored once', async () => {
    // A real filesystem fault: the directory where writes start is replaced by a file, so every write fails.
    const partial = join(portal.config.storage.driver === 'local' ? portal.config.storage.dir : '', 'partial');
    rmSync(partial, { recursive: true, force: true });
    writeFileSync(partial, 'not a directory');
    const raw = await compose({
      subject: 'Stored after the outage',
      text: 'Please see the log.',
      attachments: [{ filename: 'outage.log', content: Buffer.from('log') }],
    });
    try {
      const webhook = await post(raw);
      expect(webhook.statusCode).toBe(503);
      expect(webhook.headers['retry-after']).toBeTruthy();
      expect(webhook.headers['content-type']).toMatch(/application\/problem\+json/);
      const client = smtp();
      try {
        await expect(
          client.sendMail({ envelope: { from: 'dana.diaz@customers.example', to: [SUPPORT] }, raw }),
        ).rejects.toMatchObject({
          responseCode: 451,
        });
      } finally {
        client.close();
      }
      expect(await ticketsAbout('Stored after the outage')).toEqual([]);
    } finally {
      rmSync(partial, { force: true });
      mkdirSync(partial, { recursive: true });
    }
    expect((await post(raw)).json()).toMatchObject({ accepted: true });
    expect((await post(raw)).json()).toMatchObject({ accepted: true, reason: 'duplicate' });
    expect(await ticketsAbout('Stored after the outage')).toHaveLength(1);
    const message = await firstMessage('Stored after the outage');
    expect(message.attachments.map((file) => file.name)).toEqual(['outage.log']);
  });
});
