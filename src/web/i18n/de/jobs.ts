import type { jobMessages as english } from '../en/jobs.ts';

export const jobMessages = {
  'console.nav.jobs': 'Versandwarteschlange',
  'jobs.title': 'Versandwarteschlange',
  'jobs.intro':
    'E-Mails und Benachrichtigungen werden im Hintergrund gesendet und mit wachsenden Abständen erneut versucht. Fehlschläge bleiben hier, bis Sie sie erneut versuchen.',
  'jobs.refresh': 'Aktualisieren',
  'jobs.filter.status': 'Status',
  'jobs.filter.all': 'Alle',
  'jobs.status.failed': 'Fehlgeschlagen',
  'jobs.status.queued': 'In der Warteschlange',
  'jobs.status.running': 'Läuft',
  'jobs.status.done': 'Erledigt',
  'jobs.col.kind': 'Auftrag',
  'jobs.col.status': 'Status',
  'jobs.col.attempts': 'Versuche',
  'jobs.col.runAt': 'Nächster Lauf',
  'jobs.col.error': 'Letzter Fehler',
  'jobs.col.actions': 'Aktionen',
  'jobs.attempts': '{attempts} von {max}',
  'jobs.retry': 'Erneut versuchen',
  'jobs.retryNamed': '{kind} erneut versuchen',
  'jobs.retried': 'Erneut eingereiht',
  'jobs.empty': 'Hier sind keine Aufträge.',
  'jobs.emptyFailed': 'Nichts ist fehlgeschlagen.',
} satisfies Record<keyof typeof english, string>;
