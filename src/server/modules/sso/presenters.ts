import type { SsoProvider } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { ssoPolicy } from './policy.ts';
import type { ProviderRow } from './repository.ts';

/** The sealed client secret never leaves the server: the console learns only that one is set. */
export function presentProvider(
  row: ProviderRow,
  urls: { redirectUri: string; samlEntityId: string | null },
  actor: Actor,
): SsoProvider {
  return {
    id: row.id,
    name: row.name,
    protocol: row.protocol,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecretSet: row.client_secret_sealed.length > 0,
    scopes: row.scopes,
    emailClaim: row.email_claim,
    allowedDomains: row.allowed_domains,
    audience: row.audience,
    segmentId: row.segment_id,
    jitAccounts: row.jit_accounts,
    redirectUri: urls.redirectUri,
    samlSsoUrl: row.saml_sso_url,
    samlIdpCertificate: row.saml_idp_certificate,
    samlEntityId: urls.samlEntityId,
    samlSignAuthnRequests: row.saml_sign_requests,
    samlSpSigningCertificate: row.saml_sign_requests ? row.saml_sp_signing_certificate : null,
    samlEncryptedAssertions: row.saml_encrypted_assertions,
    samlSpEncryptionCertificate: row.saml_encrypted_assertions ? row.saml_sp_encryption_certificate : null,
    samlSpKeysRotatedAt: row.saml_sp_keys_rotated_at?.toISOString() ?? null,
    samlSpPreviousSigningCertificate: row.saml_sign_requests ? row.saml_sp_previous_signing_certificate : null,
    samlSpPreviousEncryptionCertificate: row.saml_encrypted_assertions
      ? row.saml_sp_previous_encryption_certificate
      : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    abilities: ssoPolicy.abilities(actor, row),
  };
}
