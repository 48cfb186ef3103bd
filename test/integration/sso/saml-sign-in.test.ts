import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { LocalSamlIdp, readAuthnRequest, type ResponseOptions, type SamlUser } from '../../support/saml-idp.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { postSamlResponse, setUpSamlProvider } from './helpers.ts';

const NORA: SamlUser = { nameId: 'saml-nora', email: 'nora.saml@acme.example', name: 'Nora Saml' };
const ALICE: SamlUser = { nameId: 'saml-alice', email: 'alice@acme.example' };

/** SAML 2.0 sign-in against a local IdP whose assertions are really signed (xml-crypto), over HTTP end to end. */
describe('single sign-on (SAML 2.0)', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let idp: LocalSamlIdp;
  let owner: HttpClient;
  let providerId: string;

  beforeAll(async () => {
    portal = await startPortal();
    idp = await new LocalSamlIdp().listen();
    owner = await portal.signedIn(portal.demo.staffOwner);
    ({ providerId } = await setUpSamlProvider(portal, owner, idp));
  }, 120_000);
  afterAll(async () => {
    await portal?.close();
    await idp?.close();
  });

  /** start → the AuthnRequest the browser carries to the IdP. */
  async function start(browser: HttpClient) {
    const response = await browser.get(`/api/v1/auth/sso/${providerId}/start`);
    expect(response.statusCode).toBe(302);
    const location = String(response.headers.location);
    expect(location.startsWith(idp.ssoUrl)).toBe(true);
    return readAuthnRequest(location);
  }

  const post = (browser: HttpClient, relayState: string, samlResponse: string) =>
    postSamlResponse(browser, providerId, relayState, samlResponse);

  async function signIn(user: SamlUser, options: ResponseOptions = {}) {
    const browser = portal.client();
    const request = await start(browser);
    return post(browser, request.relayState, idp.response(request, user, options));
  }

  it('the console shows the provider beside OIDC ones with its SP addresses; the metadata is public XML', async () => {
    const provider = (await owner.get(`/api/v1/sso/providers/${providerId}`)).json();
    expect(provider).toMatchObject({ protocol: 'saml', issuer: idp.entityId, samlSsoUrl: idp.ssoUrl });
    expect(provider.redirectUri).toBe(`http://portico.test/api/v1/auth/sso/${providerId}/saml/acs`);
    expect(provider.samlEntityId).toBe(`http://portico.test/api/v1/auth/sso/${providerId}/saml/metadata`);
    const metadata = await portal.client().get(`/api/v1/auth/sso/${providerId}/saml/metadata`);
    expect(metadata.statusCode).toBe(200);
    expect(metadata.headers['content-type']).toContain('application/samlmetadata+xml');
    expect(metadata.body).toContain(`entityID="${provider.samlEntityId}"`);
    expect(metadata.body).toContain(`Location="${provider.redirectUri}"`);
    expect(metadata.body).toContain('WantAssertionsSigned="true"');
  });

  it('a signed assertion from an allowed domain signs in and creates the person (JIT)', async () => {
    expect(await signIn(NORA)).toEqual({ location: '/', email: NORA.email });
    // The identity is linked: next time finds it.
    expect(await signIn(NORA)).toEqual({ location: '/', email: NORA.email });
  });

  it('an unsigned assertion, or one signed with another key, is refused', async () => {
    expect(await signIn(NORA, { signed: false })).toEqual({ location: '/sign-in?sso=provider_error', email: null });
    expect(await signIn(NORA, { foreignKey: true })).toEqual({ location: '/sign-in?sso=provider_error', email: null });
  });

  it('a wrong audience or recipient is refused', async () => {
    const refused = { location: '/sign-in?sso=provider_error', email: null };
    expect(await signIn(NORA, { audience: 'https://other-sp.example/metadata' })).toEqual(refused);
    expect(await signIn(NORA, { recipient: 'https://other-sp.example/acs' })).toEqual(refused);
  });

  it('an expired assertion is refused; one a little early is accepted (clock skew)', async () => {
    const now = Date.now();
    const expired = { notBefore: new Date(now - 20 * 60_000), notOnOrAfter: new Date(now - 5 * 60_000) };
    expect(await signIn(NORA, expired)).toEqual({ location: '/sign-in?sso=provider_error', email: null });
    expect(await signIn(NORA, { notBefore: new Date(now + 20_000) })).toEqual({ location: '/', email: NORA.email });
    expect(await signIn(NORA, { notBefore: new Date(now + 10 * 60_000) })).toEqual({
      location: '/sign-in?sso=provider_error',
      email: null,
    });
  });

  it('a replayed assertion is refused, also with the state cookie copied; an IdP-initiated one too', async () => {
    const browser = portal.client();
    const request = await start(browser);
    const state = browser.cookie('portico_sso_state')!;
    const response = idp.response(request, NORA);
    expect(await post(browser, request.relayState, response)).toEqual({ location: '/', email: NORA.email });
    const replay = portal.client();
    replay.setCookie('portico_sso_state', state);
    expect(await post(replay, request.relayState, response)).toEqual({
      location: '/sign-in?sso=assertion_replayed',
      email: null,
    });
    // The same response posted after another browser's own start answers another request (InResponseTo).
    const other = portal.client();
    const otherRequest = await start(other);
    expect(await post(other, otherRequest.relayState, response)).toMatchObject({ email: null });
    // No InResponseTo at all: an unsolicited response is not accepted.
    expect(await signIn(NORA, { inResponseTo: null })).toEqual({
      location: '/sign-in?sso=provider_error',
      email: null,
    });
    const { rows } = await portal.ctx.db.query('SELECT 1 FROM sso_saml_assertions WHERE provider_id = $1', [
      providerId,
    ]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('two posts of one assertion at once: exactly one signs in', async () => {
    const browser = portal.client();
    const request = await start(browser);
    const twin = portal.client();
    twin.setCookie('portico_sso_state', browser.cookie('portico_sso_state')!);
    const response = idp.response(request, NORA);
    const results = await Promise.all([
      post(browser, request.relayState, response),
      post(twin, request.relayState, response),
    ]);
    expect(results.filter((result) => result.email === NORA.email)).toHaveLength(1);
  });

  it('an existing person is never taken over: they must prove who they are; other domains are refused', async () => {
    const result = await signIn(ALICE);
    expect(result.email).toBeNull();
    expect(result.location).toMatch(/^\/sign-in\/sso-link#token=/);
    expect(await signIn({ nameId: 'eve', email: 'eve@evil.example' })).toEqual({
      location: '/sign-in?sso=domain_not_allowed',
      email: null,
    });
    expect(await signIn({ nameId: 'bob', email: 'bob@other.acme.example' })).toMatchObject({ email: null });
    const { rows } = await portal.ctx.db.query(
      `SELECT 1 FROM sso_identities WHERE subject IN ('saml-alice', 'eve', 'bob')`,
    );
    expect(rows).toHaveLength(0);
  });

  it('a post without the browser state, or a malformed body, is refused without a session', async () => {
    const request = await start(portal.client());
    const stranger = portal.client();
    expect(await post(stranger, request.relayState, idp.response(request, NORA))).toEqual({
      location: '/sign-in?sso=invalid_state',
      email: null,
    });
    const junk = portal.client();
    junk.sendCsrf = false;
    const bad = await junk.request(
      'POST',
      `/api/v1/auth/sso/${providerId}/saml/acs`,
      'SAMLResponse=%3Cnot-xml&RelayState=',
      {
        'content-type': 'application/x-www-form-urlencoded',
      },
    );
    expect([303, 400]).toContain(bad.statusCode);
    expect((await junk.get('/api/v1/session')).json().me).toBeNull();
  });

  it('only owners and admins add SAML providers; a certificate that does not parse is refused', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const body = {
      name: 'Other',
      idpEntityId: 'urn:other',
      ssoUrl: 'https://idp.example/sso',
      idpCertificate: idp.keys.certificate,
      allowedDomains: ['other.example'],
      audience: 'staff',
    };
    expectProblem(await agent.post('/api/v1/sso/saml-providers', body), 403);
    expectProblem(await portal.client().post('/api/v1/sso/saml-providers', body), 401);
    expectProblem(await owner.post('/api/v1/sso/saml-providers', { ...body, idpCertificate: 'A'.repeat(200) }), 400);
    expectProblem(await owner.patch(`/api/v1/sso/providers/${providerId}`, { clientSecret: 'nope', version: 1 }), 400);
    // The metadata of an id that is not a SAML provider reads as missing.
    expectProblem(await portal.client().get(`/api/v1/auth/sso/${crypto.randomUUID()}/saml/metadata`), 404);
  });

  /** The code of the last link-code mail to an address. */
  async function mailedCode(to: string) {
    const mail = await lastMailTo(portal, to, { containing: 'connect your identity provider' });
    const code = /(?:^|\n)(\d{6})(?:\n|$)/.exec(mail?.text_body ?? '')?.[1];
    if (!code) throw new Error(`no code mailed to ${to}`);
    return code;
  }

  // Last in the file: it moves the portal's clock forward.
  it('linking by an emailed code: one-time, spaced out, attempts capped, codes capped', async () => {
    const first = await signIn(ALICE);
    const token = first.location.split('#token=')[1]!;
    const browser = portal.client();
    expectProblem(await browser.post('/api/v1/auth/sso/link', { token, code: '123456', password: 'x' }), 400);
    expectProblem(await browser.post('/api/v1/auth/sso/link', { token, code: '<b>1</b>' }), 400);
    // No code was sent yet: nothing to try.
    expectProblem(
      await browser.post('/api/v1/auth/sso/link', { token, code: '123456' }),
      429,
      'code_attempts_exhausted',
    );
    expect((await browser.post('/api/v1/auth/sso/link/code', { token })).statusCode).toBe(200);
    expectProblem(await browser.post('/api/v1/auth/sso/link/code', { token }), 429);
    const code = await mailedCode(ALICE.email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt++)
      expectProblem(await browser.post('/api/v1/auth/sso/link', { token, code: wrong }), 401, 'invalid_code');
    // Five wrong guesses burn the code, even for the right one.
    expectProblem(await browser.post('/api/v1/auth/sso/link', { token, code }), 429, 'code_attempts_exhausted');
    expect((await browser.get('/api/v1/session')).json().me).toBeNull();

    portal.clock.advanceMinutes(1);
    expect((await browser.post('/api/v1/auth/sso/link/code', { token })).statusCode).toBe(200);
    const second = await mailedCode(ALICE.email);
    const linked = await browser.post('/api/v1/auth/sso/link', { token, code: second });
    expect(linked.statusCode).toBe(200);
    expect((await browser.get('/api/v1/session')).json().me.user.email).toBe(ALICE.email);
    // Used: neither the code nor the link request works again.
    expectProblem(await portal.client().post('/api/v1/auth/sso/link', { token, code: second }), 400);
    expectProblem(await portal.client().post('/api/v1/auth/sso/link/code', { token }), 400);
    // Next time the identity signs Alice in directly.
    expect(await signIn(ALICE)).toEqual({ location: '/', email: ALICE.email });

    // At most three codes per sign-in.
    const next = await signIn({ nameId: 'saml-adam', email: 'adam@acme.example' });
    const otherToken = next.location.split('#token=')[1]!;
    for (let sent = 0; sent < 3; sent++) {
      expect((await browser.post('/api/v1/auth/sso/link/code', { token: otherToken })).statusCode).toBe(200);
      portal.clock.advanceMinutes(1);
    }
    expectProblem(await browser.post('/api/v1/auth/sso/link/code', { token: otherToken }), 429, 'too_many_codes');

    // Expired link requests (with their code hashes) are cleared a day later, as the next one is made.
    const linkRequests = async () =>
      (await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sso_link_requests')).rows[0]!.n;
    expect(await linkRequests()).toBeGreaterThanOrEqual(2);
    portal.clock.advanceMinutes(25 * 60);
    await signIn({ nameId: 'saml-adam-later', email: 'adam@acme.example' });
    expect(await linkRequests()).toBe(1);
    expectProblem(await browser.post('/api/v1/auth/sso/link/code', { token: otherToken }), 400);
  });
});
