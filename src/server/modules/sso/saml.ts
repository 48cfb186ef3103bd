import { X509Certificate } from 'node:crypto';
import type { CacheProvider, Profile, SAML } from '@node-saml/node-saml';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { mainBaseUrl, segmentBaseUrl } from '../domains/index.ts';
import type { ProviderRow } from './repository.ts';

/** Clocks of the IdP and of the portal may differ by this much (NotBefore / NotOnOrAfter). */
export const SAML_CLOCK_SKEW_MS = 60_000;
/** An assertion without its own NotOnOrAfter is remembered (for replay) this long. */
const DEFAULT_ASSERTION_LIFETIME_MS = 60 * 60_000;

/**
 * The portal's SP addresses for one provider, on the address its people sign in to (the segment's own domain):
 * the entity id is the metadata URL (the usual convention), the ACS receives the IdP's POST.
 */
export async function samlUrlsOf(ctx: AppContext, db: Queryable, provider: Pick<ProviderRow, 'id' | 'segment_id'>) {
  const base = provider.segment_id ? await segmentBaseUrl(ctx, db, provider.segment_id) : await mainBaseUrl(ctx, db);
  const root = `${base}/api/v1/auth/sso/${provider.id}/saml`;
  return { entityId: `${root}/metadata`, acsUrl: `${root}/acs` };
}

/** A PEM (or bare base64) certificate that Node can read, or null: checked when a provider is saved. */
export function normalizeCertificate(input: string): string | null {
  const body = input
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .trim();
  if (!/^[A-Za-z0-9+/=]{100,20000}$/.test(body)) return null;
  const pem = `-----BEGIN CERTIFICATE-----\n${body.replace(/(.{64})/g, '$1\n').trim()}\n-----END CERTIFICATE-----\n`;
  try {
    new X509Certificate(pem);
    return pem;
  } catch {
    return null;
  }
}

/**
 * InResponseTo is valid only for the request this browser started (its state cookie found the login row), so an
 * IdP-initiated response, or one started in another browser, is refused. The row itself is consumed by the use case.
 */
function requestCache(expected: { requestId: string; createdAt: Date } | null): CacheProvider {
  return {
    saveAsync: () => Promise.resolve(null),
    getAsync: (key) =>
      Promise.resolve(expected && key === expected.requestId ? expected.createdAt.toISOString() : null),
    removeAsync: () => Promise.resolve(null),
  };
}

/**
 * node-saml configured for one provider: signed assertions required, audience checked, InResponseTo always; with
 * the provider's options, AuthnRequests signed (RSA-SHA256 over the HTTP-Redirect query, `privateKey`) and
 * encrypted assertions decrypted (`decryptionPvk`). Without a decryption key node-saml refuses an EncryptedAssertion.
 */
export async function samlFor(
  ctx: AppContext,
  provider: ProviderRow,
  options: { requestId?: string; login?: { requestId: string; createdAt: Date } | null; previousKey?: boolean },
) {
  // During a rollover an assertion may still be encrypted to the previous certificate: tried with that key.
  const decryptionKey = options.previousKey
    ? provider.saml_sp_previous_decryption_key_sealed
    : provider.saml_sp_decryption_key_sealed;
  const { entityId, acsUrl } = await samlUrlsOf(ctx, ctx.db, provider);
  // node-saml (xml-crypto, xmldom, xml2js) loads at the first SAML sign-in, not at every start.
  const { SAML, ValidateInResponseTo } = await import('@node-saml/node-saml');
  const saml = new SAML({
    issuer: entityId,
    callbackUrl: acsUrl,
    entryPoint: provider.saml_sso_url ?? undefined,
    idpCert: provider.saml_idp_certificate ?? '',
    idpIssuer: provider.issuer,
    audience: entityId,
    wantAssertionsSigned: true,
    // The assertion's signature is what counts; many IdPs sign only the assertion.
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: SAML_CLOCK_SKEW_MS,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: 10 * 60_000,
    cacheProvider: requestCache(options.login ?? null),
    identifierFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    disableRequestedAuthnContext: true,
    generateUniqueId: () => options.requestId ?? `_${crypto.randomUUID()}`,
    ...(provider.saml_sign_requests && provider.saml_sp_signing_key_sealed
      ? { privateKey: ctx.secretBox.open(provider.saml_sp_signing_key_sealed), signatureAlgorithm: 'sha256' as const }
      : {}),
    ...(provider.saml_encrypted_assertions && decryptionKey
      ? { decryptionPvk: ctx.secretBox.open(decryptionKey) }
      : {}),
  });
  return { saml, entityId, acsUrl };
}

/**
 * The SP metadata: `AuthnRequestsSigned="true"` and the signing certificate when requests are signed, the
 * encryption certificate (and the algorithms node-saml decrypts) when assertions are to be encrypted.
 */
export function spMetadataOf(saml: SAML, provider: ProviderRow) {
  const signing = [provider.saml_sp_signing_certificate, provider.saml_sp_previous_signing_certificate].filter(
    (pem): pem is string => Boolean(pem),
  );
  const xml = saml.generateServiceProviderMetadata(
    provider.saml_encrypted_assertions ? provider.saml_sp_encryption_certificate : null,
    provider.saml_sign_requests ? signing : null,
  );
  const previous = provider.saml_sp_previous_encryption_certificate;
  if (!provider.saml_encrypted_assertions || !previous) return xml;
  // node-saml publishes one encryption key: during a rollover the previous one is added beside it, built the same
  // way (its own KeyDescriptor, cut from metadata generated for it alone).
  const other = saml.generateServiceProviderMetadata(previous, provider.saml_sign_requests ? signing : null);
  const descriptor = /<KeyDescriptor use="encryption">[\s\S]*?<\/KeyDescriptor>/.exec(other)?.[0];
  const at = xml.lastIndexOf('</KeyDescriptor>');
  if (!descriptor || at < 0) return xml;
  const end = at + '</KeyDescriptor>'.length;
  return `${xml.slice(0, end)}${descriptor}${xml.slice(end)}`;
}

/**
 * Whether the response carries its assertion encrypted (and no plain one beside it). A provider set to encrypted
 * assertions refuses a plain one (node-saml would accept either once it has a key); one not set so refuses an
 * encrypted one (node-saml has no key then). Comments and CDATA are left out so neither can fake an element.
 */
export function carriesOnlyEncryptedAssertion(samlResponseBase64: string) {
  const xml = Buffer.from(samlResponseBase64, 'base64')
    .toString('utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  return /<(?:[\w.-]+:)?EncryptedAssertion[\s>]/.test(xml) && !/<(?:[\w.-]+:)?Assertion[\s>]/.test(xml);
}

type Parsed = Record<string, unknown> & { $?: Record<string, string> };
const first = (value: unknown): Parsed | undefined =>
  Array.isArray(value) ? (value[0] as Parsed | undefined) : undefined;

/**
 * What node-saml does not check itself, read from the verified assertion: the assertion id (for replay), the
 * Recipient of its bearer confirmation (must be our ACS), and how long it stays valid.
 */
export function assertionFacts(profile: Profile, now: Date) {
  const assertion = (profile.getAssertion?.() as { Assertion?: Parsed } | undefined)?.Assertion;
  const id = assertion?.$?.ID ?? null;
  const confirmations = (first(assertion?.Subject)?.SubjectConfirmation as Parsed[] | undefined) ?? [];
  const data = confirmations.map((entry) => first(entry.SubjectConfirmationData)?.$ ?? {});
  const recipients = data.map((entry) => entry.Recipient).filter((value): value is string => Boolean(value));
  const limits = [...data.map((entry) => entry.NotOnOrAfter), first(assertion?.Conditions)?.$?.NotOnOrAfter].filter(
    (value): value is string => Boolean(value),
  );
  const expiries = limits.map((value) => Date.parse(value)).filter((value) => Number.isFinite(value));
  const expiresAt = new Date(
    (expiries.length ? Math.max(...expiries) : now.getTime() + DEFAULT_ASSERTION_LIFETIME_MS) + SAML_CLOCK_SKEW_MS,
  );
  return { id, recipients, expiresAt };
}

/** The person's email: the configured attribute, else the common ones, else an email-format NameID. */
export function samlEmailOf(profile: Profile, attribute: string) {
  const candidates = [profile[attribute], profile.email, profile.mail];
  if (profile.nameIDFormat?.endsWith(':emailAddress')) candidates.push(profile.nameID);
  const found = candidates.find((value) => typeof value === 'string' && value.includes('@'));
  return typeof found === 'string' ? found : null;
}

export function samlNameOf(profile: Profile) {
  const name =
    profile.displayName ?? profile.name ?? profile['http://schemas.microsoft.com/identity/claims/displayname'];
  return typeof name === 'string' ? name : null;
}
