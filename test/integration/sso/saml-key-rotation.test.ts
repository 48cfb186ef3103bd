import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { LocalSamlIdp, readAuthnRequest, redirectSignatureOf, type SamlUser } from '../../support/saml-idp.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { postSamlResponse, setUpSamlProvider } from './helpers.ts';

const NORA: SamlUser = { nameId: 'saml-rot-nora', email: 'nora.rot@acme.example', name: 'Nora Rot' };
const REFUSED = { location: '/sign-in?sso=provider_error', email: null };
const bodyOf = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

/**
 * SAML SP key rotation: new keys at once (requests signed with the new one), the previous encryption key still
 * decrypting and both certificates published during the rollover, and nothing of the old keys after retirement.
 */
describe('SAML SP key rotation', { timeout: 180_000 }, () => {
  let portal: TestPortal;
  let idp: LocalSamlIdp;
  let owner: HttpClient;
  let providerId: string;
  let before: { samlSpSigningCertificate: string; samlSpEncryptionCertificate: string };

  beforeAll(async () => {
    portal = await startPortal();
    idp = await new LocalSamlIdp().listen();
    owner = await portal.signedIn(portal.demo.staffOwner);
    ({ providerId } = await setUpSamlProvider(portal, owner, idp, {
      name: 'Acme rotating',
      signAuthnRequests: true,
      encryptedAssertions: true,
    }));
    before = (await owner.get(`/api/v1/sso/providers/${providerId}`)).json();
  }, 120_000);
  afterAll(async () => {
    await portal?.close();
    await idp?.close();
  });

  const ROTATE = () => `/api/v1/sso/providers/${providerId}/saml-keys/rotate`;
  const RETIRE = () => `/api/v1/sso/providers/${providerId}/saml-keys/retire`;
  const metadata = async () => (await portal.client().get(`/api/v1/auth/sso/${providerId}/saml/metadata`)).body;

  /** A sign-in whose assertion the IdP encrypted to `certificate`; also returns the AuthnRequest URL. */
  async function signInEncryptedTo(certificate: string) {
    const browser = portal.client();
    const start = await browser.get(`/api/v1/auth/sso/${providerId}/start`);
    const url = String(start.headers.location);
    const request = readAuthnRequest(url);
    const response = await idp.encryptedResponse(request, NORA, certificate);
    return { url, result: await postSamlResponse(browser, providerId, request.relayState, response) };
  }

  it('only owners and admins with a recent proof rotate or retire; an unknown provider is 404', async () => {
    // Abilities say which step is open, for whom: rotate while there is no rollover, retire while there is one.
    expect(before).toMatchObject({ abilities: { rotateSamlKeys: true, retireSamlKeys: false } });
    const agent = await portal.signedIn('agent@northwind.example');
    const seen = (await agent.get(`/api/v1/sso/providers/${providerId}`)).json();
    expect(seen.abilities).toEqual({ update: false, delete: false, rotateSamlKeys: false, retireSamlKeys: false });
    expectProblem(await agent.post(ROTATE()), 403);
    expectProblem(await owner.post(`/api/v1/sso/providers/${crypto.randomUUID()}/saml-keys/rotate`), 404);
    const stale = await portal.signedIn(portal.demo.staffOwner);
    portal.clock.advanceMinutes(portal.ctx.config.session.stepUpMinutes + 1);
    const refused = await stale.post(ROTATE());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('reauthentication_required');
    expectProblem(await stale.post(RETIRE()), 403, 'reauthentication_required');
    owner = await portal.signedIn(portal.demo.staffOwner);
    expectProblem(await owner.post(RETIRE()), 409, 'no_rollover');
  });

  it('rotate: new keys sign at once; both certificates are published; the old encryption key still decrypts', async () => {
    const rotated = await owner.post(ROTATE());
    expect(rotated.statusCode, rotated.body).toBe(200);
    const after = rotated.json();
    expect(after.samlSpSigningCertificate).not.toBe(before.samlSpSigningCertificate);
    expect(after.samlSpEncryptionCertificate).not.toBe(before.samlSpEncryptionCertificate);
    expect(after).toMatchObject({
      samlSpKeysRotatedAt: expect.any(String),
      samlSpPreviousSigningCertificate: before.samlSpSigningCertificate,
      samlSpPreviousEncryptionCertificate: before.samlSpEncryptionCertificate,
    });
    expect(JSON.stringify(after)).not.toContain('PRIVATE KEY');
    expect(after.abilities).toMatchObject({ rotateSamlKeys: false, retireSamlKeys: true });
    const { rows } = await portal.ctx.db.query<{ sealed: string }>(
      'SELECT saml_sp_previous_decryption_key_sealed AS sealed FROM sso_providers WHERE id = $1',
      [providerId],
    );
    expect(rows[0]!.sealed).not.toContain('PRIVATE KEY');

    const published = (await metadata()).replace(/\s+/g, '');
    for (const pem of [
      after.samlSpSigningCertificate,
      after.samlSpEncryptionCertificate,
      before.samlSpSigningCertificate,
      before.samlSpEncryptionCertificate,
    ])
      expect(published).toContain(bodyOf(pem as string));

    const old = await signInEncryptedTo(before.samlSpEncryptionCertificate);
    expect(old.result).toEqual({ location: '/', email: NORA.email });
    expect(redirectSignatureOf(old.url, after.samlSpSigningCertificate)).toBe('valid');
    expect(redirectSignatureOf(old.url, before.samlSpSigningCertificate)).toBe('invalid');
    expect((await signInEncryptedTo(after.samlSpEncryptionCertificate)).result.email).toBe(NORA.email);

    expectProblem(await owner.post(ROTATE()), 409, 'rollover_open');
    const audit = (await owner.get('/api/v1/audit-events?action=sso_provider.saml_keys_rotated')).json().items[0];
    expect(audit.target).toMatchObject({ type: 'sso_provider', id: providerId });
  });

  it('retire: the old key no longer decrypts and is no longer published; the new one works', async () => {
    const current = (await owner.get(`/api/v1/sso/providers/${providerId}`)).json();
    const retired = await owner.post(RETIRE());
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({
      samlSpKeysRotatedAt: null,
      samlSpPreviousSigningCertificate: null,
      samlSpPreviousEncryptionCertificate: null,
      abilities: { rotateSamlKeys: true, retireSamlKeys: false },
    });
    expect((await signInEncryptedTo(before.samlSpEncryptionCertificate)).result).toEqual(REFUSED);
    expect((await signInEncryptedTo(current.samlSpEncryptionCertificate)).result.email).toBe(NORA.email);
    const published = (await metadata()).replace(/\s+/g, '');
    expect(published).not.toContain(bodyOf(before.samlSpEncryptionCertificate));
    expect(published).not.toContain(bodyOf(before.samlSpSigningCertificate));
    expect(published).toContain(bodyOf(current.samlSpEncryptionCertificate));
    const audit = (await owner.get('/api/v1/audit-events?action=sso_provider.saml_keys_retired')).json().items[0];
    expect(audit.target).toMatchObject({ type: 'sso_provider', id: providerId });
    expectProblem(await owner.post(RETIRE()), 409, 'no_rollover');
  });
});
