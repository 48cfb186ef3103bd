import type { MessageKey } from './en.ts';

/** Spanish strings (usted) for everything the server writes to people: emails and the help pages it renders. */
export const es: Record<MessageKey, string> = {
  'mail.footer': 'Ha recibido este correo electrónico por su acceso a {portal}.',
  'mail.ignore': 'Si no esperaba este correo electrónico, puede ignorarlo.',
  'help.languages': 'Otros idiomas',
  'help.fallback': 'Este artículo aún no está disponible en {wanted}, así que se muestra en {shown}.',
  'mail.invitation.subject': 'Le han invitado a {target} en {portal}',
  'mail.invitation.body': '{inviter} le ha invitado a unirse a {target} en {portal}. La invitación caduca en 7 días.',
  'mail.invitation.button': 'Aceptar la invitación',
  'mail.invitation.staffTarget': 'el equipo de {portal}',
  'mail.reset.subject': 'Restablezca su contraseña de {portal}',
  'mail.reset.body':
    'Alguien ha solicitado restablecer la contraseña de su cuenta de {portal}. El enlace funciona una sola vez, durante 30 minutos.',
  'mail.reset.button': 'Elegir una nueva contraseña',
  'mail.magic.subject': 'Su enlace de inicio de sesión en {portal}',
  'mail.magic.body': 'Use este enlace para iniciar sesión en {portal}. Funciona una sola vez, durante 15 minutos.',
  'mail.magic.button': 'Iniciar sesión',
  'mail.locked.subject': 'Inicio de sesión en {portal} en pausa tras intentos fallidos',
  'mail.locked.body':
    'Hemos detectado {count, plural, one {# intento fallido de inicio de sesión} other {# intentos fallidos de inicio de sesión}} en su cuenta, por lo que el inicio de sesión queda en pausa durante {minutes, plural, one {# minuto} other {# minutos}}. Si no fue usted, le recomendamos restablecer su contraseña.',
  'mail.locked.button': 'Restablecer la contraseña',
  'mail.notice.passwordChanged.subject': 'Se ha cambiado su contraseña de {portal}',
  'mail.notice.passwordChanged.body':
    'La contraseña de su cuenta de {portal} se cambió el {time} (UTC). Se han cerrado sus demás sesiones.',
  'mail.notice.passwordReset.subject': 'Se ha restablecido su contraseña de {portal}',
  'mail.notice.passwordReset.body':
    'La contraseña de su cuenta de {portal} se restableció con un enlace enviado por correo electrónico el {time} (UTC). Se cerraron todas las sesiones y se revocaron {tokens} tokens de API personales.',
  'mail.notice.twoFactorEnabled.subject': 'La autenticación en dos pasos está activada en su cuenta de {portal}',
  'mail.notice.twoFactorEnabled.body':
    'La autenticación en dos pasos se activó en su cuenta de {portal} el {time} (UTC). Ahora, para iniciar sesión también se necesita un código de su aplicación de autenticación.',
  'mail.notice.twoFactorDisabled.subject': 'La autenticación en dos pasos está desactivada en su cuenta de {portal}',
  'mail.notice.twoFactorDisabled.body':
    'La autenticación en dos pasos se desactivó en su cuenta de {portal} el {time} (UTC). Ahora, para iniciar sesión solo se necesita su contraseña.',
  'mail.notice.apiTokenCreated.subject': 'Se ha creado un nuevo token de API para su cuenta de {portal}',
  'mail.notice.apiTokenCreated.body':
    'Se creó un token de API personal llamado "{name}" ({scopes}) para su cuenta de {portal} el {time} (UTC). Actúa con su acceso hasta que caduque o usted lo revoque.',
  'mail.notice.passkeyAdded.subject': 'Se ha añadido una llave de acceso a su cuenta de {portal}',
  'mail.notice.passkeyAdded.body':
    'Se añadió una llave de acceso llamada "{name}" a su cuenta de {portal} el {time} (UTC). Por sí sola permite iniciar sesión en su cuenta.',
  'mail.notice.passkeyRemoved.subject': 'Se ha eliminado una llave de acceso de su cuenta de {portal}',
  'mail.notice.passkeyRemoved.body':
    'La llave de acceso llamada "{name}" se eliminó de su cuenta de {portal} el {time} (UTC). Ya no permite iniciar sesión.',
  'mail.notice.notYou':
    'Si no fue usted, restablezca su contraseña de inmediato y revise su configuración de seguridad.',
  'mail.notice.button': 'Revisar la configuración de seguridad',
  'mail.fileRequest.subject': '{portal}: suba "{title}", por favor',
  'mail.fileRequest.body': '{requester} solicita a {account}: {title}.',
  'mail.fileRequest.due': 'Fecha límite: {date}.',
  'mail.fileRequest.returned.subject': '{portal}: "{title}" necesita otra revisión',
  'mail.fileRequest.returned.body': 'Los archivos que subió para "{title}" fueron devueltos: {reason}',
  'mail.fileRequest.dueSoon.subject': 'Recordatorio: "{title}" vence el {date}',
  'mail.fileRequest.overdue.subject': 'Vencido: "{title}" vencía el {date}',
  'mail.fileRequest.reminder.body': '{account} todavía tiene que subir: {title}.',
  'mail.fileRequest.button': 'Subir archivos',
  'mail.ticketReceived.subject': 'Hemos recibido su solicitud [#{number}]',
  'mail.ticketReceived.body':
    'Gracias por contactar con {portal}. Su solicitud "{subject}" tiene el número #{number}; nuestro equipo le responderá pronto.',
  'mail.ticketReceived.reply':
    'Para añadir cualquier cosa, responda a este correo electrónico: su respuesta se añadirá a la solicitud.',
  'mail.ticketReceived.button': 'Ver su solicitud',
  // CSAT (satisfaction module): the rating request sent when a ticket is solved.
  'mail.csat.subject': '¿Qué tal lo hicimos? Solicitud #{number}: {subject}',
  'mail.csat.body':
    'Su solicitud #{number} "{subject}" se ha marcado como resuelta. ¿Cómo valoraría la ayuda que recibió de {portal}? Basta con un clic.',
  'mail.csat.good': 'Bien, estoy conforme',
  'mail.csat.bad': 'Mal, no estoy conforme',
  'mail.thread.ticketSubject': '[#{number}] {subject} ({portal})',
  'mail.thread.subject': '{subject} ({portal})',
  'mail.thread.message': '{author} escribió ({time} UTC):\n{body}',
  'mail.thread.someone': 'Alguien',
  'mail.thread.button': 'Abrir la conversación',
  'mail.thread.hidden.subject':
    '{number, select, none {Nuevo mensaje de {portal}} other {[#{number}] Nuevo mensaje de {portal}}}',
  'mail.thread.hidden.body': 'Tiene un nuevo mensaje de {portal}.',
  'mail.thread.hidden.signIn': 'Inicie sesión para leerlo.',
  'mail.digest.subject': 'Su resumen diario de {portal}',
  'mail.digest.body': 'Mensajes nuevos desde ayer:',
  'mail.digest.line': '{subject}: {count} nuevo(s)',
  'mail.digest.hidden': 'Tiene mensajes nuevos de {portal}.',
  'mail.digest.button': 'Abrir el portal',
  'mail.footer.terms': 'Condiciones',
  'mail.footer.privacy': 'Privacidad',
  // Billing: PDFs and emails of quotes, invoices and credit notes.
  'billing.pdf.invoice': 'Factura',
  'billing.pdf.quote': 'Presupuesto',
  'billing.pdf.creditNote': 'Factura rectificativa',
  'billing.pdf.draft': '(borrador)',
  'billing.pdf.issued': 'Fecha',
  'billing.pdf.due': 'Vencimiento',
  'billing.pdf.billTo': 'Facturar a',
  'billing.pdf.taxId': 'NIF',
  'billing.pdf.description': 'Descripción',
  'billing.pdf.quantity': 'Cant.',
  'billing.pdf.unitPrice': 'Precio unitario',
  'billing.pdf.amount': 'Importe',
  'billing.pdf.subtotal': 'Subtotal',
  'billing.pdf.discount': 'Descuento',
  'billing.pdf.total': 'Total',
  'billing.pdf.paid': 'Pagado',
  'billing.pdf.balance': 'Saldo pendiente',
  'billing.pdf.payOnline': 'Ver y pagar en línea',
  'billing.pdf.credits': 'Rectifica la factura {number}',
  'billing.pdf.replaces': 'Sustituye a la factura {number} (anulada)',
  'billing.pdf.validUntil': 'Válido hasta',
  'billing.pdf.fromQuote': 'Presupuesto {number}',
  'billing.pdf.optionalIncluded': 'Partida opcional, incluida en el total',
  'billing.pdf.optionalExcluded': 'Partida opcional, no incluida en el total',
  'billing.pdf.optionalHint':
    'Puede añadir o quitar las partidas opcionales en el portal hasta que acepte el presupuesto.',
  'billing.pdf.acceptedBy': 'Aceptado por {name} el {date}',
  'billing.statement.title': 'Extracto de cuenta',
  'billing.statement.period': 'Del {from} al {to}',
  'billing.statement.until': 'Hasta el {to}',
  'billing.statement.date': 'Fecha',
  'billing.statement.debit': 'Cargado',
  'billing.statement.credit': 'Abonado',
  'billing.statement.balance': 'Saldo',
  'billing.statement.opening': 'Saldo inicial',
  'billing.statement.closing': 'Saldo final',
  'billing.statement.invoice': 'Factura {number}',
  'billing.statement.credit_note': 'Factura rectificativa {number}',
  'billing.statement.payment': 'Pago de {number}',
  'mail.billing.subject':
    '{kind, select, quote {Presupuesto} credit_note {Factura rectificativa} other {Factura}} {number} de {portal}',
  'mail.billing.body':
    '{portal} le ha enviado {kind, select, quote {el presupuesto} credit_note {la factura rectificativa} other {la factura}} {number} por {total}{due, select, none {} other {, con vencimiento el {due}}}. Se adjunta el PDF.',
  'mail.billing.button': 'Ver en el portal',
  'mail.billing.validUntil': 'Este presupuesto es válido hasta el {validUntil}.',
  'mail.billing.payment.subject':
    '{outcome, select, failed {Su pago de {amount} a {portal} no se ha completado} other {Pago recibido: {amount}}}',
  'mail.billing.payment.body':
    '{outcome, select, failed {Su pago en línea de {amount} a {portal} ha fallado. No se ha cobrado nada; puede intentarlo de nuevo desde el portal.} other {Gracias: {portal} ha recibido su pago en línea de {amount}.}}',
  'mail.billing.autoCharge.subject': 'Ha fallado el pago automático de la factura {number}',
  'mail.billing.autoCharge.body':
    '{portal} no pudo cobrar en la tarjeta guardada de {account} la factura {number} ({amount}) tras cuatro intentos ({reason}). Sigue abierta: registre un pago o pida al cliente que la pague.',
  'mail.billing.declined.subject': 'Su tarjeta fue rechazada para la factura {number}',
  'mail.billing.declined.reason':
    '{reason, select, funds {Su banco rechazó el cargo de {amount}: la tarjeta no tenía fondos suficientes.} expired {Su banco rechazó el cargo de {amount}: la tarjeta ha caducado.} details {Su banco rechazó el cargo de {amount}: el número o el código de seguridad de la tarjeta no coincidían.} blocked {Su banco rechazó el cargo de {amount}: la tarjeta está bloqueada (denunciada como perdida o robada, o restringida).} nocard {No pudimos cobrar {amount}: no hay ninguna tarjeta guardada para el pago automático.} authentication {Su banco desea que usted mismo confirme el cargo de {amount}.} processing {El banco no pudo procesar el cargo de {amount}; suele ser algo temporal.} other {Su banco rechazó el cargo de {amount} sin indicar el motivo.}}',
  'mail.billing.declined.body':
    '{retry, select, yes {Lo intentaremos de nuevo el {retryOn}. También puede pagar ahora la factura {number} en el portal.} other {No lo intentaremos de nuevo: la factura {number} sigue abierta. Le rogamos que la pague en el portal.}}',
  'mail.billing.declined.card':
    'Para usar otra tarjeta en los pagos automáticos, guárdela en su página de facturación: {cardsUrl}',
  'mail.billing.declined.button': 'Pagar la factura',
  'mail.billing.authenticate.subject': 'Confirme el pago de la factura {number}',
  'mail.billing.authenticate.body':
    'Su banco le pide que confirme el pago automático de {amount} de la factura {number} de {portal} (3-D Secure). Aún no se ha cobrado nada: abra la factura en el portal y confirme el pago con su banco.',
  'mail.billing.authenticate.button': 'Confirmar el pago',
  'mail.billing.cardExpiring.subject': 'Su tarjeta terminada en {last4} caduca a finales de {expiry}',
  'mail.billing.cardExpiring.body':
    'La tarjeta {brand} terminada en {last4}, con la que se pagan automáticamente sus facturas de {portal}, caduca a finales de {expiry}. Después, los pagos automáticos con ella fallarán.',
  'mail.billing.cardExpiring.replace':
    'Guarde una tarjeta nueva en su página de facturación antes de esa fecha: sustituirá a esta para los pagos automáticos.',
  'mail.billing.cardExpiring.button': 'Sustituir la tarjeta',
  'mail.billing.reminder.subject':
    '{when, select, before {Recordatorio: la factura {number} vence el {due}} today {La factura {number} vence hoy} other {Vencida: la factura {number} vencía el {due}}}',
  'mail.billing.reminder.body':
    '{when, select, before {Un recordatorio amable de {portal}: la factura {number} por {balance} vence el {due}.} today {La factura {number} de {portal} por {balance} vence hoy.} other {La factura {number} de {portal} vencía el {due} y queda pendiente un saldo de {balance}. Si ya la ha pagado, gracias, y por favor ignore este mensaje.}}',
  'mail.tasks.reminder.subject':
    '{kind, select, before {Recordatorio: “{title}” vence el {due}} other {“{title}” vence hoy}}',
  'mail.tasks.reminder.body':
    '{kind, select, before {Un recordatorio de {portal}: la tarea “{title}” ({project}) vence el {due}.} other {La tarea “{title}” ({project}) vence hoy.}}',
  'mail.tasks.digest.subject': '{count, plural, one {# tarea vencida} other {# tareas vencidas}} en {portal}',
  'mail.tasks.digest.body': 'Estas tareas asignadas a usted han superado su fecha de vencimiento:',
  'mail.tasks.digest.line': '{title} ({project}), vencía el {due}',
  'mail.tasks.button': 'Abrir la lista de tareas',
  'mail.tasks.open': 'Abrir la tarea',
  'mail.approval.requested.subject': '{portal}: se solicita su aprobación para "{title}"',
  'mail.approval.reminder.subject': 'Recordatorio: "{title}" espera su aprobación',
  'mail.approval.body': '{account}: "{title}" espera su decisión. Apruébelo o solicite cambios.',
  'mail.approval.due': 'Decida antes del {date}, por favor.',
  'mail.approval.button': 'Revisar y decidir',
  'mail.onboarding.subject': '{portal}: su siguiente paso, "{title}"',
  'mail.onboarding.body': '{account}: un nuevo paso de su incorporación le está esperando: "{title}".',
  'mail.onboarding.button': 'Abrir su lista de pasos',
  'mail.signature.requested.subject': '{portal}: firme "{title}", por favor',
  'mail.signature.reminder.subject': 'Recordatorio: "{title}" espera su firma',
  'mail.signature.body': '{account}: "{title}" espera su firma. Revise el documento y después fírmelo.',
  'mail.signature.expires': 'Firme antes del {date} (UTC), por favor.',
  'mail.signature.button': 'Revisar y firmar',
  'mail.signature.completed.subject': '{portal}: "{title}" ha sido firmado por todos',
  'mail.signature.completed.body':
    '{account}: todas las partes han firmado "{title}". La copia firmada, con su página de certificado, está en los documentos.',
  'mail.signature.completed.button': 'Descargar la copia firmada',
  'mail.order.status.subject':
    'Pedido {number}: {status, select, placed {realizado} paid {pagado} partially_fulfilled {preparado en parte} fulfilled {preparado} shipped {enviado} delivered {entregado} cancelled {cancelado} returned {devuelto} other {actualizado}}',
  'mail.order.status.body':
    '{account}: su pedido {number} está ahora {status, select, placed {realizado} paid {pagado} partially_fulfilled {preparado en parte} fulfilled {preparado y listo para enviar} shipped {en camino} delivered {entregado} cancelled {cancelado} returned {devuelto} other {actualizado}}.',
  'mail.order.status.button': 'Seguir su pedido',
  'mail.webhooks.disabled.subject': 'Se ha desactivado un endpoint de webhook de {portal}',
  'mail.webhooks.disabled.body':
    'Los envíos a {url} fallaron durante unos tres días, por lo que {portal} dejó de enviarle datos. Corrija el endpoint y vuelva a activarlo en la consola; el registro de envíos muestra cada intento.',
  'mail.webhooks.disabled.button': 'Abrir webhooks',
  'mail.signatureCertificate.expiring.subject': 'El certificado de firma de {portal} caduca el {date}',
  'mail.signatureCertificate.expiring.body':
    'El certificado que sella los documentos firmados en {portal} ({subject}) caduca el {date} (UTC), dentro de {days, plural, one {# día} other {# días}}. A partir de entonces no se podrá enviar ningún sobre y los documentos firmados después de esa fecha no se podrán sellar.',
  'mail.signatureCertificate.expiring.action':
    'Sustitúyalo por el certificado renovado de su despacho (.p12 o .pfx), o cree uno nuevo autofirmado, en la página del certificado de firma de la consola.',
  'mail.signatureCertificate.expiring.button': 'Abrir el certificado de firma',
  // Account rights (issue 16): changing one's email.
  'mail.emailChange.code.subject': 'Su código de {portal} para cambiar su dirección de inicio de sesión',
  'mail.emailChange.code.body':
    'Introduzca este código en {portal} para que esta sea su dirección de inicio de sesión: {code}. Funciona una sola vez, durante 15 minutos.',
  'mail.emailChange.taken.subject': 'Alguien intentó usar esta dirección en {portal}',
  'mail.emailChange.taken.body':
    'Alguien pidió trasladar otra cuenta de {portal} a esta dirección, que ya tiene una, así que no se cambió nada. Si fue usted, inicie sesión con esta dirección.',
  'mail.emailChange.notice.subject': 'Se ha cambiado su dirección de inicio de sesión en {portal}',
  'mail.emailChange.notice.body':
    'La dirección de inicio de sesión de su cuenta de {portal} se cambió de esta dirección a {newEmail} el {time} UTC. Si no fue usted, deshaga el cambio en un plazo de 7 días: el enlace restaura esta dirección y cierra la sesión de todos.',
  'mail.emailChange.notice.button': 'Deshacer este cambio',
  'mail.dataExport.subject': 'Sus datos de {portal} están listos para descargar',
  'mail.dataExport.body':
    'La exportación de todo lo que {portal} guarda sobre usted está lista. Inicie sesión y descárguela desde su perfil hasta el {time} UTC; después se eliminará.',
  'mail.dataExport.button': 'Abrir su perfil',
  'mail.deletion.subject': 'Su cuenta de {portal} se eliminará el {date}',
  'mail.deletion.body':
    'Hemos recibido una solicitud para eliminar su cuenta de {portal}. El {date} UTC se borrarán su perfil, sus métodos de acceso y todo lo que haya escrito o subido. Hasta entonces puede cancelar la solicitud desde su perfil.',
  'mail.deletion.button': 'Revisar o cancelar',
  'deletion.anonymousLabel': 'Persona eliminada {tag}',
  'deletion.erasedSubject': 'Ticket n.º {number}',
  'deletion.erasedConversation': 'Conversación',
  'deletion.hold.person': 'Una retención legal sobre esta persona: {reason}',
  'deletion.hold.legal': 'Una retención legal sobre {account}: {reason}',
  'deletion.hold.invoice':
    '{account} tiene {count, plural, one {# factura impagada} other {# facturas impagadas}} y usted es su único miembro.',
  'mail.ssoLinkCode.subject': 'Su código de {portal} para conectar el inicio de sesión único',
  'mail.ssoLinkCode.body':
    'Introduzca este código en la página que se lo pidió para conectar su proveedor de identidad a su cuenta de {portal}. Funciona una sola vez, durante {minutes} minutos:',
  'mail.ssoLinkCode.notYou':
    'Si no intentó iniciar sesión con inicio de sesión único, ignore este correo: no cambia nada.',
  'billing.retainer.overageLine': 'Exceso aprobado de la bolsa de horas "{name}", del {from} al {to}: {hours} h',
  'mail.return.status.subject':
    'Devolución {number}: {status, select, requested {recibida} approved {aprobada} rejected {no aceptada} received {de vuelta con nosotros} inspected {inspeccionada} refunded {reembolsada} exchanged {cambiada} other {actualizada}}',
  'mail.return.status.body':
    '{account}: su devolución {number} del pedido {order} {status, select, requested {se ha recibido. La revisaremos y le indicaremos los siguientes pasos.} approved {se ha aprobado. Siga las instrucciones e imprima la etiqueta de devolución desde el portal.} rejected {no se ha aceptado: {detail}} received {ya ha llegado a nuestras instalaciones.} inspected {se ha inspeccionado.} refunded {se ha reembolsado: {detail}.} exchanged {se ha cambiado. Su artículo de sustitución está en camino.} other {se ha actualizado.}}',
  'mail.return.status.button': 'Ver su devolución',
  'help.title': 'Centro de ayuda',
  'help.home.heading': '¿En qué podemos ayudarle?',
  'help.home.description': 'Respuestas y guías de {name}.',
  'help.home.empty': 'Todavía no hay artículos aquí.',
  'help.category.empty': 'Todavía no hay artículos en esta categoría.',
  'help.status': '{status, select, draft {Borrador} archived {Archivado} other {Publicado}}',
  'help.feedback.question': '¿Le ha resultado útil este artículo?',
  'help.feedback.yes': 'Sí',
  'help.feedback.no': 'No',
  'help.feedback.comment': 'Cuéntenos más (opcional)',
  'help.feedback.send': 'Enviar',
  'help.feedback.thanks': 'Gracias por sus comentarios.',
  'help.related': 'Artículos relacionados',
  'help.search.label': 'Buscar en el centro de ayuda',
  'help.search.button': 'Buscar',
  'help.search.title': 'Búsqueda: {query}',
  'help.search.heading': 'Resultados de búsqueda para «{query}»',
  'help.search.none': 'Ningún artículo coincide con su búsqueda. Pruebe con otras palabras.',
  'help.search.count': '{count, plural, one {# artículo encontrado} other {# artículos encontrados}}',
  'help.search.more': 'Más resultados',
  'help.pages.label': 'Páginas de artículos',
  'help.pages.previous': 'Página anterior',
  'help.pages.next': 'Página siguiente',
  'help.tooMany.title': 'Demasiadas búsquedas',
  'help.tooMany.body':
    'Las búsquedas desde su red están en pausa un momento. Vuelva a intentarlo en un minuto o explore las categorías.',
  'help.notFound.title': 'Página no encontrada',
  'help.notFound.body': 'Esta página no existe, o es posible que deba iniciar sesión para leerla.',
  'help.back': 'Volver al centro de ayuda',
  'help.backToPortal': 'Volver al portal',
  'help.signIn': 'Iniciar sesión',
  'help.footer.terms': 'Condiciones de uso',
  'help.footer.privacy': 'Privacidad',
  'help.language': 'Idioma',
  'help.articleLanguage': 'Este artículo en otros idiomas',
  'helpPreview.gettingStarted': 'Primeros pasos',
  'helpPreview.gettingStartedText': 'Inicie sesión, oriéntese e invite a su equipo.',
  'helpPreview.billing': 'Facturación',
  'helpPreview.billingText': 'Facturas, pagos y recibos.',
  'helpPreview.documents': 'Documentos',
  'helpPreview.documentsText': 'Compartir y solicitar archivos.',
};
