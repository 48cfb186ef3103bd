import type { jobMessages as en } from '../en/jobs.ts';

export const jobMessages = {
  'console.nav.jobs': 'File d’envoi',
  'jobs.title': 'File d’envoi',
  'jobs.intro':
    'Les e-mails et notifications sont envoyés en arrière-plan et relancés avec des délais croissants. Les échecs restent ici jusqu’à ce que vous les relanciez.',
  'jobs.refresh': 'Actualiser',
  'jobs.filter.status': 'Statut',
  'jobs.filter.all': 'Tous',
  'jobs.status.failed': 'Échec',
  'jobs.status.queued': 'En attente',
  'jobs.status.running': 'En cours',
  'jobs.status.done': 'Terminé',
  'jobs.col.kind': 'Tâche',
  'jobs.col.status': 'Statut',
  'jobs.col.attempts': 'Tentatives',
  'jobs.col.runAt': 'Prochaine exécution',
  'jobs.col.error': 'Dernière erreur',
  'jobs.col.actions': 'Actions',
  'jobs.attempts': '{attempts} sur {max}',
  'jobs.retry': 'Relancer',
  'jobs.retryNamed': 'Relancer {kind}',
  'jobs.retried': 'Remis en file d’attente',
  'jobs.empty': 'Aucune tâche ici.',
  'jobs.emptyFailed': 'Aucun échec.',
} satisfies Record<keyof typeof en, string>;
