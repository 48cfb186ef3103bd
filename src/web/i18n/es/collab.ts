import type { collabMessages as en } from '../en/collab.ts';

export const collabMessages = {
  'collab.thread.empty': 'Aún no hay mensajes. Inicie la conversación.',
  'collab.thread.feed': 'Mensajes: {title}',
  'collab.documentFeedback.title': 'Comentarios',
  'collab.documentFeedback.about':
    'Sobre la versión {number}. Todas las personas que pueden ver este archivo leen los comentarios.',
  'collab.documentFeedback.version': 'Conversación sobre',
  'collab.documentFeedback.versionOption': 'Versión {number}',
  'collab.documentFeedback.versionCurrent': 'Versión {number} (actual)',
  'collab.documentFeedback.earlier': 'Esta es la conversación de una versión anterior.',
  'collab.documentFeedback.internal': 'Solo el personal ve este archivo y sus comentarios.',
  'collab.forms.createTask': 'Abrir una tarea por cada envío',
  'collab.forms.createTaskHint':
    'Una tarea para revisar las respuestas, asignada a quien creó este formulario, en el proyecto de la cuenta con el nombre del formulario.',
  'collab.forms.openTask': 'Tarea de revisión',
} satisfies Record<keyof typeof en, string>;
