import type { domainsMessages as englishDomains, footerMessages as englishFooter } from '../en/domains.ts';

export const domainsMessages = {
  'domains.title': 'Domains',
  'domains.intro':
    'Geben Sie dem Portal und dem Hilfe-Center dieses Segments eigene Adressen. Seine Personen melden sich dort an, und jeder Link in ihren E-Mails führt dorthin. Richten Sie das DNS der Domain auf diesen Server und schalten Sie TLS davor (siehe Betriebshandbuch).',
  'domains.readOnly': 'Nur Inhaber und Admins können Domains ändern.',
  'domains.field.portal': 'Domain des Portals',
  'domains.field.portalHint': 'Ein Hostname wie kunden.example.com. Leer: die Hauptadresse des Portals.',
  'domains.field.help': 'Domain des Hilfe-Centers',
  'domains.field.helpHint': 'Leer: Das Hilfe-Center liegt auf der Domain des Portals.',
  'domains.links': 'Links in E-Mails führen zu {portal}; das Hilfe-Center liegt unter {help}.',
  'domains.save': 'Domains speichern',
  'domains.saved': 'Domains gespeichert',
} satisfies Record<keyof typeof englishDomains, string>;

export const footerMessages = {
  'footer.label': 'Links von {portal}',
  'footer.terms': 'Nutzungsbedingungen',
  'footer.privacy': 'Datenschutzerklärung',
} satisfies Record<keyof typeof englishFooter, string>;
