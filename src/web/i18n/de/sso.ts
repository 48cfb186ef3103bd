import type { ssoMessages as english } from '../en/sso.ts';

export const ssoMessages = {
  'signInMethod.sso': 'Single Sign-on (OpenID Connect)',
  'sso.policyHint':
    'Passwort und Anmeldelinks: Diese beiden ankreuzen. Nur SSO: Nur Single Sign-on ankreuzen. SSO oder Passwort: Beides ankreuzen. Den Anbieter fügen Sie unter Konsole › Single Sign-on hinzu.',
  'sso.button': 'Mit {name} anmelden',
  'sso.error.invalid_state':
    'Diese Anmeldung wurde nicht hier begonnen, ist abgelaufen oder wurde bereits verwendet. Versuchen Sie es erneut.',
  'sso.error.provider_error':
    'Die Antwort Ihres Identitätsanbieters konnte nicht geprüft werden. Versuchen Sie es erneut.',
  'sso.error.email_not_verified':
    'Ihr Identitätsanbieter hat Ihre E-Mail-Adresse nicht bestätigt, daher kann er Sie nicht anmelden.',
  'sso.error.domain_not_allowed': 'Die Domain Ihrer E-Mail-Adresse darf sich nicht über diesen Anbieter anmelden.',
  'sso.error.not_invited': 'Sie haben noch keinen Zugang zu diesem Portal. Bitten Sie um eine Einladung.',
  'sso.error.not_allowed': 'Dieser Anbieter meldet Sie hier nicht an. Verwenden Sie Ihre übliche Anmeldung.',
  'sso.error.link_needs_password':
    'Sie haben bereits ein Konto. Melden Sie sich mit einem per E-Mail gesendeten Link an und legen Sie zuerst ein Passwort fest; verwenden Sie dann Single Sign-on.',
  'sso.error.unknown_provider': 'Diesen Anmeldeanbieter gibt es nicht mehr.',
  'sso.link.title': 'Single Sign-on verbinden',
  'sso.link.intro':
    'Ein Konto mit dieser E-Mail-Adresse existiert bereits. Geben Sie einmal sein Passwort ein, um es mit Ihrem Identitätsanbieter zu verbinden.',
  'sso.link.submit': 'Verbinden und anmelden',
  'sso.link.missing': 'Dieser Link ist unvollständig. Starten Sie Single Sign-on erneut auf der Anmeldeseite.',
  'sso.console.nav': 'Single Sign-on',
  'sso.console.title': 'Single Sign-on',
  'sso.console.intro':
    'OpenID-Connect-Anbieter: einer für Mitarbeitende und einer oder mehrere für die Personen eines Segments. Registrieren Sie die bei jedem Anbieter angezeigte Weiterleitungs-URI bei Ihrem Identitätsanbieter.',
  'sso.console.empty': 'Noch kein Anbieter.',
  'sso.console.add': 'Anbieter hinzufügen',
  'sso.console.edit': '{name} bearbeiten',
  'sso.field.name': 'Name auf der Schaltfläche',
  'sso.field.issuer': 'Aussteller-URL',
  'sso.field.issuerHint': 'Sein Discovery-Dokument wird unter /.well-known/openid-configuration gelesen.',
  'sso.field.clientId': 'Client-ID',
  'sso.field.clientSecret': 'Client-Geheimnis',
  'sso.field.clientSecretKeep': 'Leer lassen, um das gespeicherte Geheimnis zu behalten (es wird nie angezeigt).',
  'sso.field.scopes': 'Scopes (durch Leerzeichen getrennt)',
  'sso.field.emailClaim': 'Claim mit der E-Mail-Adresse',
  'sso.field.allowedDomains': 'Erlaubte E-Mail-Domains (durch Kommas getrennt)',
  'sso.field.audience': 'Wer sich damit anmeldet',
  'sso.audience.staff': 'Mitarbeitende der Firma',
  'sso.audience.segment': 'Personen eines Segments',
  'sso.field.segment': 'Segment',
  'sso.field.jit': 'Personen bei der ersten Anmeldung anlegen (Domain Konto Rolle, eine pro Zeile)',
  'sso.field.jitHint': 'Zum Beispiel: acme.example 0190… member. Sonst müssen Personen bereits ein Konto haben.',
  'sso.col.name': 'Name',
  'sso.col.for': 'Für',
  'sso.col.redirect': 'Weiterleitungs-URI',
  'sso.save': 'Anbieter speichern',
  'sso.test': 'Discovery testen',
  'sso.tested.ok': 'Discovery erfolgreich: {issuer}',
  'sso.tested.failed': 'Discovery fehlgeschlagen: {message}',
  'sso.delete': 'Entfernen',
  'sso.saved': 'Anbieter gespeichert.',
} satisfies Record<keyof typeof english, string>;
