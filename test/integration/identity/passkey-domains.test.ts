import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { SoftAuthenticator } from '../../support/webauthn-authenticator.ts';

// A segment on its own domain: passkeys made there belong to that domain (RP ID and origin), passkeys made on the
// main address (http://portico.test, see startPortal) to the main host. Both reached through the Host header.
const CLIENTS = 'clients.northwind.example';
const PASSKEYS = '/api/v1/me/passkeys';
const SIGN_IN_OPTIONS = '/api/v1/auth/passkey/options';
const SIGN_IN_VERIFY = '/api/v1/auth/passkey/verify';
type Options = { challengeId: string; options: Record<string, unknown> & { challenge: string } };

describe('passkeys on a segment’s own domain', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
    const admin = await portal.signedIn('admin@northwind.example');
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const saved = await admin.put(`/api/v1/segments/${clients}/domains`, { portalDomain: CLIENTS, helpDomain: null });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(() => portal.close());

  async function signedInOn(host: string, email: string) {
    const client = portal.client();
    client.host = host;
    const response = await client.post('/api/v1/auth/sign-in', { email, password: portal.demo.password });
    expect(response.statusCode, response.body).toBe(200);
    return client;
  }

  async function register(client: HttpClient, device: SoftAuthenticator) {
    const started = await client.post(`${PASSKEYS}/registration-options`);
    expect(started.statusCode, started.body).toBe(200);
    const { challengeId, options } = started.json() as Options;
    const { response } = device.create(options);
    return {
      rp: options.rp as { id: string },
      added: await client.post(PASSKEYS, { challengeId, name: 'Key', response }),
    };
  }

  async function signInWithPasskey(host: string, device: SoftAuthenticator) {
    const client = portal.client();
    client.host = host;
    await client.get('/api/v1/session');
    const started = (await client.post(SIGN_IN_OPTIONS)).json() as Options;
    expect(started.options.rpId).toBe(host);
    const response = device.get(started.options);
    return client.post(SIGN_IN_VERIFY, { challengeId: started.challengeId, response });
  }

  it('registers on the segment’s domain with that domain as RP ID and origin, and signs in there only', async () => {
    const alice = await signedInOn(CLIENTS, 'alice@acme.example');
    const device = new SoftAuthenticator(`http://${CLIENTS}`);
    const { rp, added } = await register(alice, device);
    expect(rp.id).toBe(CLIENTS);
    expect(added.statusCode, added.body).toBe(201);

    const there = await signInWithPasskey(CLIENTS, device);
    expect(there.statusCode, there.body).toBe(200);
    // The same key presented on the main host: its RP ID (and the page's origin) belong to the other domain.
    const main = await signInWithPasskey('portico.test', device);
    expect(main.statusCode).toBe(401);
    expect(main.json().code).toBe('passkey_refused');
  });

  it('refuses a registration whose page origin is the main host while the ceremony runs on the segment’s domain', async () => {
    const adam = await signedInOn(CLIENTS, 'adam@acme.example');
    const { added } = await register(adam, new SoftAuthenticator('http://portico.test'));
    expect(added.statusCode).toBe(409);
    expect(added.json().code).toBe('passkey_not_verified');
  });

  it('keeps the main host for passkeys made on the main address', async () => {
    const admin = await signedInOn('portico.test', 'owner@northwind.example');
    const device = new SoftAuthenticator('http://portico.test');
    const { rp, added } = await register(admin, device);
    expect(rp.id).toBe('portico.test');
    expect(added.statusCode, added.body).toBe(201);
    expect((await signInWithPasskey('portico.test', device)).statusCode).toBe(200);
    // An unknown host resolves to the main address: the relying party never comes from the Host header.
    const stray = portal.client();
    stray.host = 'evil.example';
    await stray.get('/api/v1/session');
    expect(((await stray.post(SIGN_IN_OPTIONS)).json() as Options).options.rpId).toBe('portico.test');
  });
});
