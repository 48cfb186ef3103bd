import { Link } from 'react-router-dom';
import type { SigningCertificate } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';

/**
 * The certificate page's warning while the certificate expires within 30 days or has expired (the server says
 * which): when, what stops, and what to do; those who may not replace it are told whom to ask.
 */
export function CertificateExpiryWarning({ certificate }: { certificate: SigningCertificate }) {
  if (certificate.expiry === 'valid') return null;
  const expired = certificate.expiry === 'expired';
  const date = formatDate(certificate.notAfter);
  return (
    <section
      aria-labelledby="certificate-expiry"
      className={`alert certificate-expiry${expired ? ' certificate-expiry--expired' : ''}`}
    >
      <h2 id="certificate-expiry">
        {expired
          ? t('signatures.certificate.expiredTitle')
          : t('signatures.certificate.expiringTitle', { days: certificate.daysLeft })}
      </h2>
      <p>
        {expired
          ? t('signatures.certificate.expiredBody', { date })
          : t('signatures.certificate.expiringBody', { date })}
      </p>
      <p>
        {certificate.abilities.replace ? t('signatures.certificate.whatToDo') : t('signatures.certificate.askAdmin')}
      </p>
    </section>
  );
}

/**
 * The console's notice on the signatures pages, for those who can act on it (the certificate's `replace` ability:
 * owners and admins) while the certificate expires within 30 days or has expired; links to the certificate page.
 */
export function CertificateExpiryNotice() {
  const me = useMe();
  const certificate = useResource<SigningCertificate>(
    me.abilities.readSigningCertificate ? '/signature-certificate' : null,
  );
  const data = certificate.data;
  if (!data || data.expiry === 'valid' || !data.abilities.replace) return null;
  const expired = data.expiry === 'expired';
  const date = formatDate(data.notAfter);
  return (
    <div
      role="note"
      className={`alert certificate-expiry${expired ? ' certificate-expiry--expired' : ''}`}
      data-testid="certificate-expiry-notice"
    >
      <p>
        {expired
          ? t('signatures.certificateNotice.expired', { date })
          : t('signatures.certificateNotice.expiring', { date, days: data.daysLeft })}{' '}
        <Link to="/console/signatures/certificate">{t('signatures.certificateNotice.action')}</Link>
      </p>
    </div>
  );
}
