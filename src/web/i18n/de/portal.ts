import type { portalMessages as english } from '../en/portal.ts';

export const portalMessages = {
  'nav.main': 'Hauptnavigation',
  'nav.home': 'Start',
  'nav.team': '{kind, select, self_service {Personen} other {Team}}',
  'nav.profile': 'Profil',
  'nav.security': 'Sicherheit',
  'nav.sessions': 'Sitzungen',
  'nav.console': 'Konsole',
  'nav.portal': 'Portal',
  'nav.menu': 'Menü',
  'portal.switcher.label': 'Konto wechseln',
  'portal.switcher.choose': 'Konto wählen',
  'portal.switcher.switched': 'Zu {account} gewechselt',
  'portal.home.title': 'Willkommen, {name}',
  'portal.home.modules': '{kind, select, self_service {Ihr Konto} other {Ihr Arbeitsbereich}}',
  'portal.home.emptyTitle': '{kind, select, self_service {Ihr Konto ist bereit} other {Ihr Arbeitsbereich ist bereit}}',
  'portal.home.emptyBody': 'Funktionen erscheinen hier, sobald Ihr Anbieter sie freischaltet.',
  'portal.home.account': 'Konto',
  'portal.home.accountName': 'Konto',
  'portal.home.role': 'Ihre Rolle',
  'portal.home.signedInAs': 'Angemeldet als',
  'portal.home.noAccountTitle': 'Sie sind noch Mitglied keines Kontos',
  'portal.home.noAccountBody':
    'Sie sind als {email} angemeldet. Sobald jemand Sie einem Konto hinzufügt, erscheint es hier.',
  'portal.team.title': '{kind, select, self_service {Personen} other {Team}}',
  'home.count.tickets.open': '{count, plural, one {# offenes Ticket} other {# offene Tickets}}',
  'home.count.messages.unread': '{count, plural, one {# ungelesene Nachricht} other {# ungelesene Nachrichten}}',
  'home.count.documents.requested':
    '{count, plural, one {# Dateianforderung wartet auf Sie} other {# Dateianforderungen warten auf Sie}}',
  'home.card.nothingNew': 'Nichts Neues',
} satisfies Record<keyof typeof english, string>;
