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
  'signatures.certificate.expiringTitle': 'Ce certificat expire dans {days, plural, one {# jour} other {# jours}}',
  'signatures.certificate.expiredTitle': 'Ce certificat a expiré',
  'signatures.certificate.expiringBody':
    'Il est valable jusqu’au {date}. Ensuite, aucune enveloppe ne pourra être envoyée et les documents signés ne pourront pas être scellés.',
  'signatures.certificate.expiredBody':
    'Il a expiré le {date}. Aucune enveloppe ne peut être envoyée, et les enveloppes signées depuis attendent d’être scellées jusqu’à son remplacement.',
  'signatures.certificate.whatToDo':
    'Remplacez-le ci-dessous par le certificat renouvelé de votre cabinet (.p12 ou .pfx), ou créez-en un nouveau auto-signé. Les documents scellés avant gardent leur sceau.',
  'signatures.certificate.askAdmin':
    'Demandez à un propriétaire ou à un administrateur du cabinet de le remplacer ou d’en créer un nouveau.',
  'signatures.certificateNotice.expiring':
    'Le certificat de signature expire le {date}, dans {days, plural, one {# jour} other {# jours}}.',
  'signatures.certificateNotice.expired':
    'Le certificat de signature a expiré le {date} : aucune enveloppe ne peut être envoyée tant qu’il n’est pas remplacé.',
  'signatures.certificateNotice.action': 'Le remplacer ou le régénérer',
} satisfies Record<keyof typeof english, string>;
