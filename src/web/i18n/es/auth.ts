import type { authMessages as en } from '../en/auth.ts';

export const authMessages = {
  'auth.field.email': 'Correo electrónico',
  'auth.field.password': 'Contraseña',
  'auth.field.newPassword': 'Nueva contraseña',
  'auth.field.name': 'Nombre',
  'auth.field.code': 'Código de autenticación',
  'auth.passwordHint':
    'Al menos 10 caracteres. Que no sea una contraseña común, ni su correo electrónico, ni el nombre de este portal.',
  'auth.continue': 'Continuar',
  'auth.backToSignIn': 'Volver al inicio de sesión',
  'auth.requestNewLink': 'Solicitar un nuevo enlace',
  'auth.useAnotherAccount': 'Usar otra cuenta',
  'auth.link.incomplete':
    'Este enlace está incompleto o ya se ha utilizado. Vuelva a abrir el enlace de su correo electrónico.',
  'auth.notice.signedOut': 'Ha cerrado la sesión.',
  'auth.notice.passwordReset': 'Su nueva contraseña está establecida. Inicie sesión con ella ahora.',
  'auth.signIn.title': 'Iniciar sesión',
  'auth.signIn.heading': 'Iniciar sesión en {portal}',
  'auth.signIn.submit': 'Iniciar sesión',
  'auth.signIn.forgot': '¿Ha olvidado su contraseña?',
  'auth.signIn.or': 'o',
  'auth.signIn.linkHint':
    '¿No tiene contraseña? Introduzca su correo electrónico arriba y le enviaremos un enlace para iniciar sesión.',
  'auth.signIn.sendLink': 'Enviarme un enlace de inicio de sesión',
  'auth.signIn.useSso':
    'Su organización le da acceso mediante inicio de sesión único. Use su botón «Iniciar sesión con» de arriba.',
  'auth.signIn.useLink':
    'Su cuenta inicia sesión con un enlace enviado por correo electrónico. Use “Enviarme un enlace de inicio de sesión”.',
  'auth.magicLink.sent':
    'Si esa dirección puede usar un enlace de inicio de sesión, le hemos enviado uno. Revise su correo electrónico.',
  'auth.magicLink.title': 'Terminar de iniciar sesión',
  'auth.magicLink.intro': 'Pulse Continuar para iniciar sesión en este dispositivo.',
  'auth.secondFactor.title': 'Autenticación en dos pasos',
  'auth.secondFactor.intro': 'Abra su aplicación de autenticación para terminar de iniciar sesión.',
  'auth.secondFactor.hint': 'El código de 6 dígitos de su aplicación o uno de sus códigos de recuperación.',
  'auth.enrol.title': 'Configurar la autenticación en dos pasos',
  'auth.enrol.intro':
    'Su organización exige la autenticación en dos pasos. Configúrela con una aplicación de autenticación para continuar.',
  'auth.reset.title': 'Restablecer su contraseña',
  'auth.reset.intro': 'Introduzca su correo electrónico y le enviaremos un enlace para elegir una nueva contraseña.',
  'auth.reset.submit': 'Enviar enlace de restablecimiento',
  'auth.reset.sent':
    'Si esa dirección tiene una cuenta, le hemos enviado un enlace para restablecer su contraseña. Revise su correo electrónico.',
  'auth.resetComplete.title': 'Elegir una nueva contraseña',
  'auth.resetComplete.submit': 'Establecer contraseña',
  'auth.resetComplete.intro':
    'Establecer una nueva contraseña cierra su sesión en todos los dispositivos y revoca sus tokens de API personales; cree otros después si sus integraciones los necesitan.',
  'auth.invitation.title': 'Aceptar su invitación',
  'auth.invitation.toAccount': 'Le han invitado a unirse a {account} en {portal}.',
  'auth.invitation.toStaff': 'Le han invitado a unirse al equipo de {portal} como {role}.',
  'auth.invitation.forEmail': 'Invitación para {email}',
  'auth.invitation.existing': 'Ya tiene un acceso para esta dirección. Confirme con su contraseña.',
  'auth.invitation.existingHint': 'Su contraseña actual.',
  'auth.invitation.accept': 'Aceptar la invitación',
  'auth.invitation.askAgain': 'Las invitaciones caducan. Pida a la persona que le invitó que le envíe una nueva.',
  'twoFactor.setup.start': 'Configurar la autenticación en dos pasos',
  'twoFactor.setup.scan': 'Escanee este código QR con su aplicación de autenticación.',
  'twoFactor.setup.qrAlt': 'Código QR para su aplicación de autenticación',
  'twoFactor.setup.manual': 'O introduzca esta clave manualmente:',
  'twoFactor.setup.enterCode': 'Introduzca el código de 6 dígitos que muestra su aplicación.',
  'twoFactor.setup.enable': 'Activar la autenticación en dos pasos',
  'twoFactor.codes.title': 'Guarde sus códigos de recuperación',
  'twoFactor.codes.intro':
    'Cada código le permite iniciar sesión una vez si pierde su teléfono. Guárdelos en un lugar seguro: solo se muestran ahora.',
  'twoFactor.codes.copy': 'Copiar códigos',
  'twoFactor.codes.download': 'Descargar códigos',
  'twoFactor.codes.done': 'Ya los he guardado',
  'twoFactor.codes.copied': 'Códigos de recuperación copiados',
  'twoFactor.codes.copyFailed': 'No se pudo copiar. Seleccione los códigos y cópielos manualmente.',
  'twoFactor.codes.fileHeader': 'Códigos de recuperación para {portal}',
} satisfies Record<keyof typeof en, string>;
