import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/index.ts';
import { access } from './access.ts';

export interface Lifecycle {
  shuttingDown: boolean;
}

/** /livez: the process answers. /readyz: it can serve traffic (database reachable, not draining). */
export function registerHealth(app: FastifyInstance, db: Database, lifecycle: Lifecycle) {
  const rule = { access: access.public('load balancers and orchestrators probe without credentials') };
  app.get('/livez', { config: rule, schema: { hide: true } }, () => ({ status: 'ok' }));
  app.get('/readyz', { config: rule, schema: { hide: true } }, async (_request, reply) => {
    if (lifecycle.shuttingDown) return reply.status(503).send({ status: 'shutting_down' });
    try {
      await Promise.race([
        db.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ok', database: db.engine };
    } catch {
      return reply.status(503).send({ status: 'database_unreachable' });
    }
  });
}
