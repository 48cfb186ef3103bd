import type { portalMessages as en } from '../en/portal.ts';

export const portalMessages = {
  'nav.main': 'Principal',
  'nav.home': 'Accueil',
  'nav.team': '{kind, select, self_service {Personnes} other {Équipe}}',
  'nav.profile': 'Profil',
  'nav.security': 'Sécurité',
  'nav.sessions': 'Sessions',
  'nav.console': 'Console',
  'nav.portal': 'Portail',
  'nav.menu': 'Menu',
  'portal.switcher.label': 'Changer de compte',
  'portal.switcher.choose': 'Choisir un compte',
  'portal.switcher.switched': 'Vous êtes maintenant sur le compte {account}',
  'portal.home.title': 'Bienvenue, {name}',
  'portal.home.modules': '{kind, select, self_service {Votre compte} other {Votre espace de travail}}',
  'portal.home.emptyTitle':
    '{kind, select, self_service {Votre compte est prêt} other {Votre espace de travail est prêt}}',
  'portal.home.emptyBody': 'Les fonctionnalités apparaissent ici à mesure que votre prestataire les active.',
  'portal.home.account': 'Compte',
  'portal.home.accountName': 'Compte',
  'portal.home.role': 'Votre rôle',
  'portal.home.signedInAs': 'Connecté(e) en tant que',
  'portal.home.noAccountTitle': 'Vous n’êtes encore membre d’aucun compte',
  'portal.home.noAccountBody':
    'Vous êtes connecté(e) en tant que {email}. Lorsque quelqu’un vous ajoutera à un compte, il apparaîtra ici.',
  'portal.team.title': '{kind, select, self_service {Personnes} other {Équipe}}',
  // The portal home's cards: one `home.count.<key>` per count key the server sends.
  'home.count.tickets.open': '{count, plural, one {# ticket ouvert} other {# tickets ouverts}}',
  'home.count.messages.unread': '{count, plural, one {# message non lu} other {# messages non lus}}',
  'home.count.documents.requested':
    '{count, plural, one {# demande de fichiers vous attend} other {# demandes de fichiers vous attendent}}',
  'home.card.nothingNew': 'Rien de nouveau',
} satisfies Record<keyof typeof en, string>;
