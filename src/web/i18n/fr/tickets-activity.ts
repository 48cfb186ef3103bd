import type { ticketsActivityMessages as en } from '../en/tickets-activity.ts';

/** The staff ticket page's activity history (who changed which field). */
export const ticketsActivityMessages = {
  'tc.activity.title': 'Activité',
  'tc.activity.empty': 'Aucune modification pour l’instant.',
  'tc.activity.system': 'Système',
  'tc.activity.change': '{field} : {from} → {to}',
  'tc.activity.mergedInto': 'Fusionné dans {ticket}',
  'tc.activity.none': 'aucun',
  'tc.activity.deleted': 'supprimé',
  'tc.activity.field.status': 'Statut',
  'tc.activity.field.priority': 'Priorité',
  'tc.activity.field.assignee': 'Responsable',
  'tc.activity.field.group': 'Groupe',
  'tc.activity.field.tags': 'Étiquettes',
  'tc.activity.field.customField': 'Champ personnalisé',
  'tc.activity.field.subject': 'Objet',
  'tc.activity.field.ccs': 'Copies',
  'tc.activity.field.mergedInto': 'Fusionné dans',
} satisfies Record<keyof typeof en, string>;
