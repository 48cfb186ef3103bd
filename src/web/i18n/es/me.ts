import type { meMessages as en } from '../en/me.ts';

export const meMessages = {
  'profile.title': 'Perfil',
  'profile.languageAuto': 'Automático: el del navegador ({browser}); si no, el de su segmento',
  'profile.languageHint':
    'El idioma del portal y de los correos que recibe. También define cómo se muestran las fechas y los números.',
  'profile.field.locale': 'Idioma',
  'profile.localeHint':
    'Una etiqueta de idioma como es-ES, usada para fechas y números. Déjelo vacío para usar la de su navegador ({browser}).',
  'profile.field.timeZone': 'Zona horaria',
  'profile.timeZoneBrowser': 'Usar la zona horaria de mi navegador ({zone})',
  'profile.saved': 'Perfil guardado',
  'security.title': 'Seguridad',
  'security.field.currentPassword': 'Contraseña actual',
  'security.password.title': 'Cambiar la contraseña',
  'security.password.intro':
    'Cambiar su contraseña cierra su sesión en todos los demás dispositivos. Un restablecimiento por correo electrónico también cierra su sesión en todas partes y revoca sus tokens de API.',
  'security.password.submit': 'Cambiar la contraseña',
  'security.password.changed': 'Contraseña cambiada. Se ha cerrado su sesión en todos los demás dispositivos.',
  'security.twoFactor.title': 'Autenticación en dos pasos',
  'security.twoFactor.on': 'Activada',
  'security.twoFactor.off': 'Desactivada',
  'security.twoFactor.intro':
    'Proteja su inicio de sesión con un código de una aplicación de autenticación en su teléfono.',
  'security.twoFactor.confirmIntro':
    'Obtenga nuevos códigos de recuperación (los antiguos dejan de funcionar) o desactive la autenticación en dos pasos. Si inició sesión hace un tiempo, primero se le pedirá su contraseña.',
  'stepUp.title': 'Confirme que es usted',
  'stepUp.intro': 'Para este cambio, vuelva a introducir su contraseña.',
  'stepUp.introCode': 'Para este cambio, introduzca un código de su aplicación de autenticación.',
  'stepUp.submit': 'Confirmar',
  'stepUp.useCode': 'Usar en su lugar un código de mi aplicación de autenticación',
  'stepUp.usePassword': 'Usar en su lugar mi contraseña',
  'security.twoFactor.regenerate': 'Generar nuevos códigos de recuperación',
  'security.twoFactor.disable': 'Desactivar la autenticación en dos pasos',
  'security.twoFactor.disabled': 'La autenticación en dos pasos está desactivada.',
  'security.twoFactor.enabled': 'La autenticación en dos pasos está activada.',
  'security.twoFactor.requiredNote':
    'Su organización exige la autenticación en dos pasos, por lo que no se puede desactivar.',
  'sessions.title': 'Mis sesiones',
  'sessions.intro': 'Dispositivos en los que ha iniciado sesión. Revoque los que no reconozca.',
  'sessions.unknownDevice': 'Dispositivo desconocido',
  'sessions.browserOnOs': '{browser} en {os}',
  'sessions.thisDevice': 'Este dispositivo',
  'sessions.ip': 'IP {ip}',
  'sessions.lastSeen': 'Última actividad {when}',
  'sessions.started': 'Sesión iniciada el {when}',
  'sessions.revoke': 'Revocar',
  'sessions.revokeNamed': 'Revocar la sesión en {device}',
  'sessions.revoked': 'Sesión revocada',
} satisfies Record<keyof typeof en, string>;
