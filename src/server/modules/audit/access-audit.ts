import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import { limitsOf } from '../../platform/security/limits.ts';
import { SESSION_COOKIE } from '../identity/index.ts';
import { insertAuditEvent } from './repository.ts';

const actorOf = (request: FastifyRequest) =>
  request.actor ? { id: request.actor.userId, label: request.actor.email } : null;
const routeOf = (request: FastifyRequest) => ({ method: request.method, route: request.routeOptions.url ?? null });

/**
 * Access that was refused, from the errors requests end in (the hook sees the AppError before it becomes
 * problem+json):
 * - 403 on a staff route (the access gate or a policy) -> `access.denied`;
 * - a CSRF failure of a request that carried a session cookie (a real user's browser was driven) -> `access.csrf_failed`;
 * - 404s of one signed-in user on routes that name an object (`:id`): past a budget per window, one `access.probing`
 *   event for the window instead of a row per 404 (the count lives in the rate-limit store).
 * A failure to audit is logged and never changes the answer.
 */
export function registerAccessAudit(app: FastifyInstance, ctx: AppContext) {
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || (error.status !== 403 && error.status !== 404)) return;
    try {
      const now = ctx.clock.now();
      if (error.code === 'csrf_failed') {
        const cookies = Object.keys(request.cookies);
        if (!cookies.some((name) => name.endsWith(SESSION_COOKIE))) return;
        await insertAuditEvent(ctx.db, { action: 'access.csrf_failed', details: routeOf(request), occurredAt: now });
      } else if (error.status === 403 && request.routeOptions.config?.access?.kind === 'staff') {
        await insertAuditEvent(ctx.db, {
          action: 'access.denied',
          actor: actorOf(request),
          details: { ...routeOf(request), code: error.code },
          occurredAt: now,
        });
      } else if (error.status === 404 && request.actor && request.routeOptions.url?.includes(':')) {
        const limits = limitsOf(ctx);
        const probes = await limits.consume('notFoundProbesPerUser', request.actor.userId);
        if (probes.consumed !== limits.rule('notFoundProbesPerUser').points + 1) return;
        await insertAuditEvent(ctx.db, {
          action: 'access.probing',
          actor: actorOf(request),
          details: { notFound: probes.consumed, windowSeconds: limits.rule('notFoundProbesPerUser').durationSeconds },
          occurredAt: now,
        });
      }
    } catch (failure) {
      request.log.error({ err: failure }, 'recording refused access failed');
    }
  });
}
