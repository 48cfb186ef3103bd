import type { signatureCertificateMessages as english } from '../en/signature-certificate.ts';

export const signatureCertificateMessages = {
  'signatures.certificate.title': 'Signaturzertifikat',
  'signatures.certificate.description':
    'Das Zertifikat, mit dem jeder abgeschlossene Umschlag versiegelt wird, damit jeder PDF-Reader erkennt, ob die unterschriebene Kopie verändert wurde.',
  'signatures.certificate.back': 'Zurück zu den Unterschriften',
  'signatures.certificate.current': 'Aktuelles Zertifikat',
  'signatures.certificate.subject': 'Ausgestellt für',
  'signatures.certificate.issuer': 'Ausgestellt von',
  'signatures.certificate.selfSigned': 'Sich selbst (selbstsigniert)',
  'signatures.certificate.validity': 'Gültig',
  'signatures.certificate.validRange': '{from} bis {to}',
  'signatures.certificate.fingerprint': 'SHA-256-Fingerabdruck',
  'signatures.certificate.origin': 'Herkunft',
  'signatures.certificate.generated': 'Vom Portal erstellt',
  'signatures.certificate.uploaded': 'Eigenes Zertifikat der Kanzlei',
  'signatures.certificate.replacedAt': 'ersetzt am {date}',
  'signatures.certificate.selfSignedNote':
    'PDF-Reader zeigen ein selbstsigniertes Siegel als „Gültigkeit unbekannt“ an, weil das Zertifikat nicht auf ihrer Vertrauensliste steht. Sie zeigen trotzdem an, ob das Dokument nach dem Versiegeln geändert wurde. Ein Zertifikat einer Zertifizierungsstelle beseitigt diese Warnung.',
  'signatures.certificate.replaceTitle': 'Zertifikat ersetzen',
  'signatures.certificate.replaceHint':
    'Ab jetzt abgeschlossene Umschläge werden mit dem neuen Zertifikat versiegelt. Bereits versiegelte Kopien behalten ihr Siegel und lassen sich weiterhin prüfen.',
  'signatures.certificate.file': 'Zertifikatsdatei (.p12 oder .pfx)',
  'signatures.certificate.fileHint':
    'Eine PKCS#12-Datei mit einem privaten RSA-Schlüssel und seinem Zertifikat, bis {size} KiB.',
  'signatures.certificate.passphrase': 'Passphrase der Datei',
  'signatures.certificate.replace': 'Zertifikat ersetzen',
  'signatures.certificate.regenerate': 'Neues selbstsigniertes Zertifikat erstellen',
  'signatures.certificate.regenerateConfirm':
    'Das aktuelle Zertifikat durch ein neues, vom Portal erstelltes selbstsigniertes Zertifikat ersetzen?',
  'signatures.certificate.chooseFirst': 'Wählen Sie zuerst eine Zertifikatsdatei aus.',
  'signatures.certificate.tooLarge': 'Diese Datei ist für ein Zertifikat zu groß.',
  'signatures.certificate.replaced': 'Zertifikat ersetzt',
  'signatures.certificate.regenerated': 'Neues selbstsigniertes Zertifikat erstellt',
} satisfies Record<keyof typeof english, string>;
