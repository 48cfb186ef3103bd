import type { collabMessages as english } from '../en/collab.ts';

export const collabMessages = {
  'collab.thread.empty': 'Noch keine Nachrichten. Beginnen Sie die Diskussion.',
  'collab.thread.feed': 'Nachrichten: {title}',
  'collab.documentFeedback.title': 'Feedback',
  'collab.documentFeedback.about': 'Zu Version {number}. Alle, die diese Datei sehen können, lesen das Feedback.',
  'collab.documentFeedback.version': 'Diskussion zu',
  'collab.documentFeedback.versionOption': 'Version {number}',
  'collab.documentFeedback.versionCurrent': 'Version {number} (aktuell)',
  'collab.documentFeedback.earlier': 'Dies ist die Diskussion einer früheren Version.',
  'collab.documentFeedback.internal': 'Nur Mitarbeitende sehen diese Datei und ihr Feedback.',
  'collab.forms.createTask': 'Für jede Einsendung eine Aufgabe anlegen',
  'collab.forms.createTaskHint':
    'Eine Aufgabe zum Prüfen der Antworten, für die Person, die dieses Formular erstellt hat, im nach dem Formular benannten Projekt des Kontos.',
  'collab.forms.openTask': 'Prüfaufgabe',
} satisfies Record<keyof typeof english, string>;
