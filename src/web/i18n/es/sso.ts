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
} satisfies Record<keyof typeof en, string>;
