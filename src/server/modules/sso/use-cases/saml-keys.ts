import type { AppContext } from '../../../platform/context.ts';
import type { ProviderRow } from '../repository.ts';

type KeyFields = Pick<
  ProviderRow,
  | 'saml_sign_requests'
  | 'saml_sp_signing_key_sealed'
  | 'saml_sp_signing_certificate'
  | 'saml_encrypted_assertions'
  | 'saml_sp_decryption_key_sealed'
  | 'saml_sp_encryption_certificate'
>;

/** An OIDC provider, or a SAML one with neither option: nothing signed, nothing encrypted, no keys. */
export const NO_SAML_KEYS: KeyFields & {
  saml_sp_previous_signing_certificate: null;
  saml_sp_previous_decryption_key_sealed: null;
  saml_sp_previous_encryption_certificate: null;
  saml_sp_keys_rotated_at: null;
} = {
  saml_sp_previous_signing_certificate: null,
  saml_sp_previous_decryption_key_sealed: null,
  saml_sp_previous_encryption_certificate: null,
  saml_sp_keys_rotated_at: null,
  saml_sign_requests: false,
  saml_sp_signing_key_sealed: null,
  saml_sp_signing_certificate: null,
  saml_encrypted_assertions: false,
  saml_sp_decryption_key_sealed: null,
  saml_sp_encryption_certificate: null,
};

/**
 * The SAML signing and encryption options of a provider being created (`current` null) or changed. A key pair is
 * made the first time an option is switched on and kept when it is switched off, so switching it on again does not
 * change the certificate the IdP was given (a new key is a new provider or, later, a rotation). Private keys are
 * sealed with the portal's secret box like every other secret; undefined fields are left as they are.
 */
export async function samlKeyFields(
  ctx: AppContext,
  current: KeyFields | null,
  input: { signAuthnRequests?: boolean; encryptedAssertions?: boolean },
  providerName: string,
): Promise<Partial<KeyFields>> {
  const now = ctx.clock.now();
  // node-forge (the certificates) loads when a key is made, not at every start.
  const newSpKeyPair = async (commonName: string) => (await import('../sp-keys.ts')).newSpKeyPair(commonName, now);
  const fields: Partial<KeyFields> = current ? {} : { ...NO_SAML_KEYS };
  if (input.signAuthnRequests !== undefined) {
    fields.saml_sign_requests = input.signAuthnRequests;
    if (input.signAuthnRequests && !current?.saml_sp_signing_key_sealed) {
      const pair = await newSpKeyPair(`Portico SP signing: ${providerName}`);
      fields.saml_sp_signing_key_sealed = ctx.secretBox.seal(pair.privateKey);
      fields.saml_sp_signing_certificate = pair.certificate;
    }
  }
  if (input.encryptedAssertions !== undefined) {
    fields.saml_encrypted_assertions = input.encryptedAssertions;
    if (input.encryptedAssertions && !current?.saml_sp_decryption_key_sealed) {
      const pair = await newSpKeyPair(`Portico SP encryption: ${providerName}`);
      fields.saml_sp_decryption_key_sealed = ctx.secretBox.seal(pair.privateKey);
      fields.saml_sp_encryption_certificate = pair.certificate;
    }
  }
  return fields;
}
