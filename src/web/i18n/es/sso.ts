import type { ssoMessages as en } from '../en/sso.ts';

/** Single sign-on (modules/sso): sign-in buttons, linking an existing person, and the console's providers. */
export const ssoMessages = {
  'signInMethod.sso': 'Inicio de sesión único (OpenID Connect o SAML)',
  'sso.policyHint':
    'Contraseña y enlaces de inicio de sesión: marque esas dos. Solo SSO: marque únicamente el inicio de sesión único. SSO o contraseña: marque ambas. Añada el proveedor en Consola › Inicio de sesión único.',
  'sso.button': 'Iniciar sesión con {name}',
  'sso.error.invalid_state': 'Ese inicio de sesión no se inició aquí, ha caducado o ya se utilizó. Inténtelo de nuevo.',
  'sso.error.provider_error': 'No se pudo verificar la respuesta de su proveedor de identidad. Inténtelo de nuevo.',
  'sso.error.email_not_verified':
    'Su proveedor de identidad no confirmó su dirección de correo electrónico, por lo que no puede iniciar su sesión.',
  'sso.error.domain_not_allowed':
    'El dominio de su dirección de correo electrónico no puede iniciar sesión con este proveedor.',
  'sso.error.not_invited': 'Todavía no tiene acceso a este portal. Solicite una invitación.',
  'sso.error.not_allowed': 'Este proveedor no inicia su sesión aquí. Use su forma habitual de iniciar sesión.',
  'sso.error.link_needs_password':
    'Ya tiene una cuenta. Inicie sesión con un enlace enviado por correo electrónico y establezca primero una contraseña; después use el inicio de sesión único.',
  'sso.error.unknown_provider': 'Este proveedor de inicio de sesión ya no existe.',
  'sso.link.title': 'Conectar el inicio de sesión único',
  'sso.link.intro':
    'Ya existe una cuenta con esta dirección de correo electrónico. Introduzca una vez su contraseña, o un código que le enviamos por correo, para conectarla a su proveedor de identidad.',
  'sso.link.submit': 'Conectar e iniciar sesión',
  'sso.link.missing':
    'Este enlace está incompleto. Vuelva a iniciar el inicio de sesión único desde la página de inicio de sesión.',
  'sso.console.nav': 'Inicio de sesión único',
  'sso.console.title': 'Inicio de sesión único',
  'sso.console.intro':
    'Proveedores OpenID Connect y SAML 2.0: uno para el personal y uno o varios para las personas de un segmento. Registre en su proveedor de identidad el URI de redirección (OIDC) o los metadatos del SP (SAML) que se muestran con cada proveedor.',
  'sso.console.empty': 'Todavía no hay proveedores.',
  'sso.console.add': 'Añadir un proveedor',
  'sso.console.edit': 'Editar {name}',
  'sso.field.name': 'Nombre en el botón',
  'sso.field.issuer': 'URL del emisor',
  'sso.field.issuerHint': 'Su documento de descubrimiento se lee de /.well-known/openid-configuration.',
  'sso.field.clientId': 'ID de cliente',
  'sso.field.clientSecret': 'Secreto de cliente',
  'sso.field.clientSecretKeep': 'Déjelo vacío para conservar el secreto guardado (nunca se muestra).',
  'sso.field.scopes': 'Ámbitos (separados por espacios)',
  'sso.field.emailClaim': 'Claim que contiene el correo electrónico',
  'sso.field.allowedDomains': 'Dominios de correo electrónico permitidos (separados por comas)',
  'sso.field.audience': 'Quién inicia sesión con él',
  'sso.audience.staff': 'Personal de la empresa',
  'sso.audience.segment': 'Personas de un segmento',
  'sso.field.segment': 'Segmento',
  'sso.field.jit': 'Crear personas en su primer inicio de sesión (dominio cuenta rol, uno por línea)',
  'sso.field.jitHint':
    'Por ejemplo: acme.example 0190… member. De lo contrario, las personas ya deben tener una cuenta.',
  'sso.col.name': 'Nombre',
  'sso.col.for': 'Para',
  'sso.col.redirect': 'URI de redirección',
  'sso.save': 'Guardar proveedor',
  'sso.test': 'Probar el descubrimiento',
  'sso.tested.ok': 'El descubrimiento funcionó: {issuer}',
  'sso.tested.failed': 'El descubrimiento falló: {message}',
  'sso.delete': 'Quitar',
  'sso.saml.options': 'Firma de solicitudes y cifrado de aserciones',
  'sso.saml.signRequests': 'Firmar las solicitudes de autenticación',
  'sso.saml.signRequestsHint':
    'El portal crea una clave de firma; entregue su certificado (abajo o en los metadatos SP) al IdP.',
  'sso.saml.encrypted': 'Exigir aserciones cifradas',
  'sso.saml.encryptedHint':
    'Las aserciones sin cifrar se rechazan. El IdP cifra para el certificado del portal (abajo o en los metadatos SP).',
  'sso.saml.on': 'activado',
  'sso.saml.off': 'desactivado',
  'sso.saml.signingCertificate': 'Certificado de firma SP',
  'sso.saml.encryptionCertificate': 'Certificado de cifrado SP',
  'sso.saml.downloadCertificate': 'Descargar {file}',
  'sso.saml.downloadMetadata': 'Descargar los metadatos SP (con estos certificados)',
  'sso.saved': 'Proveedor guardado.',
  'sso.error.assertion_replayed':
    'Ese inicio de sesión ya se utilizó. Vuelva a empezar desde la página de inicio de sesión.',
  'sso.field.protocol': 'Protocolo',
  'sso.protocol.oidc': 'OpenID Connect',
  'sso.protocol.saml': 'SAML 2.0',
  'sso.field.idpEntityId': 'ID de entidad del IdP',
  'sso.field.ssoUrl': 'URL de inicio de sesión único del IdP (HTTP-Redirect)',
  'sso.field.idpCertificate': 'Certificado de firma del IdP (PEM)',
  'sso.field.idpCertificateHint':
    'Cada aserción debe estar firmada con este certificado; las que no lo estén se rechazan.',
  'sso.field.idpCertificateKeep': 'Déjelo vacío para conservar el certificado guardado.',
  'sso.field.emailAttribute': 'Atributo que contiene el correo electrónico',
  'sso.col.acs': 'URL del servicio consumidor de aserciones (ACS)',
  'sso.col.spEntityId': 'ID de entidad del SP y metadatos',
  'sso.link.useCode': 'Enviarme un código por correo en su lugar',
  'sso.link.codeSent':
    'Hemos enviado un código de 6 dígitos a su dirección de correo electrónico. Funciona una sola vez, durante 10 minutos.',
  'sso.link.codeField': 'Código del correo',
  'sso.link.resend': 'Enviar otro código',
  'sso.link.usePassword': 'Usar mi contraseña en su lugar',
  'sso.saml.previousSigningCertificate': 'Certificado de firma anterior del SP (hasta retirarlo)',
  'sso.saml.previousEncryptionCertificate': 'Certificado de cifrado anterior del SP (hasta retirarlo)',
  'sso.saml.rolloverOpen':
    'Cambio de claves abierto desde {date}: los metadatos del SP publican los certificados nuevos y los anteriores, y se aceptan aserciones cifradas para cualquiera de ellos. Retire las claves anteriores cuando el IdP use las nuevas.',
  'sso.saml.rotate.title': '¿Cambiar las claves SAML de {name}?',
  'sso.saml.rotate.body':
    'Las claves nuevas firman las solicitudes de inmediato. Los certificados anteriores siguen en los metadatos del SP hasta que los retire, para que el IdP no quede sin acceso.',
  'sso.saml.rotate.button': 'Cambiar claves',
  'sso.saml.rotate.done':
    'Claves nuevas creadas. Entregue los certificados nuevos al IdP y luego retire los anteriores.',
  'sso.saml.retire.title': '¿Retirar las claves SAML anteriores de {name}?',
  'sso.saml.retire.body':
    'Solo se publicarán y aceptarán las claves actuales. Un IdP que aún use un certificado anterior ya no iniciará la sesión de nadie.',
  'sso.saml.retire.button': 'Retirar claves anteriores',
  'sso.saml.retire.done': 'Claves anteriores retiradas.',
  'sso.deleteConfirm.title': '¿Quitar el proveedor {name}?',
  'sso.deleteConfirm.body':
    'Se eliminan su botón de inicio de sesión y las identidades vinculadas a él. Las personas de un segmento que solo inicia sesión con inicio de sesión único no podrán entrar hasta que se configure otro proveedor.',
} satisfies Record<keyof typeof en, string>;
