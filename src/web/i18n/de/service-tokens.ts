import type { serviceTokenMessages as english } from '../en/service-tokens.ts';

export const serviceTokenMessages = {
  'console.nav.integrations': 'Integrationen',
  'serviceTokens.title': 'Integrationen',
  'serviceTokens.intro':
    'Tokens, die der Kanzlei gehören, nicht einer Person: Sie funktionieren weiter, wenn die Person, die sie erstellt hat, geht. Eine Integration handelt für die Kanzlei im Rahmen ihrer Zugriffe und erscheint im Audit-Protokoll als „Integration: Name“.',
  'serviceTokens.create.title': 'Neues Integrations-Token',
  'serviceTokens.field.name': 'Name der Integration',
  'serviceTokens.field.nameHint': 'Wofür es genutzt wird, zum Beispiel „Shop-Bestellabgleich“.',
  'serviceTokens.create.submit': 'Integrations-Token erstellen',
  'serviceTokens.empty': 'Es gibt noch keine Integrations-Tokens.',
  'serviceTokens.listLabel': 'Integrations-Tokens',
  'serviceTokens.madeBy': 'Erstellt von {name} am {date}',
  'serviceTokens.formerStaff': 'einem ehemaligen Teammitglied',
  'serviceTokens.revoke.title': 'Integration „{name}“ widerrufen?',
  'serviceTokens.revoke.body':
    'Alles, was dieses Token nutzt, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.',
  'serviceTokens.field.rpm': 'Anfragen pro Minute',
  'serviceTokens.field.rpmHint':
    'Leer lassen für den Standard des Portals ({default}). Höchstens {max}; darüber muss die Integration warten.',
  'serviceTokens.rpm.labelNamed': 'Anfragen pro Minute für „{name}“',
  'serviceTokens.rpm.save': 'Limit speichern',
  'serviceTokens.rpm.saved': 'Limit gespeichert.',
  'serviceTokens.rpm.current': 'Anfragen pro Minute: {rpm}',
  'serviceTokens.authorAs': 'Was sie schreibt, erscheint als „{name}“.',
  'audit.integration': 'Integration: {name}',
} satisfies Record<keyof typeof english, string>;
