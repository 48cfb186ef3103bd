import type { SsoProvider } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox } from '../../ui/Field.tsx';

export interface SamlOptions {
  signAuthnRequests: boolean;
  encryptedAssertions: boolean;
}

/**
 * The two SAML options of a provider: sign the AuthnRequests, and accept only encrypted assertions. The portal makes
 * the key pair the first time one is switched on; its certificate is then shown below the provider (and is in the
 * SP metadata), for the IdP's administrator.
 */
export function SamlOptionsFields({ value, onChange }: { value: SamlOptions; onChange: (next: SamlOptions) => void }) {
  return (
    <fieldset className="stack">
      <legend>{t('sso.saml.options')}</legend>
      <Checkbox
        name="signAuthnRequests"
        label={t('sso.saml.signRequests')}
        hint={t('sso.saml.signRequestsHint')}
        checked={value.signAuthnRequests}
        onChange={(event) => onChange({ ...value, signAuthnRequests: event.target.checked })}
      />
      <Checkbox
        name="encryptedAssertions"
        label={t('sso.saml.encrypted')}
        hint={t('sso.saml.encryptedHint')}
        checked={value.encryptedAssertions}
        onChange={(event) => onChange({ ...value, encryptedAssertions: event.target.checked })}
      />
    </fieldset>
  );
}

/** A PEM certificate as a file to download (it is public; the private key never leaves the server). */
const pemHref = (pem: string) => `data:application/x-pem-file;charset=utf-8,${encodeURIComponent(pem)}`;

function CertificateBlock({ label, pem, file }: { label: string; pem: string; file: string }) {
  return (
    <details>
      <summary>{label}</summary>
      <pre className="small" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {pem}
      </pre>
      <a href={pemHref(pem)} download={file}>
        {t('sso.saml.downloadCertificate', { file })}
      </a>
    </details>
  );
}

/** The SP certificates of a SAML provider's options that are on, and the metadata that carries them. */
export function SamlSpCertificates({ provider }: { provider: SsoProvider }) {
  if (provider.protocol !== 'saml') return null;
  const slug =
    provider.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'provider';
  // The certificates in force, then (during a rollover) the previous ones, still in the metadata until retired.
  const certificates = [
    { label: t('sso.saml.signingCertificate'), pem: provider.samlSpSigningCertificate, file: 'sp-signing' },
    { label: t('sso.saml.encryptionCertificate'), pem: provider.samlSpEncryptionCertificate, file: 'sp-encryption' },
    {
      label: t('sso.saml.previousSigningCertificate'),
      pem: provider.samlSpPreviousSigningCertificate,
      file: 'sp-signing-previous',
    },
    {
      label: t('sso.saml.previousEncryptionCertificate'),
      pem: provider.samlSpPreviousEncryptionCertificate,
      file: 'sp-encryption-previous',
    },
  ];
  return (
    <div className="stack">
      <span>
        {t('sso.saml.signRequests')}: {provider.samlSignAuthnRequests ? t('sso.saml.on') : t('sso.saml.off')} ·{' '}
        {t('sso.saml.encrypted')}: {provider.samlEncryptedAssertions ? t('sso.saml.on') : t('sso.saml.off')}
      </span>
      {certificates.map(({ label, pem, file }) =>
        pem ? <CertificateBlock key={file} label={label} pem={pem} file={`${slug}-${file}.pem`} /> : null,
      )}
      {provider.samlEntityId && (provider.samlSignAuthnRequests || provider.samlEncryptedAssertions) ? (
        <a href={provider.samlEntityId} download>
          {t('sso.saml.downloadMetadata')}
        </a>
      ) : null}
    </div>
  );
}
