import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { LocalSamlIdp, readAuthnRequest, type ResponseOptions, type SamlUser } from '../../support/saml-idp.ts';
import { postSamlResponse, setUpSamlProvider } from './helpers.ts';

const NORA: SamlUser = { nameId: 'saml-nora-domain', email: 'nora.domain@acme.example', name: 'Nora Domain' };
/** The Clients segment's own portal domain (the main address is http://portico.test, see startPortal). */
const CLIENTS_DOMAIN = 'clients.northwind.example';
const MAIN = 'http://portico.test';
const refused = { location: '/sign-in?sso=provider_error', email: null };

/**
 * The SP addresses follow the address people sign in to: a segment provider's entity id (its metadata URL) and ACS
 * are on the segment's own domain once it has one, and on the main address without one; a staff provider's stay on
 * the main address. An assertion meant for the old (main-address) entity id is refused once the domain is set.
 */
describe('SAML service provider addresses on a segment’s own domain', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let idp: LocalSamlIdp;
  let owner: HttpClient;
  let segmentProvider: string;
  let staffProvider: string;
  let clientsSegment: string;

  const on = (host: string | null) => {
    const client = portal.client();
    client.host = host;
    return client;
  };
  const samlRoot = (base: string, providerId: string) => `${base}/api/v1/auth/sso/${providerId}/saml`;

  /** What the console, the metadata and the AuthnRequest say the SP is, for one provider, starting on `host`. */
  async function addressesOf(providerId: string, host: string | null) {
    const provider = (await owner.get(`/api/v1/sso/providers/${providerId}`)).json();
    const metadata = await on(host).get(`/api/v1/auth/sso/${providerId}/saml/metadata`);
    expect(metadata.statusCode).toBe(200);
    const browser = on(host);
    const start = await browser.get(`/api/v1/auth/sso/${providerId}/start`);
    expect(start.statusCode).toBe(302);
    const request = readAuthnRequest(String(start.headers.location));
    return {
      console: { entityId: provider.samlEntityId, acsUrl: provider.redirectUri },
      metadata: {
        entityId: /entityID="([^"]+)"/.exec(metadata.body)?.[1],
        acsUrl: /AssertionConsumerService[^>]*Location="([^"]+)"/.exec(metadata.body)?.[1],
      },
      authnRequest: {
        issuer: /<(?:saml2?:)?Issuer[^>]*>([^<]+)</.exec(request.xml)?.[1],
        acsUrl: request.acsUrl,
        destination: /Destination="([^"]+)"/.exec(request.xml)?.[1],
      },
      browser,
      request,
    };
  }

  function expectAll(found: Awaited<ReturnType<typeof addressesOf>>, base: string, providerId: string) {
    const expected = {
      entityId: `${samlRoot(base, providerId)}/metadata`,
      acsUrl: `${samlRoot(base, providerId)}/acs`,
    };
    expect(found.console).toEqual(expected);
    expect(found.metadata).toEqual(expected);
    expect(found.authnRequest).toEqual({ issuer: expected.entityId, acsUrl: expected.acsUrl, destination: idp.ssoUrl });
  }

  /** An SP-initiated sign-in on `host`, the IdP's response shaped by `options`: where the browser lands, who. */
  async function signInOn(host: string | null, providerId: string, options: ResponseOptions = {}) {
    const { browser, request } = await addressesOf(providerId, host);
    return postSamlResponse(browser, providerId, request.relayState, idp.response(request, NORA, options));
  }

  beforeAll(async () => {
    portal = await startPortal();
    idp = await new LocalSamlIdp().listen();
    owner = await portal.signedIn(portal.demo.staffOwner);
    ({ providerId: segmentProvider, clientsSegment } = await setUpSamlProvider(portal, owner, idp));
    const staff = await owner.post('/api/v1/sso/saml-providers', {
      name: 'Firm ADFS',
      idpEntityId: idp.entityId,
      ssoUrl: idp.ssoUrl,
      idpCertificate: idp.keys.certificate,
      allowedDomains: ['northwind.example'],
      audience: 'staff',
    });
    expect(staff.statusCode, staff.body).toBe(201);
    staffProvider = staff.json().id as string;
  }, 120_000);
  afterAll(async () => {
    await portal?.close();
    await idp?.close();
  });

  it('without a domain of its own, a segment provider’s SP addresses are on the main address', async () => {
    expectAll(await addressesOf(segmentProvider, null), MAIN, segmentProvider);
    expectAll(await addressesOf(staffProvider, null), MAIN, staffProvider);
  });

  it('with a portal domain, the segment provider’s entity id, metadata, AuthnRequest and ACS move to it', async () => {
    const saved = await owner.put(`/api/v1/segments/${clientsSegment}/domains`, {
      portalDomain: CLIENTS_DOMAIN,
      helpDomain: null,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const segmentBase = `http://${CLIENTS_DOMAIN}`;
    expectAll(await addressesOf(segmentProvider, CLIENTS_DOMAIN), segmentBase, segmentProvider);
    // The metadata is the same document whichever address it is fetched on: it names the segment's domain.
    expectAll(await addressesOf(segmentProvider, null), segmentBase, segmentProvider);
    // The staff provider stays on the main address.
    expectAll(await addressesOf(staffProvider, null), MAIN, staffProvider);
  });

  it('an assertion for the segment domain’s entity id signs in there; one for the old main-address id is refused', async () => {
    expect(await signInOn(CLIENTS_DOMAIN, segmentProvider)).toEqual({ location: '/', email: NORA.email });
    const oldRoot = samlRoot(MAIN, segmentProvider);
    expect(await signInOn(CLIENTS_DOMAIN, segmentProvider, { audience: `${oldRoot}/metadata` })).toEqual(refused);
    expect(await signInOn(CLIENTS_DOMAIN, segmentProvider, { recipient: `${oldRoot}/acs` })).toEqual(refused);
    // The sign-in that worked still works: the refusals above changed nothing.
    expect(await signInOn(CLIENTS_DOMAIN, segmentProvider)).toEqual({ location: '/', email: NORA.email });
  });
});
