import { randomUUID, verify, X509Certificate } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import forge from 'node-forge';
import { SignedXml } from 'xml-crypto';
import xmlenc from 'xml-encryption';

export interface SamlUser {
  nameId: string;
  email: string;
  name?: string;
}

/** What a test may bend in a response to see the portal refuse it. */
export interface ResponseOptions {
  signed?: boolean;
  audience?: string;
  recipient?: string;
  inResponseTo?: string | null;
  notBefore?: Date;
  notOnOrAfter?: Date;
  assertionId?: string;
  /** Sign with another key than the one the portal was given. */
  foreignKey?: boolean;
  /** Encrypt the (signed) assertion to this certificate: the portal's SP encryption certificate. */
  encryptTo?: string;
}

const esc = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function keyPair(commonName: string) {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const attrs = [{ name: 'commonName', value: commonName }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { privateKey: forge.pki.privateKeyToPem(keys.privateKey), certificate: forge.pki.certificateToPem(cert) };
}

/**
 * The HTTP-Redirect binding's signature of an AuthnRequest (SAML bindings 3.4.4.1): RSA-SHA256 over the query's
 * `SAMLRequest=...&RelayState=...&SigAlg=...` exactly as they were URL-encoded, checked against the SP's
 * certificate. 'unsigned' when the query carries no signature.
 */
export function redirectSignatureOf(redirectUrl: string, spCertificate: string): 'valid' | 'invalid' | 'unsigned' {
  const raw = new Map(
    new URL(redirectUrl).search
      .slice(1)
      .split('&')
      .map((pair) => [pair.split('=')[0] ?? '', pair] as const),
  );
  const signature = raw.get('Signature');
  const sigAlg = raw.get('SigAlg');
  if (!signature || !sigAlg) return 'unsigned';
  if (decodeURIComponent(sigAlg.slice('SigAlg='.length)) !== 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')
    return 'invalid';
  const signed = ['SAMLRequest', 'RelayState', 'SigAlg']
    .map((name) => raw.get(name))
    .filter(Boolean)
    .join('&');
  const bytes = Buffer.from(decodeURIComponent(signature.slice('Signature='.length)), 'base64');
  const key = new X509Certificate(spCertificate).publicKey;
  return verify('RSA-SHA256', Buffer.from(signed, 'utf8'), key, bytes) ? 'valid' : 'invalid';
}

/** The AuthnRequest of an SP-initiated sign-in (HTTP-Redirect binding: deflated, base64, in the query). */
export function readAuthnRequest(redirectUrl: string) {
  const url = new URL(redirectUrl);
  const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
  const id = /\sID="([^"]+)"/.exec(xml)?.[1] ?? '';
  const acsUrl = /AssertionConsumerServiceURL="([^"]+)"/.exec(xml)?.[1] ?? '';
  return { id, acsUrl, relayState: url.searchParams.get('RelayState') ?? '', xml };
}

/**
 * A SAML 2.0 identity provider for the tests: a generated RSA key pair and self-signed certificate, and responses
 * whose assertion is signed for real with xml-crypto (RSA-SHA256, exclusive c14n), so the portal's node-saml
 * verifies them exactly as it would a real IdP's. Its `/sso` page answers an AuthnRequest with the usual
 * auto-post form for `nextUser` (a button, so a browser test clicks it).
 */
export class LocalSamlIdp {
  entityId = '';
  ssoUrl = '';
  nextUser: SamlUser | null = null;
  /** When set (the SP's signing certificate), `/sso` refuses AuthnRequests without a valid redirect signature. */
  spSigningCertificate: string | null = null;
  /** When set (the SP's encryption certificate), `/sso` answers with the assertion encrypted to it. */
  spEncryptionCertificate: string | null = null;
  /** What `/sso` decided about the last AuthnRequest's signature (for tests to assert on). */
  lastRequestSignature: 'valid' | 'invalid' | 'unsigned' | null = null;
  readonly keys = keyPair('Portico test IdP');
  private foreign: ReturnType<typeof keyPair> | null = null;
  private readonly server = createServer((req, res) => this.handle(req, res));

  async listen() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.entityId = `${base}/metadata`;
    this.ssoUrl = `${base}/sso`;
    return this;
  }

  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A base64 SAMLResponse for `user`, answering the request `request` (its id and ACS). */
  response(request: { id: string; acsUrl: string }, user: SamlUser, options: ResponseOptions = {}) {
    return Buffer.from(this.responseXml(request, user, options), 'utf8').toString('base64');
  }

  /**
   * The same with the signed assertion encrypted to `certificate` (AES-256-GCM, key wrapped with RSA-OAEP), in an
   * `EncryptedAssertion`, as IdPs do when the SP's metadata publishes an encryption key.
   */
  async encryptedResponse(
    request: { id: string; acsUrl: string },
    user: SamlUser,
    certificate: string,
    options: ResponseOptions = {},
  ) {
    const xml = this.responseXml(request, user, options);
    const assertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(xml)?.[0] ?? '';
    const publicKey = new X509Certificate(certificate).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const encrypted = await new Promise<string>((resolve, reject) =>
      xmlenc.encrypt(
        assertion,
        {
          rsa_pub: publicKey,
          pem: certificate,
          encryptionAlgorithm: 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
          keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
          disallowEncryptionWithInsecureAlgorithm: true,
          warnInsecureAlgorithm: false,
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    const wrapped = `<saml:EncryptedAssertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${encrypted}</saml:EncryptedAssertion>`;
    return Buffer.from(xml.replace(assertion, wrapped), 'utf8').toString('base64');
  }

  private responseXml(request: { id: string; acsUrl: string }, user: SamlUser, options: ResponseOptions) {
    const now = new Date();
    const notBefore = options.notBefore ?? new Date(now.getTime() - 30_000);
    const notOnOrAfter = options.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000);
    const inResponseTo = options.inResponseTo === undefined ? request.id : options.inResponseTo;
    const irt = inResponseTo === null ? '' : ` InResponseTo="${esc(inResponseTo)}"`;
    const recipient = options.recipient ?? request.acsUrl;
    const audience = options.audience ?? request.acsUrl.replace(/\/acs$/, '/metadata');
    const assertionId = options.assertionId ?? `_a${randomUUID()}`;
    const iso = (date: Date) => date.toISOString();
    const assertion =
      `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${assertionId}" Version="2.0" IssueInstant="${iso(now)}">` +
      `<saml:Issuer>${esc(this.entityId)}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${esc(user.nameId)}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
      `<saml:SubjectConfirmationData${irt} NotOnOrAfter="${iso(notOnOrAfter)}" Recipient="${esc(recipient)}"/>` +
      `</saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${iso(notBefore)}" NotOnOrAfter="${iso(notOnOrAfter)}">` +
      `<saml:AudienceRestriction><saml:Audience>${esc(audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="_s${randomUUID()}"><saml:AuthnContext>` +
      `<saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</saml:AuthnContextClassRef>` +
      `</saml:AuthnContext></saml:AuthnStatement>` +
      `<saml:AttributeStatement>` +
      `<saml:Attribute Name="email"><saml:AttributeValue>${esc(user.email)}</saml:AttributeValue></saml:Attribute>` +
      (user.name
        ? `<saml:Attribute Name="displayName"><saml:AttributeValue>${esc(user.name)}</saml:AttributeValue></saml:Attribute>`
        : '') +
      `</saml:AttributeStatement></saml:Assertion>`;
    const xml =
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r${randomUUID()}" Version="2.0" IssueInstant="${iso(now)}" Destination="${esc(recipient)}"${irt}>` +
      `<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${esc(this.entityId)}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      assertion +
      `</samlp:Response>`;
    return options.signed === false ? xml : this.sign(xml, options.foreignKey === true);
  }

  private sign(xml: string, foreign: boolean) {
    const keys = foreign ? (this.foreign ??= keyPair('Someone else')) : this.keys;
    const sig = new SignedXml({
      privateKey: keys.privateKey,
      publicCert: keys.certificate,
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
    });
    sig.addReference({
      xpath: "//*[local-name(.)='Assertion']",
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    });
    sig.computeSignature(xml, {
      location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' },
    });
    return sig.getSignedXml();
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    void this.answer(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
  }

  private async answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://idp');
    if (url.pathname !== '/sso' || !this.nextUser) return void res.writeHead(404).end('not here');
    const requestUrl = `http://idp${req.url ?? ''}`;
    if (this.spSigningCertificate) {
      this.lastRequestSignature = redirectSignatureOf(requestUrl, this.spSigningCertificate);
      if (this.lastRequestSignature !== 'valid')
        return void res.writeHead(400).end(`AuthnRequest signature ${this.lastRequestSignature}`);
    }
    const request = readAuthnRequest(requestUrl);
    const response = this.spEncryptionCertificate
      ? await this.encryptedResponse(request, this.nextUser, this.spEncryptionCertificate)
      : this.response(request, this.nextUser);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>Test IdP</title></head><body><main>` +
        `<h1>Test identity provider</h1><p>Signed in as ${esc(this.nextUser.email)}</p>` +
        `<form method="post" action="${esc(request.acsUrl)}">` +
        `<input type="hidden" name="SAMLResponse" value="${response}">` +
        `<input type="hidden" name="RelayState" value="${esc(request.relayState)}">` +
        `<button type="submit">Continue to the portal</button></form></main></body></html>`,
    );
  }
}
