import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

type Name = { commonName: string; organizationName?: string };

const DAY = 86_400_000;

/** An RSA key pair as forge objects (node:crypto makes it: forge's own key generation takes seconds). */
function rsaKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

const attributes = (name: Name) => [
  { name: 'commonName', value: name.commonName },
  ...(name.organizationName ? [{ name: 'organizationName', value: name.organizationName }] : []),
];

function certificate(
  subject: Name,
  publicKey: forge.pki.PublicKey,
  issuer: { name: Name; key: forge.pki.PrivateKey },
  validity: { from: Date; to: Date },
  ca = false,
) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = validity.from;
  cert.validity.notAfter = validity.to;
  cert.setSubject(attributes(subject));
  cert.setIssuer(attributes(issuer.name));
  cert.setExtensions([{ name: 'basicConstraints', cA: ca }]);
  cert.sign(issuer.key as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return cert;
}

/**
 * A firm's PKCS#12 as a CA would issue it: the firm's key, its certificate signed by a test CA, and the CA's
 * certificate (the chain). `validFor` days from `now` (negative: expired); `mismatched` puts another key's
 * certificate in the file instead of the key's own.
 */
export function firmP12(
  passphrase: string,
  options: { commonName?: string; now?: Date; validFor?: number; mismatched?: boolean } = {},
) {
  const now = options.now ?? new Date();
  const ca = rsaKeys();
  const caName = { commonName: 'Test Trust CA', organizationName: 'Test Trust' };
  const caCert = certificate(
    caName,
    ca.publicKey,
    { name: caName, key: ca.privateKey },
    {
      from: new Date(now.getTime() - 10 * DAY),
      to: new Date(now.getTime() + 3650 * DAY),
    },
    true,
  );
  const firm = rsaKeys();
  const other = options.mismatched ? rsaKeys() : firm;
  const validFor = options.validFor ?? 365;
  const firmCert = certificate(
    { commonName: options.commonName ?? 'Northwind Advisory', organizationName: 'Northwind' },
    other.publicKey,
    { name: caName, key: ca.privateKey },
    {
      from: new Date(now.getTime() - (validFor < 0 ? 30 : 1) * DAY),
      to: new Date(now.getTime() + validFor * DAY),
    },
  );
  const asn1 = forge.pkcs12.toPkcs12Asn1(firm.privateKey, [firmCert, caCert], passphrase, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
