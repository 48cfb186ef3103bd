import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { startPortal, type TestPortal, tokenMailedTo } from '../../support/harness.ts';
import { enrolTwoFactor } from './helpers.ts';

describe('security notice emails', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  /** Notices go through the durable job queue: run what is due, then read the outbox. */
  const noticesTo = async (email: string) => {
    await portal.ctx.background.idle();
    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
    const { rows } = await portal.ctx.db.query<{ subject: string; text_body: string; html_body: string }>(
      "SELECT subject, text_body, html_body FROM mail_messages WHERE to_address = $1 AND status = 'sent' AND subject NOT LIKE '%link%' AND subject NOT LIKE 'Reset%' ORDER BY created_at, id",
      [email],
    );
    return rows;
  };

  it('after a password change, in the branded layout, with what to do if it was not them', async () => {
    const email = 'dana.diaz@customers.example';
    const dana = await portal.signedIn(email);
    const changed = await dana.post('/api/v1/me/password', {
      currentPassword: portal.demo.password,
      newPassword: 'a-changed-passphrase-1',
    });
    expect(changed.statusCode).toBe(200);
    const [notice] = await noticesTo(email);
    expect(notice?.subject).toBe('Your Northwind Advisory password was changed');
    expect(notice?.text_body).toContain('If this was not you, reset your password');
    expect(notice?.text_body).toContain('http://portico.test/security');
    expect(notice?.html_body).toContain('#1f5f8b'); // the portal's brand colour
  });

  it('after a reset, saying that sessions ended and API tokens were revoked', async () => {
    const email = 'eli.evans@customers.example';
    expect((await portal.client().post('/api/v1/auth/password-resets', { email })).statusCode).toBe(202);
    const token = await tokenMailedTo(portal, email);
    const complete = await portal
      .client()
      .post('/api/v1/auth/password-resets/complete', { token, password: 'a-reset-passphrase-2' });
    expect(complete.statusCode).toBe(200);
    const notices = await noticesTo(email);
    expect(notices.map((mail) => mail.subject)).toEqual(['Your Northwind Advisory password was reset']);
    expect(notices[0]!.text_body).toMatch(/Every session was signed out and 0 personal API tokens were revoked/);
  });

  it('after 2FA is turned on and off, and after a new API token (staff get the console link)', async () => {
    const email = 'owner@northwind.example';
    const owner = await portal.signedIn(email);
    await enrolTwoFactor(portal, owner);
    expect((await owner.post('/api/v1/me/two-factor/disable')).statusCode).toBe(200);
    expect((await owner.post('/api/v1/me/api-tokens', { name: 'Reporting', scopes: ['read'] })).statusCode).toBe(201);
    // Each notice is its own job: they may be sent in any order.
    const notices = await noticesTo(email);
    expect(notices.map((mail) => mail.subject).sort()).toEqual([
      'A new API token was created for your Northwind Advisory account',
      'Two-factor authentication is off for your Northwind Advisory account',
      'Two-factor authentication is on for your Northwind Advisory account',
    ]);
    const tokenNotice = notices.find((mail) => mail.subject.startsWith('A new API token'))!;
    expect(tokenNotice.text_body).toContain('"Reporting" (core:read, messages:read');
    expect(tokenNotice.text_body).toContain('http://portico.test/console/security');
  });

  it('survives a mail outage: the notice is retried until the mailer accepts it', async () => {
    const email = 'fatima.farah@customers.example';
    const fatima = await portal.signedIn(email);
    const send = portal.ctx.mailer.send.bind(portal.ctx.mailer);
    portal.ctx.mailer.send = () => Promise.reject(new Error('SMTP down'));
    try {
      expect((await fatima.post('/api/v1/me/api-tokens', { name: 'Outage', scopes: ['read'] })).statusCode).toBe(201);
      expect(await noticesTo(email)).toEqual([]);
    } finally {
      portal.ctx.mailer.send = send;
    }
    portal.clock.advanceMinutes(60); // past the retry's backoff
    expect((await noticesTo(email)).map((mail) => mail.subject)).toEqual([
      'A new API token was created for your Northwind Advisory account',
    ]);
  });
});
