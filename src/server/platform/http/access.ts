import type {
  FastifyContextConfig,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestHookHandler,
  RouteOptions,
} from 'fastify';
import type { BuiltModuleName } from '../../../contract/index.ts';
import { moduleOfRoute } from './route-modules.ts';

/**
 * Every route declares who may reach it; the object-level decision is the module's policy.
 * - public: anyone, signed in or not (say why in `reason`).
 * - signedInPartly: a session that still owes a second factor or 2FA enrolment (completing sign-in).
 * - signedIn: a fully signed-in user, staff or external.
 * - staff: a fully signed-in staff user (owner, admin or agent).
 */
export type AccessRule =
  | { kind: 'public'; reason: string }
  | { kind: 'signedInPartly' }
  | { kind: 'signedIn' }
  | { kind: 'staff' };

export const access = {
  public: (reason: string): AccessRule => ({ kind: 'public', reason }),
  signedInPartly: { kind: 'signedInPartly' } as AccessRule,
  signedIn: { kind: 'signedIn' } as AccessRule,
  staff: { kind: 'staff' } as AccessRule,
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
    /** POST that creates something: honours Idempotency-Key. */
    idempotent?: boolean;
    /**
     * Public routes called by machines that hold no session (mail clients' one-click unsubscribe, mail providers'
     * inbound webhooks) skip the CSRF check; the value says why. Ignored on any other access rule.
     */
    csrfExempt?: string;
    /**
     * A write an integration (firm-level service token) may make: one an integrator would expect to script
     * (messages, documents, projects and tasks, invoices, returns); its author is the token's integration person
     * (migration 0073). Deny by default: without it a service token's write is 403 `service_token_not_allowed`
     * (managing staff, members, settings, tokens...). Reads need no flag.
     */
    serviceTokens?: true;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** `routeOptions.config`, read once per request by `routeConfigOf`. */
    routeConfigRead: FastifyContextConfig | undefined | null;
  }
}

/**
 * The route's config. Fastify's `request.routeOptions` getter builds a new object of thirteen fields on every
 * read, and the access rule and the module gate both need the config on every request: one read, kept on the
 * request (`/me` profile, bench/me-overhead.ts). Undefined for unknown URLs (the 404 handler).
 */
export function routeConfigOf(request: FastifyRequest): FastifyContextConfig | undefined {
  if (request.routeConfigRead === null) request.routeConfigRead = request.routeOptions.config;
  return request.routeConfigRead;
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: AccessRule | undefined;
  /** The portal modules the route belongs to (route-modules.ts); read after the app is ready. */
  readonly modules: BuiltModuleName[];
}

export class MissingAccessRuleError extends Error {
  override name = 'MissingAccessRuleError';
}

/** Deny by default: a route registered without an access rule stops the app from starting. */
export function enforceDeclaredAccess(app: FastifyInstance, registry: RegisteredRoute[]) {
  app.decorateRequest('routeConfigRead', null);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const rule = route.config?.access;
    for (const method of methods)
      registry.push({
        method,
        url: route.url,
        access: rule,
        // Module stamps are hooks of the module's plugin, which run after this one: read the route when asked.
        get modules() {
          return moduleOfRoute(route.config);
        },
      });
    if (!rule) throw new MissingAccessRuleError(`Route ${methods.join(',')} ${route.url} declares no access rule`);
  });
}

/** An onRequest hook decided for one route: its config is known when it is built. */
export type RouteRequestHook = (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => void;

/**
 * Gives every route registered after this call one onRequest hook of its own, built by `build` from the route's
 * final config, ahead of the route's own onRequest hooks and after the app-wide ones. Instead of app-wide hooks
 * that read the route's config on every request (Fastify's `routeOptions` getter builds a 13-field object per
 * read) and run on routes they do not apply to (the module gate on `/me`), the decision is made once per route
 * (bench/me-overhead.ts). Built on the route's first request: a module's stamp (route-modules.ts `inModule`) is
 * written by an onRoute hook of the module's plugin, which runs after this one.
 */
export function addRouteRequestHook(app: FastifyInstance, build: (config: FastifyContextConfig) => RouteRequestHook) {
  app.addHook('onRoute', (route: RouteOptions) => {
    let hook: RouteRequestHook | null = null;
    const first: RouteRequestHook = (request, reply, done) => {
      const config = route.config ?? {};
      request.routeConfigRead = config;
      (hook ??= build(config))(request, reply, done);
    };
    const own = route.onRequest;
    // A new array: the automatic HEAD route of a GET starts from a copy of the same options.
    route.onRequest = [first as onRequestHookHandler, ...(own === undefined ? [] : Array.isArray(own) ? own : [own])];
  });
}
