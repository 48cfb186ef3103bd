import { createHash } from 'node:crypto';
import forge from 'node-forge';

/*
 * Reading a PKCS#12 needs node-forge only: the start-up expiry check and the console's certificate page read the
 * stored file without loading pdf-lib and @signpdf (certificate-file.ts, which also test-seals an upload).
 */

/** What a PKCS#12 holds, as staff see it before and after replacing the portal's certificate. */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the certificate's DER, as PDF readers and `openssl x509 -fingerprint -sha256` show it. */
  sha256Fingerprint: string;
  selfSigned: boolean;
}

/** Why an uploaded PKCS#12 cannot seal: each is a 400 with this code on `p12` or `passphrase`. */
export type P12Problem =
  | 'not_pkcs12'
  | 'wrong_passphrase'
  | 'no_private_key'
  | 'not_rsa'
  | 'no_matching_certificate'
  | 'not_yet_valid'
  | 'expired'
  | 'cannot_seal';

export class P12Error extends Error {
  constructor(readonly problem: P12Problem) {
    super(problem);
  }
}

// forge types its OID table as possibly undefined; these three are always there.
const SHROUDED_KEY_BAG = forge.pki.oids.pkcs8ShroudedKeyBag!;
const KEY_BAG = forge.pki.oids.keyBag!;
const CERT_BAG = forge.pki.oids.certBag!;

const distinguishedName = (name: forge.pki.Certificate['subject']) =>
  name.attributes.map((attribute) => `${attribute.shortName ?? attribute.name}=${String(attribute.value)}`).join(', ');

/**
 * Opens a PKCS#12 and picks the certificate of its private key (a CA's file often carries the chain too). forge
 * reads RSA keys only, which is also all `verifySealedPdf` checks; any other key is `not_rsa`.
 */
export function readP12(p12: Buffer, passphrase: string): CertificateInfo {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  } catch {
    throw new P12Error('not_pkcs12');
  }
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/password|mac could not be verified/i.test(message)) throw new P12Error('wrong_passphrase');
    if (/private key|unknown oid|oid is not rsa/i.test(message)) throw new P12Error('not_rsa');
    throw new P12Error('not_pkcs12');
  }
  const keys = [
    ...(parsed.getBags({ bagType: SHROUDED_KEY_BAG })[SHROUDED_KEY_BAG] ?? []),
    ...(parsed.getBags({ bagType: KEY_BAG })[KEY_BAG] ?? []),
  ];
  if (!keys.length) throw new P12Error('no_private_key');
  const key = keys[0]!.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key?.n) throw new P12Error('not_rsa');
  const certificates = (parsed.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? [])
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => Boolean(cert));
  const cert = certificates.find((candidate) => {
    const publicKey = candidate.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!cert) throw new P12Error('no_matching_certificate');
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  const fingerprint = createHash('sha256').update(der).digest('hex').toUpperCase();
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    serialNumber: cert.serialNumber,
    notBefore: cert.validity.notBefore,
    notAfter: cert.validity.notAfter,
    sha256Fingerprint: fingerprint.match(/../g)!.join(':'),
    selfSigned: cert.isIssuer(cert),
  };
}
