import type {
  accountRightsMessages as englishAccountRights,
  dataExportMessages as englishDataExport,
} from '../en/account-rights.ts';

export const accountRightsMessages = {
  'profile.field.phone': 'Telefon',
  'profile.phoneHint': 'Optional. Mitarbeitende können Sie zu Ihren Anfragen anrufen.',
  'emailChange.title': 'Anmeldeadresse',
  'emailChange.current': 'Sie melden sich als {email} an.',
  'emailChange.intro':
    'Geben Sie zum Ändern die neue Adresse ein. Wir senden einen 6-stelligen Code dorthin; die alte Adresse erhält einen Hinweis mit einem Link, der die Änderung 7 Tage lang rückgängig macht. Ihre anderen Sitzungen werden abgemeldet.',
  'emailChange.field.newEmail': 'Neue E-Mail-Adresse',
  'emailChange.send': 'Code senden',
  'emailChange.pending': 'Wir haben einen Code an {email} gesendet. Er funktioniert einmal, bis {time}.',
  'emailChange.field.code': 'Code aus der E-Mail',
  'emailChange.confirm': 'Adresse ändern',
  'emailChange.cancel': 'Änderung abbrechen',
  'emailChange.changed': 'Ihre Anmeldeadresse ist jetzt {email}',
  'emailChange.undo.title': 'Adressänderung rückgängig machen',
  'emailChange.undo.intro':
    'Damit wird Ihre vorherige Anmeldeadresse wiederhergestellt und jede Sitzung abgemeldet, auch die der Person, die die Änderung vorgenommen hat. Melden Sie sich dann mit Ihrer vorherigen Adresse an und setzen Sie Ihr Passwort zurück, falls Sie nicht sicher sind, dass es noch sicher ist.',
  'emailChange.undo.submit': 'Änderung rückgängig machen',
  'emailChange.undo.done':
    'Ihre vorherige Adresse ist wiederhergestellt, und jede Sitzung wurde abgemeldet. Melden Sie sich erneut an.',
} satisfies Record<keyof typeof englishAccountRights, string>;

export const dataExportMessages = {
  'dataExport.title': 'Ihre Daten',
  'dataExport.intro':
    'Laden Sie alles herunter, was dieses Portal über Sie gespeichert hat: Ihr Profil, Mitgliedschaften, von Ihnen verfasste Nachrichten und Tickets, Sitzungen, das Sicherheitsprotokoll zu Ihrer Person und die von Ihnen hochgeladenen Dateien, als ZIP mit JSON-Dateien und den Originalen. Der Export wird im Hintergrund erstellt; wir senden Ihnen eine E-Mail, sobald er bereit ist, und der Download funktioniert 7 Tage lang.',
  'dataExport.request': 'Meine Daten herunterladen',
  'dataExport.pending': 'Ihr Export wird erstellt (angefordert {time}). Diese Seite aktualisiert sich selbst.',
  'dataExport.ready': 'Ihr Export ist bereit: {size}. Der Link funktioniert bis {time}.',
  'dataExport.download': 'ZIP herunterladen',
  'dataExport.requestAgain': 'Neuen Export erstellen',
  'dataExport.failed': 'Ihr letzter Export konnte nicht erstellt werden. Fordern Sie ihn erneut an.',
  'dataExport.expired': 'Ihr letzter Export ist abgelaufen.',
  'dataExport.requested': 'Wir erstellen Ihren Export',
} satisfies Record<keyof typeof englishDataExport, string>;
