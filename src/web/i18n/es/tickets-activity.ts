import type { ticketsActivityMessages as en } from '../en/tickets-activity.ts';

/** The staff ticket page's activity history (who changed which field). */
export const ticketsActivityMessages = {
  'tc.activity.title': 'Actividad',
  'tc.activity.empty': 'Todavía no hay cambios.',
  'tc.activity.system': 'Sistema',
  'tc.activity.change': '{field}: {from} → {to}',
  'tc.activity.mergedInto': 'Fusionado en {ticket}',
  'tc.activity.none': 'ninguno',
  'tc.activity.deleted': 'eliminado',
  'tc.activity.field.status': 'Estado',
  'tc.activity.field.priority': 'Prioridad',
  'tc.activity.field.assignee': 'Asignado a',
  'tc.activity.field.group': 'Grupo',
  'tc.activity.field.tags': 'Etiquetas',
  'tc.activity.field.customField': 'Campo personalizado',
  'tc.activity.field.subject': 'Asunto',
  'tc.activity.field.ccs': 'CC',
  'tc.activity.field.mergedInto': 'Fusionado en',
} satisfies Record<keyof typeof en, string>;
