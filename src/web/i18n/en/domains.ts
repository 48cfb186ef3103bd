export const domainsMessages = {
  'domains.title': 'Domains',
  'domains.intro':
    'Give this segment’s portal and help center addresses of their own. Its people sign in there, and every link in their emails points there. Point the domain’s DNS at this server and put TLS in front (see the operations guide).',
  'domains.readOnly': 'Only owners and admins can change domains.',
  'domains.field.portal': 'Portal domain',
  'domains.field.portalHint': 'A host name such as clients.example.com. Empty: the portal’s main address.',
  'domains.field.help': 'Help center domain',
  'domains.field.helpHint': 'Empty: the help center is on the portal domain.',
  'domains.links': 'Emailed links go to {portal}; the help center is at {help}.',
  'domains.save': 'Save domains',
  'domains.saved': 'Domains saved',
} as const;

/** The portal's footer (the branding's terms, privacy and support links). */
export const footerMessages = {
  'footer.label': '{portal} links',
  'footer.terms': 'Terms of service',
  'footer.privacy': 'Privacy policy',
} as const;
