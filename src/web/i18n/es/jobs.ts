import type { jobMessages as en } from '../en/jobs.ts';

export const jobMessages = {
  'console.nav.jobs': 'Cola de envíos',
  'jobs.title': 'Cola de envíos',
  'jobs.intro':
    'Los correos electrónicos y las notificaciones se envían en segundo plano y se reintentan con esperas cada vez mayores. Los fallos permanecen aquí hasta que usted los reintente.',
  'jobs.refresh': 'Actualizar',
  'jobs.filter.status': 'Estado',
  'jobs.filter.all': 'Todos',
  'jobs.status.failed': 'Fallido',
  'jobs.status.queued': 'En cola',
  'jobs.status.running': 'En curso',
  'jobs.status.done': 'Hecho',
  'jobs.col.kind': 'Trabajo',
  'jobs.col.status': 'Estado',
  'jobs.col.attempts': 'Intentos',
  'jobs.col.runAt': 'Próxima ejecución',
  'jobs.col.error': 'Último error',
  'jobs.col.actions': 'Acciones',
  'jobs.attempts': '{attempts} de {max}',
  'jobs.retry': 'Reintentar',
  'jobs.retryNamed': 'Reintentar {kind}',
  'jobs.retried': 'De nuevo en cola',
  'jobs.empty': 'No hay trabajos aquí.',
  'jobs.emptyFailed': 'No ha fallado nada.',
} satisfies Record<keyof typeof en, string>;
