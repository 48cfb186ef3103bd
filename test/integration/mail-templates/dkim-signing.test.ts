import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { verifyDkim } from '../../support/dkim-verify.ts';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.ts';

/**
 * DKIM through the real SMTP driver: the message that reaches a real SMTP server carries a DKIM-Signature that
 * node:crypto verifies against the public key the console tells the firm to publish.
 */
describe('DKIM signing of outgoing mail', () => {
  let sink: SmtpSink;
  let portal: TestPortal;
  beforeAll(async () => {
    sink = await startSmtpSink();
    portal = await startPortal({ SMTP_URL: sink.url, MAIL_FROM: 'Northwind <no-reply@northwind.example>' });
  });
  afterAll(async () => {
    await portal.close();
    await sink.stop();
  });

  it('signs with the sending domain’s key; the published record verifies it; From is the segment’s sender', async () => {
    const admin = await portal.signedIn('admin@northwind.example');
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const saved = await admin.put(`/api/v1/segments/${clients}/mail-sender`, {
      fromName: 'Acme Client Care',
      fromAddress: 'care@clients.northwind.example',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const dns = (await admin.get(`/api/v1/segments/${clients}/mail-sender/dns`)).json();
    const published = /p=(.+)$/.exec(dns.records[0].value)![1]!;

    const alice = await portal.signedIn('alice@acme.example');
    const invited = await alice.post(`/api/v1/accounts/${acme}/invitations`, {
      email: 'signed@acme.example',
      role: 'member',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    await portal.ctx.background.idle();
    const mail = await sink.waitFor((received) => received.to.includes('signed@acme.example'));
    const raw = mail.raw.toString('latin1');
    expect(raw).toMatch(/^From: "?Acme Client Care"? <care@clients\.northwind\.example>/m);
    const tags = verifyDkim(mail.raw, published);
    expect(tags).toMatchObject({ d: 'clients.northwind.example', s: dns.selector, a: 'rsa-sha256' });
    expect(tags.h!.toLowerCase()).toContain('from');

    // A changed byte breaks it: the check is real.
    const tampered = Buffer.from(raw.replace('invited you', 'invited  yuo'), 'latin1');
    expect(() => verifyDkim(tampered, published)).toThrow();

    // Mail to another segment's people comes from MAIL_FROM, whose domain has no key yet: unsigned.
    const reset = await portal.client().post('/api/v1/auth/password-resets', { email: 'dana.diaz@customers.example' });
    expect(reset.statusCode).toBe(202);
    await portal.ctx.background.idle();
    const other = await sink.waitFor((received) => received.to.includes('dana.diaz@customers.example'));
    expect(other.raw.toString('latin1')).toMatch(/^From: "?Northwind"? <no-reply@northwind\.example>/m);
    expect(other.raw.toString('latin1')).not.toMatch(/^DKIM-Signature:/im);
  });
});
