import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { lastMailTo, startPortal, type TestPortal, tokenFromMail } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { auditEvents, problemOf, statusAndCode } from '../identity/helpers.ts';

const CHANGE = '/api/v1/me/email-change';
const CONFIRM = '/api/v1/me/email-change/confirm';
const UNDO = '/api/v1/auth/email-change/undo';

describe('changing one’s own email with a code sent to the new address', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  /** Mail goes out through the durable job queue: run what is due, then read the outbox (unredacted dev copy). */
  const mailTo = async (to: string, containing = '') => {
    await portal.ctx.background.idle();
    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
    return lastMailTo(portal, to, { containing });
  };
  const codeMailedTo = async (to: string) => {
    const mail = await mailTo(to, 'code');
    const match = /: (\d{6})\b/.exec(mail?.text_body ?? '');
    if (!match) throw new Error(`no code mailed to ${to}`);
    return match[1]!;
  };
  const meOf = async (client: HttpClient) => (await client.get('/api/v1/me')).json().user as { email: string };

  it('needs a recent proof, mails a code to the new address, switches with it and ends other sessions', async () => {
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const otherDevice = await portal.signedIn('dana.diaz@customers.example');
    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    const stale = await dana.post(CHANGE, { newEmail: 'dana.new@example.org' });
    expect(statusAndCode(stale)).toEqual({ status: 403, code: 'reauthentication_required' });
    expect((await dana.post('/api/v1/me/reauthenticate', { password: portal.demo.password })).statusCode).toBe(200);

    const asked = await dana.post(CHANGE, { newEmail: 'Dana.New@Example.org' });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().pending.newEmail).toBe('dana.new@example.org');
    expect((await dana.get(CHANGE)).json().pending.newEmail).toBe('dana.new@example.org');
    const code = await codeMailedTo('dana.new@example.org');
    // The outbox keeps the code redacted; only the dev copy shows it until it expires.
    const { rows } = await portal.ctx.db.query<{ text_body: string }>(
      'SELECT text_body FROM mail_messages WHERE to_address = $1',
      ['dana.new@example.org'],
    );
    expect(rows[0]!.text_body).not.toContain(code);
    expect((await mailTo('dana.new@example.org', 'code'))?.subject).not.toContain(code);

    const wrong = await dana.post(CONFIRM, { code: code === '000000' ? '111111' : '000000' });
    expect(problemOf(wrong).errors?.[0]).toMatchObject({ path: 'code', code: 'invalid_code' });
    expect(statusAndCode(await dana.post(CONFIRM, { code: 'abc' }))).toEqual({
      status: 400,
      code: 'validation_failed',
    });

    const confirmed = await dana.post(CONFIRM, { code });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().user.email).toBe('dana.new@example.org');
    expect((await otherDevice.get('/api/v1/me')).statusCode).toBe(401);
    expect((await meOf(dana)).email).toBe('dana.new@example.org');
    // Replayed: the code worked once.
    expect(problemOf(await dana.post(CONFIRM, { code })).errors?.[0]?.code).toBe('invalid_code');
    expect((await dana.get(CHANGE)).json().pending).toBeNull();
    // The old address is told, with an undo link; the audit log has the change.
    const notice = await mailTo('dana.diaz@customers.example', 'email-change/undo');
    expect(notice?.subject).toMatch(/sign-in address was changed/);
    expect(notice?.text_body).toContain('dana.new@example.org');
    expect((await auditEvents(portal, 'email.changed')).at(-1)).toMatchObject({
      details: { from: 'dana.diaz@customers.example', to: 'dana.new@example.org' },
    });
    // Signing in works with the new address only.
    const signIn = (email: string) =>
      portal.client().post('/api/v1/auth/sign-in', { email, password: portal.demo.password });
    expect((await signIn('dana.new@example.org')).statusCode).toBe(200);
    expect((await signIn('dana.diaz@customers.example')).statusCode).toBe(401);
  });

  it('the undo link restores the old address once, ends every session, and expires after 7 days', async () => {
    const eli = await portal.signedIn('eli.evans@customers.example');
    expect((await eli.post(CHANGE, { newEmail: 'eli.taken-over@example.org' })).statusCode).toBe(202);
    expect((await eli.post(CONFIRM, { code: await codeMailedTo('eli.taken-over@example.org') })).statusCode).toBe(200);
    const token = tokenFromMail((await mailTo('eli.evans@customers.example', 'email-change/undo'))!.text_body);

    expect((await portal.client().post(UNDO, { token })).statusCode).toBe(200);
    expect((await eli.get('/api/v1/me')).statusCode).toBe(401);
    const again = await portal.signedIn('eli.evans@customers.example');
    expect((await meOf(again)).email).toBe('eli.evans@customers.example');
    expect(statusAndCode(await portal.client().post(UNDO, { token }))).toEqual({ status: 400, code: 'invalid_token' });
    expect(await auditEvents(portal, 'email.change_undone')).toHaveLength(1);

    // A second change's link, used after 7 days, does nothing.
    expect((await again.post(CHANGE, { newEmail: 'eli.second@example.org' })).statusCode).toBe(202);
    expect((await again.post(CONFIRM, { code: await codeMailedTo('eli.second@example.org') })).statusCode).toBe(200);
    const late = tokenFromMail((await mailTo('eli.evans@customers.example', 'email-change/undo'))!.text_body);
    portal.clock.advanceMinutes(7 * 24 * 60 + 1);
    expect(statusAndCode(await portal.client().post(UNDO, { token: late }))).toEqual({
      status: 400,
      code: 'invalid_token',
    });
    // (The session itself has expired by now; the address stays as changed.)
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE email = 'eli.second@example.org'",
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('an expired code fails, and five wrong codes end the change', async () => {
    const fatima = await portal.signedIn('fatima.farah@customers.example');
    expect((await fatima.post(CHANGE, { newEmail: 'fatima.late@example.org' })).statusCode).toBe(202);
    const code = await codeMailedTo('fatima.late@example.org');
    portal.clock.advanceMinutes(16);
    expect(problemOf(await fatima.post(CONFIRM, { code })).errors?.[0]?.code).toBe('invalid_code');

    expect((await fatima.post('/api/v1/me/reauthenticate', { password: portal.demo.password })).statusCode).toBe(200);
    expect((await fatima.post(CHANGE, { newEmail: 'fatima.guess@example.org' })).statusCode).toBe(202);
    const right = await codeMailedTo('fatima.guess@example.org');
    const wrongCodes = ['000001', '000002', '000003', '000004', '000005'].filter((candidate) => candidate !== right);
    for (const wrong of wrongCodes.slice(0, 5)) await fatima.post(CONFIRM, { code: wrong });
    if (wrongCodes.length === 5) {
      expect(problemOf(await fatima.post(CONFIRM, { code: right })).errors?.[0]?.code).toBe('invalid_code');
      expect((await fatima.get(CHANGE)).json().pending).toBeNull();
    }
    expect((await meOf(fatima)).email).toBe('fatima.farah@customers.example');
  });

  it('a taken address gets the same answer; its owner is told and no code can switch to it', async () => {
    const gus = await portal.signedIn('alice@acme.example');
    const taken = await gus.post(CHANGE, { newEmail: 'adam@acme.example' });
    const free = await gus.post(CHANGE, { newEmail: 'alice.free@example.org' });
    expect(taken.statusCode).toBe(free.statusCode);
    expect(Object.keys(taken.json().pending)).toEqual(Object.keys(free.json().pending));
    expect((await mailTo('adam@acme.example', 'already has one'))?.subject).toMatch(
      /Someone tried to use this address/,
    );
    expect(statusAndCode(await gus.post(CHANGE, { newEmail: 'alice@acme.example' }))).toEqual({
      status: 400,
      code: 'validation_failed',
    });
  });

  it('two confirmations of one code at once: one switch, one refusal', async () => {
    const client = await portal.signedIn('hana.haddad@customers.example');
    expect((await client.post(CHANGE, { newEmail: 'hana.race@example.org' })).statusCode).toBe(202);
    const code = await codeMailedTo('hana.race@example.org');
    const results = await Promise.all([client.post(CONFIRM, { code }), client.post(CONFIRM, { code })]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 400]);
    expect(await auditEvents(portal, 'email.changed')).toHaveLength(4);
  });
});
