import type { collabMessages as en } from '../en/collab.ts';

export const collabMessages = {
  'collab.thread.empty': 'Aucun message pour l’instant. Lancez la discussion.',
  'collab.thread.feed': 'Messages : {title}',
  'collab.documentFeedback.title': 'Retours',
  'collab.documentFeedback.about':
    'À propos de la version {number}. Toute personne qui peut voir ce fichier lit les retours.',
  'collab.documentFeedback.version': 'Discussion sur',
  'collab.documentFeedback.versionOption': 'Version n°{number}',
  'collab.documentFeedback.versionCurrent': 'Version n°{number} (actuelle)',
  'collab.documentFeedback.earlier': 'Il s’agit de la discussion d’une version antérieure.',
  'collab.documentFeedback.internal': 'Seul le personnel voit ce fichier et ses retours.',
  'collab.forms.createTask': 'Ouvrir une tâche pour chaque envoi',
  'collab.forms.createTaskHint':
    'Une tâche pour relire les réponses, attribuée à la personne qui a créé ce formulaire, dans le projet du compte portant le nom du formulaire.',
  'collab.forms.openTask': 'Tâche de relecture',
} satisfies Record<keyof typeof en, string>;
