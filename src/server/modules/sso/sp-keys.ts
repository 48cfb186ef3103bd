import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

/** How long a generated SP certificate is valid; IdPs mostly ignore the dates of SP certificates, some check them. */
const CERTIFICATE_YEARS = 10;

/**
 * A key pair for the portal as a SAML service provider (signing AuthnRequests, or receiving encrypted assertions):
 * RSA 2048 made by Node (fast, native), wrapped in a self-signed certificate for the metadata. The private key is
 * sealed by the caller; the certificate is public.
 */
export function newSpKeyPair(commonName: string, now: Date) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A random positive serial (leading 0x00 nibble kept off so it is never read as negative).
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + CERTIFICATE_YEARS * 365 * 86_400_000);
  const attrs = [{ name: 'commonName', value: commonName.slice(0, 64) }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { privateKey, certificate: forge.pki.certificateToPem(cert) };
}
