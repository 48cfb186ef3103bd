export const messagingSettingsMessages = {
  'messagingSettings.title': 'Message emails',
  'messagingSettings.hide': 'Hide message content in emails',
  'messagingSettings.hideHint':
    'For confidential practices: emails only say “You have a new message from …” and link to the portal.',
  'messagingSettings.grouping': 'Minutes between emails about one conversation',
  'messagingSettings.groupingHint': 'Messages that arrive within this time are grouped into one email per person.',
  'messagingSettings.inbound': 'People can reply by email; replies arrive through {domain}.',
  'messagingSettings.noInbound': 'Reply by email is off (no inbound email domain is configured).',
  'messagingSettings.save': 'Save message email settings',
  'messagingSettings.saved': 'Message email settings saved',
} as const;
