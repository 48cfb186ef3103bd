import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { SoftAuthenticator } from '../../support/webauthn-authenticator.ts';
import { setSegmentSignInMethods } from '../sso/helpers.ts';
import { auditEvents, statusAndCode } from './helpers.ts';

const PASSKEYS = '/api/v1/me/passkeys';
const SIGN_IN_OPTIONS = '/api/v1/auth/passkey/options';
const SIGN_IN_VERIFY = '/api/v1/auth/passkey/verify';
type Options = { challengeId: string; options: Record<string, unknown> & { challenge: string } };

describe('passkeys (WebAuthn): register, sign in without a password, step-up, second factor', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  const authenticator = () => new SoftAuthenticator(portal.config.baseUrl);

  /** Adds a passkey the way the browser does: options, the authenticator's answer, then the server's check. */
  async function register(client: HttpClient, device: SoftAuthenticator, name = 'Laptop') {
    const started = await client.post(`${PASSKEYS}/registration-options`);
    expect(started.statusCode, started.body).toBe(200);
    const { challengeId, options } = started.json() as Options;
    const { response, passkey } = device.create(options);
    const added = await client.post(PASSKEYS, { challengeId, name, response });
    expect(added.statusCode, added.body).toBe(201);
    return { ...(added.json() as { passkey: { id: string }; recoveryCodes: string[] | null }), soft: passkey };
  }

  /** A usernameless sign-in in a fresh browser; returns the client and the verify answer. */
  async function signInWithPasskey(device: SoftAuthenticator, choose: Parameters<SoftAuthenticator['get']>[1] = {}) {
    const client = portal.client();
    await client.get('/api/v1/session');
    const { challengeId, options } = (await client.post(SIGN_IN_OPTIONS)).json() as Options;
    const response = device.get(options, choose);
    return { client, challengeId, response, verify: await client.post(SIGN_IN_VERIFY, { challengeId, response }) };
  }

  const noticesTo = async (email: string) => {
    await portal.ctx.background.idle();
    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
    const { rows } = await portal.ctx.db.query<{ subject: string }>(
      "SELECT subject FROM mail_messages WHERE to_address = $1 AND subject LIKE '%passkey%' ORDER BY created_at, id",
      [email],
    );
    return rows.map((row) => row.subject);
  };

  it('registers several passkeys (recovery codes with the first only), lists, renames and removes them', async () => {
    const email = 'alice@acme.example';
    const alice = await portal.signedIn(email);
    const device = authenticator();
    const first = await register(alice, device, 'Work laptop');
    expect(first.recoveryCodes).toHaveLength(10);
    const second = await register(alice, device, 'Phone');
    expect(second.recoveryCodes).toBeNull();

    const listed = (await alice.get(PASSKEYS)).json().items as Record<string, unknown>[];
    expect(listed.map((item) => item.name)).toEqual(['Work laptop', 'Phone']);
    expect(listed[0]).toMatchObject({
      deviceType: 'multiDevice',
      backedUp: true,
      abilities: { rename: true, remove: true },
    });
    expect(JSON.stringify(listed)).not.toMatch(/public/i);

    const renamed = await alice.patch(`${PASSKEYS}/${second.passkey.id}`, { name: 'Pixel phone' });
    expect(renamed.json()).toMatchObject({ name: 'Pixel phone' });
    expect((await alice.delete(`${PASSKEYS}/${second.passkey.id}`)).statusCode).toBe(200);
    expect(((await alice.get(PASSKEYS)).json().items as unknown[]).length).toBe(1);
    expect((await noticesTo(email)).sort()).toEqual([
      'A passkey was added to your Northwind Advisory account',
      'A passkey was added to your Northwind Advisory account',
      'A passkey was removed from your Northwind Advisory account',
    ]);
    expect((await auditEvents(portal, 'passkey.added')).length).toBeGreaterThanOrEqual(2);
  });

  it('adding and removing need a recent proof; a passkey itself is such a proof', async () => {
    const bob = await portal.signedIn('sam@consultant.example');
    const device = authenticator();
    const { passkey } = await register(bob, device);
    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    expect(statusAndCode(await bob.post(`${PASSKEYS}/registration-options`))).toEqual({
      status: 403,
      code: 'reauthentication_required',
    });
    expect(statusAndCode(await bob.delete(`${PASSKEYS}/${passkey.id}`))).toEqual({
      status: 403,
      code: 'reauthentication_required',
    });
    const { challengeId, options } = (await bob.post(`${PASSKEYS}/proof-options`)).json() as Options;
    const proof = await bob.post(`${PASSKEYS}/proof`, { challengeId, response: device.get(options) });
    expect(proof.statusCode, proof.body).toBe(200);
    expect((await bob.delete(`${PASSKEYS}/${passkey.id}`)).statusCode).toBe(200);
    expect(
      (await bob.post('/api/v1/me/api-tokens', { name: 'after passkey proof', scopes: ['read'] })).statusCode,
    ).toBe(201);
  });

  it('signs in with a passkey alone (no email, no password), as staff and as a customer', async () => {
    for (const email of ['owner@northwind.example', 'dana.diaz@customers.example']) {
      const device = authenticator();
      await register(await portal.signedIn(email), device);
      const { client, verify } = await signInWithPasskey(device);
      expect(verify.statusCode, verify.body).toBe(200);
      expect(verify.json()).toEqual({ state: 'active' });
      expect((await client.get('/api/v1/me')).json().user.email).toBe(email);
      // The passkey sign-in is a fresh proof: a token can be created at once.
      expect((await client.post('/api/v1/me/api-tokens', { name: 'fresh', scopes: ['read'] })).statusCode).toBe(201);
    }
    expect(
      (await auditEvents(portal, 'sign_in.succeeded')).filter((e) => e.details?.method === 'passkey'),
    ).toHaveLength(2);
  });

  it('refuses a replayed assertion, a used or expired challenge, a counter that went back, and a forged signature', async () => {
    const device = authenticator();
    const { soft } = await register(await portal.signedIn('adam@acme.example'), device);
    const first = await signInWithPasskey(device);
    expect(first.verify.statusCode).toBe(200);
    // The same challenge again: it was used up.
    const again = await first.client.post(SIGN_IN_VERIFY, { challengeId: first.challengeId, response: first.response });
    expect(statusAndCode(again)).toEqual({ status: 400, code: 'challenge_expired' });
    // The same assertion with a new challenge: the signed challenge does not match.
    const fresh = portal.client();
    const { challengeId } = (await fresh.post(SIGN_IN_OPTIONS)).json() as Options;
    expect(statusAndCode(await fresh.post(SIGN_IN_VERIFY, { challengeId, response: first.response }))).toEqual({
      status: 401,
      code: 'passkey_refused',
    });
    // A counter lower than the last one seen: a cloned authenticator.
    const cloned = await signInWithPasskey(device, { passkey: soft, counter: 1 });
    expect(statusAndCode(cloned.verify)).toEqual({ status: 401, code: 'passkey_refused' });
    // Expired: answered after five minutes.
    const late = portal.client();
    const lateOptions = (await late.post(SIGN_IN_OPTIONS)).json() as Options;
    portal.clock.advanceMinutes(6);
    const lateVerify = await late.post(SIGN_IN_VERIFY, {
      challengeId: lateOptions.challengeId,
      response: device.get(lateOptions.options),
    });
    expect(statusAndCode(lateVerify)).toEqual({ status: 400, code: 'challenge_expired' });
    // Another key signing for this credential id.
    const forger = authenticator();
    const stranger = forger.create({
      challenge: 'x',
      rp: { id: 'portico.test' },
      user: { id: soft.userHandle },
    } as never).passkey;
    stranger.credentialId = soft.credentialId;
    const forged = await signInWithPasskey(forger, { passkey: stranger, counter: 999 });
    expect(statusAndCode(forged.verify)).toEqual({ status: 401, code: 'passkey_refused' });
    // Only the good one signed in.
    expect((await first.client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await fresh.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('two concurrent uses of one assertion: exactly one signs in', async () => {
    const device = authenticator();
    await register(await portal.signedIn('bianca@blueharbor.example'), device);
    const client = portal.client();
    const { challengeId, options } = (await client.post(SIGN_IN_OPTIONS)).json() as Options;
    const response = device.get(options);
    const answers = await Promise.all([
      portal.client().post(SIGN_IN_VERIFY, { challengeId, response }),
      portal.client().post(SIGN_IN_VERIFY, { challengeId, response }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400]);
  });

  it("refuses another person's passkey for a proof, and answers 404 for another person's passkey id", async () => {
    const device = authenticator();
    const { passkey } = await register(await portal.signedIn('agent@northwind.example'), device);
    const hana = await portal.signedIn('hana.haddad@customers.example');
    const own = authenticator();
    await register(hana, own);
    const { challengeId, options } = (await hana.post(`${PASSKEYS}/proof-options`)).json() as Options;
    // The agent's authenticator answers Hana's challenge with the agent's passkey.
    const foreign = device.get({ ...options, allowCredentials: undefined });
    expect(statusAndCode(await hana.post(`${PASSKEYS}/proof`, { challengeId, response: foreign }))).toEqual({
      status: 401,
      code: 'passkey_refused',
    });
    expect((await hana.patch(`${PASSKEYS}/${passkey.id}`, { name: 'mine now' })).statusCode).toBe(404);
    expect((await hana.delete(`${PASSKEYS}/${passkey.id}`)).statusCode).toBe(404);
    const { rows } = await portal.ctx.db.query('SELECT name FROM passkeys WHERE id = $1', [passkey.id]);
    expect(rows).toEqual([{ name: 'Laptop' }]);
  });

  it('counts as two factors where the segment requires 2FA, and finishes a password sign-in as the second step', async () => {
    const email = 'ivan.ivanov@customers.example';
    const device = authenticator();
    await register(await portal.signedIn(email), device);
    await portal.ctx.db.query("UPDATE segments SET require_two_factor = true WHERE name = 'Customers'");
    try {
      const { client, verify } = await signInWithPasskey(device);
      expect(verify.json()).toEqual({ state: 'active' });
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);

      const withPassword = portal.client();
      const signIn = await withPassword.post('/api/v1/auth/sign-in', { email, password: portal.demo.password });
      expect(signIn.json()).toEqual({ state: 'second_factor' });
      expect((await withPassword.get('/api/v1/me')).statusCode).toBe(401);
      const { challengeId, options } = (await withPassword.post(`${PASSKEYS}/proof-options`)).json() as Options;
      const proof = await withPassword.post(`${PASSKEYS}/proof`, { challengeId, response: device.get(options) });
      expect(proof.statusCode, proof.body).toBe(200);
      expect((await withPassword.get('/api/v1/me')).statusCode).toBe(200);

      // The last second factor stays while the organisation requires one.
      const passkeyId = ((await withPassword.get(PASSKEYS)).json().items as { id: string }[])[0]!.id;
      expect(statusAndCode(await withPassword.delete(`${PASSKEYS}/${passkeyId}`))).toEqual({
        status: 403,
        code: 'two_factor_required',
      });
    } finally {
      await portal.ctx.db.query("UPDATE segments SET require_two_factor = false WHERE name = 'Customers'");
    }
  });

  it('a person owed 2FA enrolment may enrol a passkey instead of an authenticator app', async () => {
    await portal.ctx.db.query("UPDATE segments SET require_two_factor = true WHERE name = 'Customers'");
    try {
      const client = portal.client();
      const signIn = await client.post('/api/v1/auth/sign-in', {
        email: 'eli.evans@customers.example',
        password: portal.demo.password,
      });
      expect(signIn.json()).toEqual({ state: 'enrol_two_factor' });
      const added = await register(client, authenticator());
      expect(added.recoveryCodes).toHaveLength(10);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    } finally {
      await portal.ctx.db.query("UPDATE segments SET require_two_factor = false WHERE name = 'Customers'");
    }
  });

  it('refuses bad input with clear errors', async () => {
    const client = portal.client();
    await client.get('/api/v1/session');
    const { challengeId } = (await client.post(SIGN_IN_OPTIONS)).json() as Options;
    const bad = await client.post(SIGN_IN_VERIFY, { challengeId, response: { id: 'x', rawId: 'x', type: 'nope' } });
    expect(bad.statusCode).toBe(400);
    const unknown = await client.post(SIGN_IN_VERIFY, {
      challengeId,
      response: { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: {}, clientExtensionResults: {} },
    });
    expect(statusAndCode(unknown)).toEqual({ status: 401, code: 'passkey_refused' });
    const alice = await portal.signedIn('alice@acme.example');
    const { challengeId: registerId } = (await alice.post(`${PASSKEYS}/registration-options`)).json() as Options;
    const garbage = await alice.post(PASSKEYS, {
      challengeId: registerId,
      name: '<b>x</b>',
      response: { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: { attestationObject: 'AAAA' } },
    });
    expect(statusAndCode(garbage)).toEqual({ status: 409, code: 'passkey_not_verified' });
  });

  it('a segment set to single sign-on only refuses passkey sign-in (403 sso_required, audited)', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const device = authenticator();
    await register(alice, device, 'Tablet');
    const owner = await portal.signedIn(portal.demo.staffOwner);
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const methodsBefore = (await owner.get(`/api/v1/segments/${clients}`)).json().signInMethods as string[];
    await setSegmentSignInMethods(owner, clients, ['sso']);

    const refused = await signInWithPasskey(device);
    expect(statusAndCode(refused.verify)).toEqual({ status: 403, code: 'sso_required' });
    expect(((await refused.client.get('/api/v1/session')).json() as { me: unknown }).me).toBeNull();
    const failed = (await auditEvents(portal, 'sign_in.failed')).find(
      (event) => (event.details as { reason?: string } | null)?.reason === 'sso_required',
    );
    expect(failed).toMatchObject({ details: { method: 'passkey' } });
    // Staff sign-in is not set per segment: the owner's passkey still works.
    const ownerDevice = authenticator();
    await register(owner, ownerDevice, 'Owner key');
    expect((await signInWithPasskey(ownerDevice)).verify.statusCode).toBe(200);

    // Single sign-on or password: a passkey may stand in for the password again.
    await setSegmentSignInMethods(owner, clients, ['sso', 'password']);
    expect((await signInWithPasskey(device)).verify.statusCode).toBe(200);
    await setSegmentSignInMethods(owner, clients, methodsBefore);
  });

  // Last in this file: it uses up the IP's budgets that the tests above share.
  it('limits passkey challenges and refused passkey sign-ins per IP (429 with Retry-After)', async () => {
    const client = portal.client();
    await client.get('/api/v1/session');
    let answer = await client.post(SIGN_IN_OPTIONS);
    for (let n = 0; n < 70 && answer.statusCode === 200; n += 1) answer = await client.post(SIGN_IN_OPTIONS);
    expect(answer.statusCode).toBe(429);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    portal.clock.advanceMinutes(11);
    const { challengeId } = (await client.post(SIGN_IN_OPTIONS)).json() as Options;
    const bogus = { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: {}, clientExtensionResults: {} };
    let refused = await client.post(SIGN_IN_VERIFY, { challengeId, response: bogus });
    for (let n = 0; n < 30 && refused.statusCode !== 429; n += 1)
      refused = await client.post(SIGN_IN_VERIFY, { challengeId, response: bogus });
    expect(refused.statusCode).toBe(429);
  });
});
