import { z } from 'zod';
import { Abilities, AccountRole, DisplayName, Id, Timestamp } from './common.ts';
import { AnyPassword, SixDigitCode } from './identity.ts';

const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Enter a domain like example.com');

export const SsoAudience = z.enum(['staff', 'segment']);

export const SsoJitAccount = z.object({ domain: Domain, accountId: Id, role: AccountRole }).strict();

/** A provider as the console sees it: the client secret is never returned, only whether one is set. */
export const SsoProtocol = z.enum(['oidc', 'saml']);

export const SsoProvider = z.object({
  id: Id,
  name: z.string(),
  protocol: SsoProtocol,
  /** OIDC: the issuer URL; SAML: the IdP entity id. */
  issuer: z.string(),
  clientId: z.string(),
  clientSecretSet: z.boolean(),
  scopes: z.array(z.string()),
  emailClaim: z.string(),
  allowedDomains: z.array(z.string()),
  audience: SsoAudience,
  segmentId: Id.nullable(),
  jitAccounts: z.array(SsoJitAccount),
  /** Where the provider sends people back (SAML: the ACS URL): register it at the identity provider. */
  redirectUri: z.string(),
  /** SAML only: the IdP's sign-in URL, its signing certificate (PEM, public), and the portal's SP entity id. */
  samlSsoUrl: z.string().nullable(),
  samlIdpCertificate: z.string().nullable(),
  samlEntityId: z.string().nullable(),
  /**
   * SAML only: AuthnRequests are signed (HTTP-Redirect binding, RSA-SHA256) with the portal's key, whose certificate
   * is here and in the SP metadata (`AuthnRequestsSigned="true"`).
   */
  samlSignAuthnRequests: z.boolean(),
  samlSpSigningCertificate: z.string().nullable(),
  /** SAML only: assertions must arrive encrypted to this certificate (also in the metadata); plain ones are refused. */
  samlEncryptedAssertions: z.boolean(),
  samlSpEncryptionCertificate: z.string().nullable(),
  /** During an SP key rollover: when it began and the previous certificates, still published until retired. */
  samlSpKeysRotatedAt: z.string().nullable(),
  samlSpPreviousSigningCertificate: z.string().nullable(),
  samlSpPreviousEncryptionCertificate: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
  /** `rotateSamlKeys`: SP keys exist and no rollover is open; `retireSamlKeys`: a rollover is open. */
  abilities: Abilities('update', 'delete', 'rotateSamlKeys', 'retireSamlKeys'),
});
export type SsoProvider = z.infer<typeof SsoProvider>;

export const SsoProviderList = z.object({ items: z.array(SsoProvider), nextCursor: z.null() });

const Issuer = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/ }));
const Scopes = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/, 'A scope is one word'),
  )
  .max(20)
  .transform((list) => [...new Set(['openid', ...list])]);

export const CreateSsoProvider = z
  .object({
    name: DisplayName,
    issuer: Issuer,
    clientId: z.string().trim().min(1).max(500),
    clientSecret: z.string().min(1).max(2000),
    scopes: Scopes.default(['openid', 'email', 'profile']),
    emailClaim: z.string().trim().min(1).max(100).default('email'),
    allowedDomains: z.array(Domain).min(1, 'Allow at least one email domain').max(50),
    audience: SsoAudience,
    segmentId: Id.nullable().default(null),
    jitAccounts: z.array(SsoJitAccount).max(50).default([]),
  })
  .strict();
export type CreateSsoProvider = z.infer<typeof CreateSsoProvider>;

const EntityId = z.string().trim().min(1).max(500);
/** A PEM certificate or its base64 body; the server checks that it parses. */
const Certificate = z.string().trim().min(100).max(20_000);

/** A SAML 2.0 provider: the IdP's entity id, its sign-in URL (HTTP-Redirect binding) and signing certificate. */
export const CreateSamlProvider = z
  .object({
    name: DisplayName,
    idpEntityId: EntityId,
    ssoUrl: Issuer,
    idpCertificate: Certificate,
    emailAttribute: z.string().trim().min(1).max(200).default('email'),
    /** Sign AuthnRequests with a key the portal makes (its certificate goes in the SP metadata). */
    signAuthnRequests: z.boolean().default(false),
    /** Accept only encrypted assertions (to a certificate the portal makes, in the SP metadata). */
    encryptedAssertions: z.boolean().default(false),
    allowedDomains: z.array(Domain).min(1, 'Allow at least one email domain').max(50),
    audience: SsoAudience,
    segmentId: Id.nullable().default(null),
    jitAccounts: z.array(SsoJitAccount).max(50).default([]),
  })
  .strict();
export type CreateSamlProvider = z.infer<typeof CreateSamlProvider>;

/** Every field optional; a missing clientSecret keeps the stored one. Audience and segment are fixed at creation. */
export const UpdateSsoProvider = z
  .object({
    name: DisplayName.optional(),
    issuer: Issuer.optional(),
    clientId: z.string().trim().min(1).max(500).optional(),
    clientSecret: z.string().min(1).max(2000).optional(),
    scopes: Scopes.optional(),
    emailClaim: z.string().trim().min(1).max(100).optional(),
    allowedDomains: z.array(Domain).min(1).max(50).optional(),
    jitAccounts: z.array(SsoJitAccount).max(50).optional(),
    // SAML providers only (OIDC fields are refused on them, and these on OIDC ones).
    idpEntityId: EntityId.optional(),
    ssoUrl: Issuer.optional(),
    idpCertificate: Certificate.optional(),
    signAuthnRequests: z.boolean().optional(),
    encryptedAssertions: z.boolean().optional(),
    version: z.number().int(),
  })
  .strict();
export type UpdateSsoProvider = z.infer<typeof UpdateSsoProvider>;

export const SsoDiscoveryResult = z.object({
  ok: z.boolean(),
  issuer: z.string().nullable(),
  authorizationEndpoint: z.string().nullable(),
  message: z.string().nullable(),
});

/** The sign-in page's buttons: the providers that serve this host's segment, or staff on the main address. */
export const SsoButtons = z.object({ items: z.array(z.object({ id: Id, name: z.string() })) });

/** The proof that links an identity to an existing person: their password, or the code emailed to them. */
export const SsoLink = z
  .object({
    token: z.string().min(1).max(200),
    password: AnyPassword.optional(),
    code: SixDigitCode.optional(),
  })
  .strict()
  .refine((value) => (value.password === undefined) !== (value.code === undefined), {
    message: 'Give the password or the emailed code',
    path: ['password'],
  });
export type SsoLink = z.infer<typeof SsoLink>;

export const SsoLinkCodeRequest = z.object({ token: z.string().min(1).max(200) }).strict();
