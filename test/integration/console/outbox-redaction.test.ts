import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMailRetention } from '../../../src/server/modules/dev-mail/index.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';

const DAY_MINUTES = 24 * 60;
const TOKEN_LINK = /#token=([A-Za-z0-9_-]{20,})/;

interface StoredMail {
  id: string;
  text_body: string;
  html_body: string;
  unredacted: unknown;
}

async function storedMailTo(portal: TestPortal, to: string): Promise<StoredMail | null> {
  await portal.ctx.background.idle();
  const { rows } = await portal.ctx.db.query<StoredMail>(
    'SELECT id, text_body, html_body, unredacted FROM mail_messages WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
    [to],
  );
  return rows[0] ?? null;
}

describe('development outbox: links shown until they expire, stored redacted, deleted after the retention', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({ MAIL_RETENTION_DAYS: '30' });
  }, 180_000);
  // Signed in afresh after each move of the clock (sessions end after a week).
  const admin = () => portal.signedIn('admin@northwind.example');
  afterAll(() => portal.close());

  it('shows a live invitation link, hides it once the invitation expired, and forgets the mail after 30 days', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const invited = 'redaction@acme.example';
    expect((await (await admin()).post(`/api/v1/accounts/${acme}/invitations`, { email: invited })).statusCode).toBe(
      201,
    );

    // What the database keeps has no working link, even while it still works.
    const stored = (await storedMailTo(portal, invited))!;
    expect(stored.text_body).toContain('/invitation#token=[redacted]');
    expect(stored.html_body).toContain('/invitation#token=[redacted]');
    expect(stored.text_body).not.toMatch(TOKEN_LINK);
    expect(stored.html_body).not.toMatch(TOKEN_LINK);

    // The developer's outbox shows the link while the invitation (7 days) is valid, and the link works.
    const live = (await (await admin()).get(`/api/v1/dev-mail/${stored.id}`)).json() as { text: string; html: string };
    const token = TOKEN_LINK.exec(live.text)?.[1];
    expect(token).toBeDefined();
    expect(live.html).toContain(`#token=${token}`);
    expect((await portal.client().post('/api/v1/auth/invitations/preview', { token })).statusCode).toBe(200);

    portal.clock.advanceMinutes(7 * DAY_MINUTES + 1);
    const expired = (await (await admin()).get(`/api/v1/dev-mail/${stored.id}`)).json() as {
      text: string;
      html: string;
    };
    expect(expired.text).toContain('/invitation#token=[redacted]');
    expect(expired.text).not.toContain(token);
    expect(expired.html).not.toContain(token);
    // The sweep drops the copy that still held it; the mail itself stays until the retention.
    expect((await runMailRetention(portal.ctx)).unredacted).toBeGreaterThanOrEqual(1);
    expect((await storedMailTo(portal, invited))!.unredacted).toBeNull();

    portal.clock.advanceMinutes(22 * DAY_MINUTES);
    expect((await runMailRetention(portal.ctx)).deleted).toBe(0);
    expect((await (await admin()).get(`/api/v1/dev-mail/${stored.id}`)).statusCode).toBe(200);
    portal.clock.advanceMinutes(2 * DAY_MINUTES);
    expect((await runMailRetention(portal.ctx)).deleted).toBeGreaterThanOrEqual(1);
    expect((await (await admin()).get(`/api/v1/dev-mail/${stored.id}`)).statusCode).toBe(404);
    const listed = (await (await admin()).get('/api/v1/dev-mail?limit=200')).json().items as { id: string }[];
    expect(listed.map((mail) => mail.id)).not.toContain(stored.id);
  });
});

describe('SMTP driver: the recipient gets the link, the outbox keeps it redacted', () => {
  let portal: TestPortal;
  let smtp: SMTPServer;
  const received: string[] = [];
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push(raw);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const { port } = smtp.server.address() as AddressInfo;
    portal = await startPortal({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  }, 180_000);
  afterAll(async () => {
    await portal.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('a password reset link arrives whole, works, and is stored as [redacted] with no copy kept', async () => {
    const email = 'alice@acme.example';
    expect((await portal.client().post('/api/v1/auth/password-resets', { email })).statusCode).toBe(202);
    const stored = (await storedMailTo(portal, email))!;
    expect(stored.text_body).toContain('/reset-password/complete#token=[redacted]');
    expect(stored.text_body).not.toMatch(TOKEN_LINK);
    expect(stored.html_body).not.toMatch(TOKEN_LINK);
    expect(stored.unredacted).toBeNull();

    const delivered = await simpleParser(received.find((raw) => raw.includes('alice@acme.example'))!);
    const token = TOKEN_LINK.exec(delivered.text ?? '')?.[1];
    expect(token).toBeDefined();
    const complete = await portal
      .client()
      .post('/api/v1/auth/password-resets/complete', { token, password: 'a-brand-new-passphrase-7' });
    expect(complete.statusCode, complete.body).toBe(200);
  });
});
