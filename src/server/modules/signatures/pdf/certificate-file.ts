import { PDFDocument } from 'pdf-lib';
import { P12Error, readP12, type CertificateInfo } from './p12.ts';
import { sealPdf, verifySealedPdf, type SealingCertificate } from './seal.ts';

export { P12Error, readP12, type CertificateInfo, type P12Problem } from './p12.ts';

/**
 * Checks a PKCS#12 staff upload can seal from now on: readable with its passphrase, an RSA key with its certificate,
 * valid today, and a one-page PDF sealed with it passes the portal's own verification (so the first envelope to
 * complete after the change cannot fail on the certificate).
 */
export async function checkUsableP12(p12: Buffer, passphrase: string, now: Date): Promise<CertificateInfo> {
  const info = readP12(p12, passphrase);
  if (info.notBefore > now) throw new P12Error('not_yet_valid');
  if (info.notAfter <= now) throw new P12Error('expired');
  const probe = await PDFDocument.create();
  probe.addPage([200, 200]);
  const certificate: SealingCertificate = { p12, passphrase, subject: info.subject };
  try {
    const sealed = await sealPdf(await probe.save(), certificate, now);
    if (!verifySealedPdf(sealed).valid) throw new P12Error('cannot_seal');
  } catch (error) {
    if (error instanceof P12Error) throw error;
    throw new P12Error('cannot_seal');
  }
  return info;
}
