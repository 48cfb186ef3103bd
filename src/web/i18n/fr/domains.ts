import type { domainsMessages as en, footerMessages as enFooter } from '../en/domains.ts';

export const domainsMessages = {
  'domains.title': 'Domaines',
  'domains.intro':
    'Donnez au portail et au centre d’aide de ce segment leurs propres adresses. Ses personnes s’y connectent, et chaque lien de leurs e-mails y mène. Faites pointer le DNS du domaine vers ce serveur et placez le TLS devant (voir le guide d’exploitation).',
  'domains.readOnly': 'Seuls les propriétaires et les administrateurs peuvent modifier les domaines.',
  'domains.field.portal': 'Domaine du portail',
  'domains.field.portalHint': 'Un nom d’hôte comme clients.example.com. Vide : l’adresse principale du portail.',
  'domains.field.help': 'Domaine du centre d’aide',
  'domains.field.helpHint': 'Vide : le centre d’aide se trouve sur le domaine du portail.',
  'domains.links': 'Les liens envoyés par e-mail mènent à {portal} ; le centre d’aide se trouve à {help}.',
  'domains.save': 'Enregistrer les domaines',
  'domains.saved': 'Domaines enregistrés',
} satisfies Record<keyof typeof en, string>;

/** The portal's footer (the branding's terms, privacy and support links). */
export const footerMessages = {
  'footer.label': 'Liens de {portal}',
  'footer.terms': 'Conditions d’utilisation',
  'footer.privacy': 'Politique de confidentialité',
} satisfies Record<keyof typeof enFooter, string>;
