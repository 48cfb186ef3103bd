import type { authMessages as english } from '../en/auth.ts';

export const authMessages = {
  'auth.field.email': 'E-Mail',
  'auth.field.password': 'Passwort',
  'auth.field.newPassword': 'Neues Passwort',
  'auth.field.name': 'Name',
  'auth.field.code': 'Authentifizierungscode',
  'auth.passwordHint':
    'Mindestens 10 Zeichen. Kein gängiges Passwort und weder Ihre E-Mail-Adresse noch der Name dieses Portals.',
  'auth.continue': 'Weiter',
  'auth.backToSignIn': 'Zurück zur Anmeldung',
  'auth.requestNewLink': 'Neuen Link anfordern',
  'auth.useAnotherAccount': 'Ein anderes Konto verwenden',
  'auth.link.incomplete':
    'Dieser Link ist unvollständig oder wurde bereits verwendet. Öffnen Sie den Link aus Ihrer E-Mail erneut.',
  'auth.notice.signedOut': 'Sie wurden abgemeldet.',
  'auth.notice.passwordReset': 'Ihr neues Passwort ist gesetzt. Melden Sie sich jetzt damit an.',
  'auth.signIn.title': 'Anmelden',
  'auth.signIn.heading': 'Bei {portal} anmelden',
  'auth.signIn.submit': 'Anmelden',
  'auth.signIn.forgot': 'Passwort vergessen?',
  'auth.signIn.or': 'oder',
  'auth.signIn.linkHint':
    'Kein Passwort? Geben Sie oben Ihre E-Mail-Adresse ein, und wir senden Ihnen einen Link, mit dem Sie sich anmelden.',
  'auth.signIn.sendLink': 'Anmeldelink senden',
  'auth.signIn.useSso':
    'Ihre Organisation meldet Sie per Single Sign-on an. Verwenden Sie oben die Schaltfläche „Mit … anmelden“.',
  'auth.signIn.useLink':
    'Ihr Konto meldet sich mit einem per E-Mail gesendeten Link an. Verwenden Sie stattdessen „Anmeldelink senden“.',
  'auth.magicLink.sent':
    'Falls diese Adresse einen Anmeldelink verwenden kann, haben wir einen gesendet. Sehen Sie in Ihren E-Mails nach.',
  'auth.magicLink.title': 'Anmeldung abschließen',
  'auth.magicLink.intro': 'Klicken Sie auf „Weiter“, um sich auf diesem Gerät anzumelden.',
  'auth.secondFactor.title': 'Zwei-Faktor-Authentifizierung',
  'auth.secondFactor.intro': 'Öffnen Sie Ihre Authenticator-App, um die Anmeldung abzuschließen.',
  'auth.secondFactor.hint': 'Der 6-stellige Code aus Ihrer App oder einer Ihrer Wiederherstellungscodes.',
  'auth.enrol.title': 'Zwei-Faktor-Authentifizierung einrichten',
  'auth.enrol.intro':
    'Ihre Organisation verlangt die Zwei-Faktor-Authentifizierung. Richten Sie sie mit einer Authenticator-App ein, um fortzufahren.',
  'auth.reset.title': 'Passwort zurücksetzen',
  'auth.reset.intro':
    'Geben Sie Ihre E-Mail-Adresse ein, und wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.',
  'auth.reset.submit': 'Link zum Zurücksetzen senden',
  'auth.reset.sent':
    'Falls es zu dieser Adresse ein Konto gibt, haben wir einen Link zum Zurücksetzen des Passworts gesendet. Sehen Sie in Ihren E-Mails nach.',
  'auth.resetComplete.title': 'Neues Passwort wählen',
  'auth.resetComplete.submit': 'Passwort festlegen',
  'auth.resetComplete.intro':
    'Ein neues Passwort meldet Sie auf allen Geräten ab und widerruft Ihre persönlichen API-Tokens; erstellen Sie danach neue, falls Ihre Integrationen sie brauchen.',
  'auth.invitation.title': 'Einladung annehmen',
  'auth.invitation.toAccount': 'Sie wurden eingeladen, {account} auf {portal} beizutreten.',
  'auth.invitation.toStaff': 'Sie wurden eingeladen, dem Team von {portal} als {role} beizutreten.',
  'auth.invitation.forEmail': 'Einladung für {email}',
  'auth.invitation.existing': 'Für diese Adresse haben Sie bereits eine Anmeldung. Bestätigen Sie mit Ihrem Passwort.',
  'auth.invitation.existingHint': 'Ihr bisheriges Passwort.',
  'auth.invitation.accept': 'Einladung annehmen',
  'auth.invitation.askAgain':
    'Einladungen laufen ab. Bitten Sie die Person, die Sie eingeladen hat, Ihnen eine neue zu senden.',
  'twoFactor.setup.start': 'Zwei-Faktor-Authentifizierung einrichten',
  'twoFactor.setup.scan': 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
  'twoFactor.setup.qrAlt': 'QR-Code für Ihre Authenticator-App',
  'twoFactor.setup.manual': 'Oder geben Sie diesen Schlüssel von Hand ein:',
  'twoFactor.setup.enterCode': 'Geben Sie den 6-stelligen Code ein, den Ihre App anzeigt.',
  'twoFactor.setup.enable': 'Zwei-Faktor-Authentifizierung einschalten',
  'twoFactor.codes.title': 'Wiederherstellungscodes sichern',
  'twoFactor.codes.intro':
    'Mit jedem Code können Sie sich einmal anmelden, falls Sie Ihr Telefon verlieren. Bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt.',
  'twoFactor.codes.copy': 'Codes kopieren',
  'twoFactor.codes.download': 'Codes herunterladen',
  'twoFactor.codes.done': 'Ich habe sie gesichert',
  'twoFactor.codes.copied': 'Wiederherstellungscodes kopiert',
  'twoFactor.codes.copyFailed': 'Kopieren nicht möglich. Markieren Sie die Codes und kopieren Sie sie selbst.',
  'twoFactor.codes.fileHeader': 'Wiederherstellungscodes für {portal}',
} satisfies Record<keyof typeof english, string>;
