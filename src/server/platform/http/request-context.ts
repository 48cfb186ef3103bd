import type { FastifyRequest } from 'fastify';
import type { Actor } from '../actor.ts';
import { unauthorized } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the identity module's authentication hook; null when not signed in. */
    actor: Actor | null;
  }
}

/** For handlers behind a signed-in access rule: the hook already refused anonymous callers. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}
