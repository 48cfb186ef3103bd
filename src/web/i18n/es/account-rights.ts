import type { accountRightsMessages as en, dataExportMessages as enDataExport } from '../en/account-rights.ts';

/** Account rights (issue 16): changing one's sign-in address. */
export const accountRightsMessages = {
  'profile.field.phone': 'Teléfono',
  'profile.phoneHint': 'Opcional. El personal puede llamarle sobre sus solicitudes.',
  'emailChange.title': 'Dirección de inicio de sesión',
  'emailChange.current': 'Inicia sesión como {email}.',
  'emailChange.intro':
    'Para cambiarla, introduzca la nueva dirección. Le enviaremos allí un código de 6 dígitos; la dirección antigua recibe un aviso con un enlace que deshace el cambio durante 7 días. Se cierran sus demás sesiones.',
  'emailChange.field.newEmail': 'Nueva dirección de correo electrónico',
  'emailChange.send': 'Enviar código',
  'emailChange.pending': 'Hemos enviado un código a {email}. Funciona una sola vez, hasta el {time}.',
  'emailChange.field.code': 'Código del correo electrónico',
  'emailChange.confirm': 'Cambiar la dirección',
  'emailChange.cancel': 'Cancelar el cambio',
  'emailChange.changed': 'Su dirección de inicio de sesión es ahora {email}',
  'emailChange.undo.title': 'Deshacer el cambio de dirección',
  'emailChange.undo.intro':
    'Esto restablece su dirección de inicio de sesión anterior y cierra todas las sesiones, incluida la de quien hizo el cambio. Después inicie sesión con su dirección anterior y restablezca su contraseña si duda de que siga siendo segura.',
  'emailChange.undo.submit': 'Deshacer el cambio',
  'emailChange.undo.done':
    'Se ha restablecido su dirección anterior y se han cerrado todas las sesiones. Vuelva a iniciar sesión.',
} satisfies Record<keyof typeof en, string>;

/** "Your data" on the profile (GDPR Art. 15/20). */
export const dataExportMessages = {
  'dataExport.title': 'Sus datos',
  'dataExport.intro':
    'Descargue todo lo que este portal guarda sobre usted: su perfil, sus membresías, los mensajes y tickets que escribió, sus sesiones, el registro de seguridad sobre usted y los archivos que subió, en un zip de archivos JSON y los originales. Se prepara en segundo plano; le avisaremos por correo electrónico cuando esté listo, y la descarga funciona durante 7 días.',
  'dataExport.request': 'Descargar mis datos',
  'dataExport.pending': 'Se está preparando su exportación (solicitada el {time}). Esta página se actualiza sola.',
  'dataExport.ready': 'Su exportación está lista: {size}. El enlace funciona hasta el {time}.',
  'dataExport.download': 'Descargar el zip',
  'dataExport.requestAgain': 'Preparar una nueva exportación',
  'dataExport.failed': 'No se pudo preparar su última exportación. Solicítela de nuevo.',
  'dataExport.expired': 'Su última exportación ha caducado.',
  'dataExport.requested': 'Estamos preparando su exportación',
} satisfies Record<keyof typeof enDataExport, string>;
