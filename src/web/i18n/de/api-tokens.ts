import type { apiTokenMessages as english } from '../en/api-tokens.ts';

export const apiTokenMessages = {
  'nav.apiTokens': 'API-Tokens',
  'apiTokens.title': 'API-Tokens',
  'apiTokens.intro':
    'Mit Tokens nutzen Ihre eigenen Skripte und Integrationen die Portico-API in Ihrem Namen und mit Ihren Rechten. Senden Sie eines als „Authorization: Bearer …“. Sie können weder Ihr Passwort noch Ihre Sitzungen oder Tokens ändern. Ein Zurücksetzen Ihres Passworts per E-Mail widerruft alle.',
  'apiTokens.create.title': 'Token erstellen',
  'apiTokens.field.name': 'Name des Tokens',
  'apiTokens.field.nameHint': 'Was es verwendet, zum Beispiel „Buchhaltungsabgleich“.',
  'apiTokens.field.write': 'Änderungen erlauben (Schreibrecht)',
  'apiTokens.field.writeHint': 'Ohne dieses kann das Token nur lesen.',
  'apiTokens.field.expires': 'Läuft ab nach (Tagen)',
  'apiTokens.create.submit': 'Token erstellen',
  'apiTokens.created.title': 'Kopieren Sie Ihr neues Token jetzt',
  'apiTokens.created.intro':
    'Es wird nur dieses eine Mal angezeigt. Speichern Sie es in den geheimen Einstellungen Ihrer Integration.',
  'apiTokens.created.copy': 'Token kopieren',
  'apiTokens.created.copied': 'Token kopiert',
  'apiTokens.created.done': 'Ich habe es gespeichert',
  'apiTokens.empty': 'Sie haben keine API-Tokens.',
  'apiTokens.scope.read': 'lesen',
  'apiTokens.scope.write': 'schreiben',
  'apiTokens.status.active': 'Aktiv',
  'apiTokens.status.expired': 'Abgelaufen',
  'apiTokens.status.revoked': 'Widerrufen',
  'apiTokens.meta': 'Rechte: {scopes} · läuft ab {expires} · zuletzt verwendet {lastUsed}',
  'apiTokens.neverUsed': 'nie',
  'apiTokens.revoke': 'Widerrufen',
  'apiTokens.revokeNamed': 'Token {name} widerrufen',
  'apiTokens.revoked': 'Token widerrufen',
} satisfies Record<keyof typeof english, string>;
