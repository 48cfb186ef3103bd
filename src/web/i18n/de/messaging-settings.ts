import type { messagingSettingsMessages as english } from '../en/messaging-settings.ts';

export const messagingSettingsMessages = {
  'messagingSettings.title': 'Nachrichten-E-Mails',
  'messagingSettings.hide': 'Nachrichteninhalt in E-Mails ausblenden',
  'messagingSettings.hideHint':
    'Für vertrauliche Kanzleien: E-Mails sagen nur „Sie haben eine neue Nachricht von …“ und verlinken auf das Portal.',
  'messagingSettings.grouping': 'Minuten zwischen E-Mails zu einer Unterhaltung',
  'messagingSettings.groupingHint':
    'Nachrichten, die innerhalb dieser Zeit eintreffen, werden je Person zu einer E-Mail zusammengefasst.',
  'messagingSettings.inbound': 'Personen können per E-Mail antworten; Antworten kommen über {domain} an.',
  'messagingSettings.noInbound': 'Antworten per E-Mail ist aus (keine Domain für eingehende E-Mails konfiguriert).',
  'messagingSettings.save': 'Einstellungen für Nachrichten-E-Mails speichern',
  'messagingSettings.saved': 'Einstellungen für Nachrichten-E-Mails gespeichert',
} satisfies Record<keyof typeof english, string>;
