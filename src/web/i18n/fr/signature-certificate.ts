import type { signatureCertificateMessages as english } from '../en/signature-certificate.ts';

export const signatureCertificateMessages = {
  'signatures.certificate.title': 'Certificat de signature',
  'signatures.certificate.description':
    'Le certificat qui scelle chaque enveloppe terminée, pour que tout lecteur PDF puisse dire si la copie signée a été modifiée.',
  'signatures.certificate.back': 'Retour aux signatures',
  'signatures.certificate.current': 'Certificat actuel',
  'signatures.certificate.subject': 'Délivré à',
  'signatures.certificate.issuer': 'Délivré par',
  'signatures.certificate.selfSigned': 'Lui-même (auto-signé)',
  'signatures.certificate.validity': 'Validité',
  'signatures.certificate.validRange': 'du {from} au {to}',
  'signatures.certificate.fingerprint': 'Empreinte SHA-256',
  'signatures.certificate.origin': 'Origine',
  'signatures.certificate.generated': 'Créé par le portail',
  'signatures.certificate.uploaded': 'Celui du cabinet',
  'signatures.certificate.replacedAt': 'remplacé le {date}',
  'signatures.certificate.selfSignedNote':
    'Les lecteurs PDF affichent un sceau auto-signé comme « validité inconnue », car le certificat n’est pas sur leur liste de confiance. Ils indiquent tout de même si le document a été modifié après le scellement. Un certificat d’une autorité de certification supprime cet avertissement.',
  'signatures.certificate.replaceTitle': 'Remplacer le certificat',
  'signatures.certificate.replaceHint':
    'Les enveloppes terminées à partir de maintenant sont scellées avec le nouveau certificat. Les copies signées scellées avant gardent leur sceau et restent vérifiables.',
  'signatures.certificate.file': 'Fichier du certificat (.p12 ou .pfx)',
  'signatures.certificate.fileHint':
    'Un fichier PKCS#12 contenant une clé privée RSA et son certificat, jusqu’à {size} Kio.',
  'signatures.certificate.passphrase': 'Phrase secrète du fichier',
  'signatures.certificate.replace': 'Remplacer le certificat',
  'signatures.certificate.regenerate': 'Créer un nouveau certificat auto-signé',
  'signatures.certificate.regenerateConfirm':
    'Remplacer le certificat actuel par un nouveau certificat auto-signé créé par le portail ?',
  'signatures.certificate.chooseFirst': 'Choisissez d’abord un fichier de certificat.',
  'signatures.certificate.tooLarge': 'Ce fichier est trop volumineux pour un certificat.',
  'signatures.certificate.replaced': 'Certificat remplacé',
  'signatures.certificate.regenerated': 'Nouveau certificat auto-signé créé',
} satisfies Record<keyof typeof english, string>;
