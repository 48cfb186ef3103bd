import type { ticketsActivityMessages as english } from '../en/tickets-activity.ts';

export const ticketsActivityMessages = {
  'tc.activity.title': 'Aktivität',
  'tc.activity.empty': 'Noch keine Änderungen.',
  'tc.activity.system': 'System',
  'tc.activity.change': '{field}: {from} → {to}',
  'tc.activity.mergedInto': 'Zusammengeführt in {ticket}',
  'tc.activity.none': 'keine',
  'tc.activity.deleted': 'gelöscht',
  'tc.activity.field.status': 'Status',
  'tc.activity.field.priority': 'Priorität',
  'tc.activity.field.assignee': 'Zuständig',
  'tc.activity.field.group': 'Gruppe',
  'tc.activity.field.tags': 'Schlagwörter',
  'tc.activity.field.customField': 'Benutzerdefiniertes Feld',
  'tc.activity.field.subject': 'Betreff',
  'tc.activity.field.ccs': 'Kopien',
  'tc.activity.field.mergedInto': 'Zusammengeführt in',
} satisfies Record<keyof typeof english, string>;
