import type { ticketsPortalMessages as en } from '../en/tickets-portal.ts';

/** Tickets as customers see them (portal), shared labels (status, priority) and the public rating page. */
export const ticketsPortalMessages = {
  'nav.tickets': 'Tickets',

  // Shared labels (the console uses them too)
  'tickets.status.new': 'Nuevo',
  'tickets.status.open': 'Abierto',
  'tickets.status.pending_customer': 'Pendiente de su respuesta',
  'tickets.status.on_hold': 'En espera',
  'tickets.status.solved': 'Resuelto',
  'tickets.status.closed': 'Cerrado',
  'tickets.priority.low': 'Baja',
  'tickets.priority.normal': 'Normal',
  'tickets.priority.high': 'Alta',
  'tickets.priority.urgent': 'Urgente',
  'tickets.number': '#{number}',
  'tickets.replyBy': 'Le responderemos antes de {time}',
  'tickets.replyByOverdue': 'Queríamos responder antes de {time}; estamos en ello',

  // My tickets
  'tickets.portal.title': 'Tickets',
  'tickets.portal.intro': 'Sus solicitudes de soporte y su estado.',
  'tickets.portal.new': 'Nuevo ticket',
  'tickets.portal.list': 'Sus tickets',
  'tickets.portal.filter': 'Mostrar',
  'tickets.portal.filter.open': 'Tickets abiertos',
  'tickets.portal.filter.done': 'Resueltos y cerrados',
  'tickets.portal.filter.all': 'Todos los tickets',
  'tickets.portal.empty': 'No hay tickets aquí.',
  'tickets.portal.emptyHint':
    'Muchas preguntas tienen respuesta en el centro de ayuda. Si la suya no, abra un ticket y le responderemos.',
  'tickets.portal.openHelp': 'Buscar en el centro de ayuda',
  'tickets.portal.updated': 'Actualizado {time}',
  'tickets.portal.requestedBy': 'Solicitado por {name}',
  'tickets.portal.unread': '{count, plural, one {# mensaje nuevo} other {# mensajes nuevos}}',
  'tickets.portal.noAccount': 'Los tickets pertenecen a una cuenta; todavía no es miembro de ninguna.',

  // New ticket
  'tickets.new.title': 'Nuevo ticket',
  'tickets.new.intro': 'Díganos qué necesita. Le responderemos por correo electrónico y aquí.',
  'tickets.new.subject': 'Asunto',
  'tickets.new.subjectHint': 'Un breve resumen, por ejemplo “No puedo descargar mi factura”.',
  'tickets.new.description': 'Descripción',
  'tickets.new.descriptionHint': 'Qué ocurrió, qué esperaba y lo que ya haya probado. Se admite Markdown.',
  'tickets.new.ccs':
    '{kind, select, self_service {Poner en copia a personas de su cuenta} other {Poner en copia a personas de su equipo}}',
  'tickets.new.ccsHint': 'Verán el ticket y recibirán sus respuestas.',
  'tickets.new.fields': 'Detalles',
  'tickets.new.required': 'obligatorio',
  'tickets.new.selectNone': 'Elegir…',
  'tickets.new.submit': 'Enviar ticket',
  'tickets.new.sending': 'Enviando…',
  'tickets.new.suggestions': 'Estos artículos pueden responder a su pregunta',
  'tickets.new.suggestionsHint': 'Abrir uno conserva su borrador: vuelva con el botón Atrás.',
  'tickets.new.back': 'Volver a los tickets',
  'tickets.new.created': 'Se ha enviado el ticket #{number}. Le avisaremos cuando respondamos.',

  // Ticket page
  'tickets.page.back': 'Todos los tickets',
  'tickets.page.status': 'Estado',
  'tickets.page.priority': 'Prioridad',
  'tickets.page.requester': 'Solicitante',
  'tickets.page.ccs': 'En copia',
  'tickets.page.created': 'Creado',
  'tickets.page.updated': 'Actualizado',
  'tickets.page.account': 'Cuenta',
  'tickets.page.details': 'Detalles del ticket',
  'tickets.page.conversation': 'Conversación',
  'tickets.page.noMessages': 'Todavía no hay mensajes.',
  'tickets.page.olderMessages': 'Mostrar mensajes anteriores',
  'tickets.page.replyLabel': 'Su respuesta',
  'tickets.page.send': 'Enviar respuesta',
  'tickets.page.reopenHint': 'Este ticket está resuelto. Si responde, se volverá a abrir.',
  'tickets.page.cannotReply':
    'Este ticket ya no se puede volver a abrir. Abra un ticket nuevo e indique el número #{number}.',
  'tickets.page.markSolved': 'Marcar como resuelto',
  'tickets.page.markSolvedConfirm':
    '¿Marcar este ticket como resuelto? Durante un tiempo aún podrá responder para volver a abrirlo.',
  'tickets.page.solved': 'Ticket marcado como resuelto.',
  'tickets.page.merged': 'Este ticket se fusionó con otro.',
  'tickets.page.mergedLink': 'Abrir el ticket con el que se fusionó',
  'tickets.page.newMessage': 'Nuevo mensaje de {name}',
  'tickets.page.updatedLive': 'Este ticket se ha actualizado.',

  // Satisfaction (portal widget and the emailed link)
  'tickets.rating.title': '¿Qué tal lo hicimos?',
  'tickets.rating.good': 'Bien, estoy conforme',
  'tickets.rating.bad': 'Mal, no estoy conforme',
  'tickets.rating.comment': '¿Desea añadir algo? (opcional)',
  'tickets.rating.send': 'Enviar valoración',
  'tickets.rating.sending': 'Enviando…',
  'tickets.rating.thanks': 'Gracias por su opinión.',
  'tickets.rating.yours': 'Su valoración de este ticket: {rating}.',
  'tickets.rating.goodShort': 'Bien',
  'tickets.rating.badShort': 'Mal',
  'tickets.rate.title': 'Valore su experiencia con el soporte',
  'tickets.rate.intro': 'Su valoración solo se envía cuando pulsa “Enviar valoración”.',
  'tickets.rate.missing':
    'Este enlace de valoración está incompleto. Copie el enlace completo del correo electrónico, o inicie sesión y valore el ticket desde su página.',
  'tickets.rate.expired':
    'Este enlace de valoración ha caducado. Aún puede valorar el ticket desde su página después de iniciar sesión.',
  'tickets.rate.unknown': 'Este enlace de valoración no es válido. Compruebe que ha copiado el enlace completo.',
  'tickets.rate.signIn': 'Iniciar sesión',
} satisfies Record<keyof typeof en, string>;
