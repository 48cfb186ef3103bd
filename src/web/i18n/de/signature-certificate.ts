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
  'signatures.certificate.expiringTitle': 'Dieses Zertifikat läuft in {days, plural, one {# Tag} other {# Tagen}} ab',
  'signatures.certificate.expiredTitle': 'Dieses Zertifikat ist abgelaufen',
  'signatures.certificate.expiringBody':
    'Es ist bis {date} gültig. Danach können keine Umschläge mehr versendet und unterschriebene Dokumente nicht mehr versiegelt werden.',
  'signatures.certificate.expiredBody':
    'Es ist am {date} abgelaufen. Es können keine Umschläge versendet werden, und seitdem unterschriebene Umschläge warten mit dem Versiegeln, bis es ersetzt ist.',
  'signatures.certificate.whatToDo':
    'Ersetzen Sie es unten durch das erneuerte Zertifikat Ihrer Kanzlei (.p12 oder .pfx) oder erstellen Sie ein neues selbstsigniertes. Bereits versiegelte Dokumente behalten ihr Siegel.',
  'signatures.certificate.askAdmin':
    'Bitten Sie einen Inhaber oder Administrator der Kanzlei, es zu ersetzen oder ein neues zu erstellen.',
  'signatures.certificateNotice.expiring':
    'Das Signaturzertifikat läuft am {date} ab, in {days, plural, one {# Tag} other {# Tagen}}.',
  'signatures.certificateNotice.expired':
    'Das Signaturzertifikat ist am {date} abgelaufen: Bis es ersetzt ist, können keine Umschläge versendet werden.',
  'signatures.certificateNotice.action': 'Ersetzen oder neu erstellen',
} satisfies Record<keyof typeof english, string>;
