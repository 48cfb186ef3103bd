import { createHash, createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
// Named imports: the packages are CommonJS, and only named exports read the same under Node and bundlers.
import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { extractSignature } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';

/** A PKCS#12 (certificate + private key) and its passphrase. */
export interface SealingCertificate {
  p12: Buffer;
  passphrase: string;
  subject: string;
}

/**
 * Makes the portal's own self-signed signing certificate (RSA 2048, ten years). The key pair comes from node:crypto
 * (forge's pure-JS key generation takes seconds); forge builds the X.509 certificate and the PKCS#12.
 */
export function makeSealingCertificate(commonName: string, now: Date): SealingCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86_400_000);
  const attrs = [
    { name: 'commonName', value: commonName.slice(0, 64) || 'Portico' },
    { name: 'organizationName', value: 'Portico e-signature' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const passphrase = randomBytes(24).toString('base64url');
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  const p12 = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  return { p12, passphrase, subject: `CN=${attrs[0]!.value}, O=${attrs[1]!.value}` };
}

/** Adds a signature placeholder and signs it: an adbe.pkcs7.detached signature over the whole file. */
export async function sealPdf(bytes: Uint8Array, certificate: SealingCertificate, signingTime: Date) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'Signed by every party; sealed by the portal',
    contactInfo: certificate.subject,
    name: certificate.subject,
    location: 'Portico',
    signingTime,
    signatureLength: 8192,
  });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new P12Signer(certificate.p12, { passphrase: certificate.passphrase });
  return new SignPdf().sign(withPlaceholder, signer, signingTime);
}

export interface SealCheck {
  valid: boolean;
  reason: 'ok' | 'no_signature' | 'digest_mismatch' | 'bad_signature' | 'not_whole_file';
  signer: string | null;
}

/**
 * Verifies a sealed PDF the way a reader does: the signed byte ranges cover the whole file except the signature
 * itself, their SHA-256 is the signed messageDigest attribute, and the signer's key signed those attributes.
 * forge cannot verify PKCS#7, so the three checks are written here with node:crypto.
 */
export function verifySealedPdf(pdf: Buffer): SealCheck {
  let extracted: { ByteRange: number[]; signature: string; signedData: Buffer };
  try {
    extracted = extractSignature(pdf);
  } catch {
    return { valid: false, reason: 'no_signature', signer: null };
  }
  const [start, firstLength, second, secondLength] = extracted.ByteRange as [number, number, number, number];
  if (start !== 0 || second + secondLength !== pdf.length || firstLength > second)
    return { valid: false, reason: 'not_whole_file', signer: null };
  try {
    const p7 = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(extracted.signature)) as forge.pkcs7.PkcsSignedData & {
      rawCapture: { authenticatedAttributes: forge.asn1.Asn1[]; signature: string };
    };
    const cert = p7.certificates[0]!;
    const signer = cert.subject.getField('CN')?.value ?? null;
    const attributes = p7.rawCapture.authenticatedAttributes;
    const digestAttribute = attributes.find(
      (attribute) =>
        forge.asn1.derToOid((attribute.value as forge.asn1.Asn1[])[0]!.value as string) ===
        forge.pki.oids.messageDigest,
    );
    const digestSet = (digestAttribute!.value as forge.asn1.Asn1[])[1]!;
    const signedDigest = Buffer.from((digestSet.value as forge.asn1.Asn1[])[0]!.value as string, 'binary');
    const actual = createHash('sha256').update(extracted.signedData).digest();
    if (!actual.equals(signedDigest)) return { valid: false, reason: 'digest_mismatch', signer };
    // The signature is over the DER of the attributes as a SET (tag 0x31), not the [0] IMPLICIT form in the file.
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
    const verifier = createVerify('sha256');
    verifier.update(Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary'));
    const publicKey = forge.pki.publicKeyToPem(cert.publicKey as forge.pki.rsa.PublicKey);
    const ok = verifier.verify(publicKey, Buffer.from(p7.rawCapture.signature, 'binary'));
    return ok ? { valid: true, reason: 'ok', signer } : { valid: false, reason: 'bad_signature', signer };
  } catch {
    return { valid: false, reason: 'bad_signature', signer: null };
  }
}
