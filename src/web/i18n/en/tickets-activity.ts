/** The staff ticket page's activity history (who changed which field). */
export const ticketsActivityMessages = {
  'tc.activity.title': 'Activity',
  'tc.activity.empty': 'No changes yet.',
  'tc.activity.system': 'System',
  'tc.activity.change': '{field}: {from} → {to}',
  'tc.activity.mergedInto': 'Merged into {ticket}',
  'tc.activity.none': 'none',
  'tc.activity.deleted': 'deleted',
  'tc.activity.field.status': 'Status',
  'tc.activity.field.priority': 'Priority',
  'tc.activity.field.assignee': 'Assignee',
  'tc.activity.field.group': 'Group',
  'tc.activity.field.tags': 'Tags',
  'tc.activity.field.customField': 'Custom field',
  'tc.activity.field.subject': 'Subject',
  'tc.activity.field.ccs': 'CCs',
  'tc.activity.field.mergedInto': 'Merged into',
} as const;
