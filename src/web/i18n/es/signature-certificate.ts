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
} satisfies Record<keyof typeof english, string>;
