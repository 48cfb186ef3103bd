import type { signatureCertificateMessages as english } from '../en/signature-certificate.ts';

export const signatureCertificateMessages = {
  'signatures.certificate.title': 'Certificado de firma',
  'signatures.certificate.description':
    'El certificado que sella cada sobre completado, para que cualquier lector de PDF pueda saber si la copia firmada se modificó.',
  'signatures.certificate.back': 'Volver a las firmas',
  'signatures.certificate.current': 'Certificado actual',
  'signatures.certificate.subject': 'Emitido para',
  'signatures.certificate.issuer': 'Emitido por',
  'signatures.certificate.selfSigned': 'Sí mismo (autofirmado)',
  'signatures.certificate.validity': 'Validez',
  'signatures.certificate.validRange': 'del {from} al {to}',
  'signatures.certificate.fingerprint': 'Huella SHA-256',
  'signatures.certificate.origin': 'Origen',
  'signatures.certificate.generated': 'Creado por el portal',
  'signatures.certificate.uploaded': 'El propio de la firma',
  'signatures.certificate.replacedAt': 'reemplazado el {date}',
  'signatures.certificate.selfSignedNote':
    'Los lectores de PDF muestran un sello autofirmado como «validez desconocida», porque el certificado no está en su lista de confianza. Aun así indican si el documento se modificó después de sellarlo. Un certificado de una autoridad de certificación elimina esa advertencia.',
  'signatures.certificate.replaceTitle': 'Reemplazar el certificado',
  'signatures.certificate.replaceHint':
    'Los sobres completados a partir de ahora se sellan con el nuevo certificado. Las copias firmadas selladas antes conservan su sello y se siguen pudiendo verificar.',
  'signatures.certificate.file': 'Archivo del certificado (.p12 o .pfx)',
  'signatures.certificate.fileHint':
    'Un archivo PKCS#12 con una clave privada RSA y su certificado, de hasta {size} KiB.',
  'signatures.certificate.passphrase': 'Frase de contraseña del archivo',
  'signatures.certificate.replace': 'Reemplazar el certificado',
  'signatures.certificate.regenerate': 'Crear un nuevo certificado autofirmado',
  'signatures.certificate.regenerateConfirm':
    '¿Reemplazar el certificado actual por uno nuevo autofirmado creado por el portal?',
  'signatures.certificate.chooseFirst': 'Elija primero un archivo de certificado.',
  'signatures.certificate.tooLarge': 'Este archivo es demasiado grande para un certificado.',
  'signatures.certificate.replaced': 'Certificado reemplazado',
  'signatures.certificate.regenerated': 'Nuevo certificado autofirmado creado',
  'signatures.certificate.expiringTitle':
    'Este certificado caduca dentro de {days, plural, one {# día} other {# días}}',
  'signatures.certificate.expiredTitle': 'Este certificado ha caducado',
  'signatures.certificate.expiringBody':
    'Es válido hasta el {date}. Después no se podrá enviar ningún sobre y los documentos firmados no se podrán sellar.',
  'signatures.certificate.expiredBody':
    'Caducó el {date}. No se puede enviar ningún sobre, y los sobres firmados desde entonces esperan a ser sellados hasta que se sustituya.',
  'signatures.certificate.whatToDo':
    'Sustitúyalo abajo por el certificado renovado de su despacho (.p12 o .pfx), o cree uno nuevo autofirmado. Los documentos sellados antes conservan su sello.',
  'signatures.certificate.askAdmin':
    'Pida a un propietario o administrador del despacho que lo sustituya o cree uno nuevo.',
  'signatures.certificateNotice.expiring':
    'El certificado de firma caduca el {date}, dentro de {days, plural, one {# día} other {# días}}.',
  'signatures.certificateNotice.expired':
    'El certificado de firma caducó el {date}: no se puede enviar ningún sobre hasta que se sustituya.',
  'signatures.certificateNotice.action': 'Sustituirlo o regenerarlo',
} satisfies Record<keyof typeof english, string>;
