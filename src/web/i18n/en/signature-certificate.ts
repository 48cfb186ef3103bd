/** E-signature: the console's page of the portal's sealing certificate. */
export const signatureCertificateMessages = {
  'signatures.certificate.title': 'Signing certificate',
  'signatures.certificate.description':
    'The certificate that seals every completed envelope, so any PDF reader can tell whether the signed copy was changed.',
  'signatures.certificate.back': 'Back to signatures',
  'signatures.certificate.current': 'Current certificate',
  'signatures.certificate.subject': 'Issued to',
  'signatures.certificate.issuer': 'Issued by',
  'signatures.certificate.selfSigned': 'Itself (self-signed)',
  'signatures.certificate.validity': 'Valid',
  'signatures.certificate.validRange': '{from} to {to}',
  'signatures.certificate.fingerprint': 'SHA-256 fingerprint',
  'signatures.certificate.origin': 'Source',
  'signatures.certificate.generated': 'Made by the portal',
  'signatures.certificate.uploaded': "The firm's own",
  'signatures.certificate.replacedAt': 'replaced {date}',
  'signatures.certificate.selfSignedNote':
    'PDF readers show a self-signed seal as "validity unknown", because the certificate is not on their trust list. They still show whether the document was changed after sealing. A certificate from a certification authority removes that warning.',
  'signatures.certificate.replaceTitle': 'Replace the certificate',
  'signatures.certificate.replaceHint':
    'Envelopes completed from now on are sealed with the new certificate. Signed copies sealed before keep their seal and still verify.',
  'signatures.certificate.file': 'Certificate file (.p12 or .pfx)',
  'signatures.certificate.fileHint': 'A PKCS#12 file with an RSA private key and its certificate, up to {size} KiB.',
  'signatures.certificate.passphrase': 'Passphrase of the file',
  'signatures.certificate.replace': 'Replace certificate',
  'signatures.certificate.regenerate': 'Make a new self-signed certificate',
  'signatures.certificate.regenerateConfirm':
    'Replace the current certificate with a new self-signed one made by the portal?',
  'signatures.certificate.chooseFirst': 'Choose a certificate file first.',
  'signatures.certificate.tooLarge': 'This file is too large for a certificate.',
  'signatures.certificate.replaced': 'Certificate replaced',
  'signatures.certificate.regenerated': 'New self-signed certificate made',
  'signatures.certificate.expiringTitle': 'This certificate expires in {days, plural, one {# day} other {# days}}',
  'signatures.certificate.expiredTitle': 'This certificate has expired',
  'signatures.certificate.expiringBody':
    'It is valid until {date}. After that, no envelope can be sent and signed documents cannot be sealed.',
  'signatures.certificate.expiredBody':
    'It expired on {date}. No envelope can be sent, and envelopes signed since then wait to be sealed until it is replaced.',
  'signatures.certificate.whatToDo':
    'Replace it below with your firm’s renewed certificate (.p12 or .pfx), or make a new self-signed one. Documents sealed before keep their seal.',
  'signatures.certificate.askAdmin': 'Ask an owner or admin of the firm to replace it or make a new one.',
  'signatures.certificateNotice.expiring':
    'The signing certificate expires on {date}, in {days, plural, one {# day} other {# days}}.',
  'signatures.certificateNotice.expired':
    'The signing certificate expired on {date}: no envelope can be sent until it is replaced.',
  'signatures.certificateNotice.action': 'Replace or regenerate it',
} as const;
