import type { meMessages as english } from '../en/me.ts';

export const meMessages = {
  'profile.title': 'Profil',
  'profile.field.locale': 'Sprache',
  'profile.localeHint':
    'Ein Sprachcode wie de-DE, der auch Datums- und Zahlenformate bestimmt. Leer lassen, um die Ihres Browsers zu verwenden ({browser}).',
  'profile.languageAuto': 'Automatisch: die des Browsers ({browser}), sonst die Ihres Segments',
  'profile.languageHint':
    'Die Sprache des Portals und der E-Mails, die Sie erhalten. Sie bestimmt auch, wie Datums- und Zahlenangaben aussehen.',
  'profile.field.timeZone': 'Zeitzone',
  'profile.timeZoneBrowser': 'Zeitzone meines Browsers verwenden ({zone})',
  'profile.saved': 'Profil gespeichert',
  'security.title': 'Sicherheit',
  'security.field.currentPassword': 'Aktuelles Passwort',
  'security.password.title': 'Passwort ändern',
  'security.password.intro':
    'Eine Passwortänderung meldet Sie auf allen anderen Geräten ab. Ein Zurücksetzen per E-Mail meldet Sie überall ab und widerruft zusätzlich Ihre API-Tokens.',
  'security.password.submit': 'Passwort ändern',
  'security.password.changed': 'Passwort geändert. Sie wurden auf allen anderen Geräten abgemeldet.',
  'security.twoFactor.title': 'Zwei-Faktor-Authentifizierung',
  'security.twoFactor.on': 'An',
  'security.twoFactor.off': 'Aus',
  'security.twoFactor.intro':
    'Schützen Sie Ihre Anmeldung mit einem Code aus einer Authenticator-App auf Ihrem Telefon.',
  'security.twoFactor.confirmIntro':
    'Erzeugen Sie neue Wiederherstellungscodes (die alten verlieren ihre Gültigkeit) oder schalten Sie die Zwei-Faktor-Authentifizierung aus. Liegt Ihre Anmeldung schon länger zurück, werden Sie zuerst nach Ihrem Passwort gefragt.',
  'stepUp.title': 'Bestätigen Sie, dass Sie es sind',
  'stepUp.intro': 'Geben Sie für diese Änderung Ihr Passwort erneut ein.',
  'stepUp.introCode': 'Geben Sie für diese Änderung einen Code aus Ihrer Authenticator-App ein.',
  'stepUp.submit': 'Bestätigen',
  'stepUp.useCode': 'Stattdessen einen Code aus meiner Authenticator-App verwenden',
  'stepUp.usePassword': 'Stattdessen mein Passwort verwenden',
  'security.twoFactor.regenerate': 'Neue Wiederherstellungscodes erzeugen',
  'security.twoFactor.disable': 'Zwei-Faktor-Authentifizierung ausschalten',
  'security.twoFactor.disabled': 'Die Zwei-Faktor-Authentifizierung ist aus.',
  'security.twoFactor.enabled': 'Die Zwei-Faktor-Authentifizierung ist an.',
  'security.twoFactor.requiredNote':
    'Ihre Organisation verlangt die Zwei-Faktor-Authentifizierung, daher lässt sie sich nicht ausschalten.',
  'sessions.title': 'Meine Sitzungen',
  'sessions.intro': 'Geräte, auf denen Sie angemeldet sind. Widerrufen Sie alle, die Sie nicht kennen.',
  'sessions.unknownDevice': 'Unbekanntes Gerät',
  'sessions.browserOnOs': '{browser} unter {os}',
  'sessions.thisDevice': 'Dieses Gerät',
  'sessions.ip': 'IP {ip}',
  'sessions.lastSeen': 'Zuletzt aktiv {when}',
  'sessions.started': 'Angemeldet {when}',
  'sessions.revoke': 'Widerrufen',
  'sessions.revokeNamed': 'Sitzung auf {device} widerrufen',
  'sessions.revoked': 'Sitzung widerrufen',
} satisfies Record<keyof typeof english, string>;
