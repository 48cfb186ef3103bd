import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { LocalSamlIdp, readAuthnRequest, redirectSignatureOf, type SamlUser } from '../../support/saml-idp.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { postSamlResponse, setUpSamlProvider } from './helpers.ts';

const NORA: SamlUser = { nameId: 'saml-enc-nora', email: 'nora.enc@acme.example', name: 'Nora Enc' };
const REFUSED = { location: '/sign-in?sso=provider_error', email: null };

/**
 * SAML options per provider: AuthnRequests signed with the portal's own key (HTTP-Redirect binding signature, the
 * certificate published in the SP metadata, checked by the local IdP) and encrypted assertions (decrypted with the
 * portal's key; plain ones refused then, encrypted ones refused by a provider not set for them).
 */
describe('SAML signed AuthnRequests and encrypted assertions', { timeout: 180_000 }, () => {
  let portal: TestPortal;
  let idp: LocalSamlIdp;
  let owner: HttpClient;
  let providerId: string;
  let clientsSegment: string;

  beforeAll(async () => {
    portal = await startPortal();
    idp = await new LocalSamlIdp().listen();
    owner = await portal.signedIn(portal.demo.staffOwner);
    ({ providerId, clientsSegment } = await setUpSamlProvider(portal, owner, idp, {
      name: 'Acme signed',
      signAuthnRequests: true,
    }));
  }, 120_000);
  afterAll(async () => {
    await portal?.close();
    await idp?.close();
  });

  const provider = async () => (await owner.get(`/api/v1/sso/providers/${providerId}`)).json();

  async function startUrl(browser: HttpClient) {
    const response = await browser.get(`/api/v1/auth/sso/${providerId}/start`);
    expect(response.statusCode).toBe(302);
    return String(response.headers.location);
  }

  const post = (browser: HttpClient, relayState: string, samlResponse: string) =>
    postSamlResponse(browser, providerId, relayState, samlResponse);

  it('signing on: the certificate is shown and published (AuthnRequestsSigned), the key is sealed', async () => {
    const shown = await provider();
    expect(shown.samlSignAuthnRequests).toBe(true);
    expect(shown.samlSpSigningCertificate).toContain('BEGIN CERTIFICATE');
    expect(JSON.stringify(shown)).not.toContain('PRIVATE KEY');
    const metadata = (await portal.client().get(`/api/v1/auth/sso/${providerId}/saml/metadata`)).body;
    expect(metadata).toContain('AuthnRequestsSigned="true"');
    expect(metadata).toContain('use="signing"');
    const body = String(shown.samlSpSigningCertificate)
      .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
      .replace(/\s+/g, '');
    expect(metadata.replace(/\s+/g, '')).toContain(body);
    const { rows } = await portal.ctx.db.query<{ saml_sp_signing_key_sealed: string }>(
      'SELECT saml_sp_signing_key_sealed FROM sso_providers WHERE id = $1',
      [providerId],
    );
    expect(rows[0]!.saml_sp_signing_key_sealed).not.toContain('PRIVATE KEY');
    expect(portal.ctx.secretBox.open(rows[0]!.saml_sp_signing_key_sealed)).toContain('PRIVATE KEY');
  });

  it('the AuthnRequest carries a redirect signature the IdP verifies; a changed query fails it', async () => {
    const shown = await provider();
    const url = await startUrl(portal.client());
    expect(redirectSignatureOf(url, shown.samlSpSigningCertificate)).toBe('valid');
    const tampered = url.replace(/RelayState=[^&]+/, 'RelayState=someone-else');
    expect(redirectSignatureOf(tampered, shown.samlSpSigningCertificate)).toBe('invalid');
    const unsigned = url.replace(/&Signature=[^&]+/, '');
    expect(redirectSignatureOf(unsigned, shown.samlSpSigningCertificate)).toBe('unsigned');

    // The IdP itself, set to require signed requests, answers the signed one and refuses the others.
    idp.spSigningCertificate = shown.samlSpSigningCertificate;
    idp.nextUser = NORA;
    expect((await fetch(url)).status).toBe(200);
    expect(idp.lastRequestSignature).toBe('valid');
    expect((await fetch(unsigned)).status).toBe(400);
    expect((await fetch(tampered)).status).toBe(400);
    idp.spSigningCertificate = null;
  });

  it('a signed request still signs in with the usual (plain, signed) assertion', async () => {
    const browser = portal.client();
    const request = readAuthnRequest(await startUrl(browser));
    expect(await post(browser, request.relayState, idp.response(request, NORA))).toEqual({
      location: '/',
      email: NORA.email,
    });
  });

  it('an encrypted assertion to a provider not set for it is refused', async () => {
    const browser = portal.client();
    const request = readAuthnRequest(await startUrl(browser));
    const someCertificate = new LocalSamlIdp().keys.certificate;
    expect(
      await post(browser, request.relayState, await idp.encryptedResponse(request, NORA, someCertificate)),
    ).toEqual(REFUSED);
  });

  it('encrypted assertions on: published, accepted encrypted, refused plain or to another key', async () => {
    const current = await provider();
    const updated = await owner.patch(`/api/v1/sso/providers/${providerId}`, {
      encryptedAssertions: true,
      version: current.version,
    });
    expect(updated.statusCode).toBe(200);
    const certificate = updated.json().samlSpEncryptionCertificate as string;
    expect(certificate).toContain('BEGIN CERTIFICATE');
    // Signing stays as it was, with the same certificate.
    expect(updated.json().samlSpSigningCertificate).toBe(current.samlSpSigningCertificate);
    const metadata = (await portal.client().get(`/api/v1/auth/sso/${providerId}/saml/metadata`)).body;
    expect(metadata).toContain('use="encryption"');
    expect(metadata).toContain('xmlenc11#aes256-gcm');

    const browser = portal.client();
    const request = readAuthnRequest(await startUrl(browser));
    const encrypted = await idp.encryptedResponse(request, NORA, certificate);
    expect(Buffer.from(encrypted, 'base64').toString('utf8')).not.toContain(NORA.email);
    expect(await post(browser, request.relayState, encrypted)).toEqual({ location: '/', email: NORA.email });

    const plain = portal.client();
    const plainRequest = readAuthnRequest(await startUrl(plain));
    expect(await post(plain, plainRequest.relayState, idp.response(plainRequest, NORA))).toEqual(REFUSED);

    const other = portal.client();
    const otherRequest = readAuthnRequest(await startUrl(other));
    const wrongKey = new LocalSamlIdp().keys.certificate;
    expect(
      await post(other, otherRequest.relayState, await idp.encryptedResponse(otherRequest, NORA, wrongKey)),
    ).toEqual(REFUSED);
    // Encrypted but unsigned inside: still refused (signed assertions are required whatever the transport).
    const unsigned = portal.client();
    const unsignedRequest = readAuthnRequest(await startUrl(unsigned));
    const response = await idp.encryptedResponse(unsignedRequest, NORA, certificate, { signed: false });
    expect(await post(unsigned, unsignedRequest.relayState, response)).toEqual(REFUSED);
  });

  it('the IdP page posts an encrypted assertion the portal accepts (browser-like walk)', async () => {
    const shown = await provider();
    idp.spSigningCertificate = shown.samlSpSigningCertificate;
    idp.spEncryptionCertificate = shown.samlSpEncryptionCertificate;
    idp.nextUser = NORA;
    const browser = portal.client();
    const url = await startUrl(browser);
    const page = await (await fetch(url)).text();
    const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const relayState = /name="RelayState" value="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(Buffer.from(samlResponse, 'base64').toString('utf8')).toContain('EncryptedAssertion');
    expect(await post(browser, relayState, samlResponse)).toEqual({ location: '/', email: NORA.email });
    idp.spSigningCertificate = null;
    idp.spEncryptionCertificate = null;
  });

  it('switching signing off stops signing and keeps the key for later; options are SAML-only', async () => {
    const current = await provider();
    const off = await owner.patch(`/api/v1/sso/providers/${providerId}`, {
      signAuthnRequests: false,
      version: current.version,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().samlSpSigningCertificate).toBeNull();
    expect(await startUrl(portal.client())).not.toContain('Signature=');
    const metadata = (await portal.client().get(`/api/v1/auth/sso/${providerId}/saml/metadata`)).body;
    expect(metadata).toContain('AuthnRequestsSigned="false"');
    const on = await owner.patch(`/api/v1/sso/providers/${providerId}`, {
      signAuthnRequests: true,
      version: off.json().version,
    });
    expect(on.json().samlSpSigningCertificate).toBe(current.samlSpSigningCertificate);

    expectProblem(
      await owner.patch(`/api/v1/sso/providers/${providerId}`, { signAuthnRequests: 'yes', version: 1 }),
      400,
    );
    const oidc = await owner.post('/api/v1/sso/providers', {
      name: 'Some OIDC',
      issuer: 'https://idp.example',
      clientId: 'x',
      clientSecret: 'y',
      allowedDomains: ['oidc.example'],
      audience: 'segment',
      segmentId: clientsSegment,
    });
    expect(oidc.statusCode).toBe(201);
    expectProblem(
      await owner.patch(`/api/v1/sso/providers/${oidc.json().id}`, {
        signAuthnRequests: true,
        version: oidc.json().version,
      }),
      400,
    );
    expect(oidc.json()).toMatchObject({ samlSignAuthnRequests: false, samlSpSigningCertificate: null });
  });
});
