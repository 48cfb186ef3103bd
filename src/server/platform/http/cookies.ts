import fastifyCookie, { type CookieSerializeOptions, type SerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const parsed = Symbol('portico.cookies');
const queued = Symbol('portico.setCookies');

declare module 'fastify' {
  interface FastifyRequest {
    [parsed]: Record<string, string | undefined> | null;
  }
  interface FastifyReply {
    [queued]: Map<string, string> | null;
  }
}

/**
 * `request.cookies`, `reply.setCookie` and `reply.clearCookie` as @fastify/cookie offers them (its parser and
 * serializer, the `cookie` package, and its types), without registering the plugin: the plugin adds an onRequest
 * hook that parses every request's cookies into a new object and a Map, and an onSend hook that writes them, on
 * every request, while most requests read one cookie or none and almost none set one (`/me` profile,
 * bench/me-overhead.ts). Here the `cookie` header is parsed on the first read of `request.cookies` only, and a cookie
 * set is written into the reply's `set-cookie` header at once, so no hook runs at all. Semantics kept from the
 * plugin: `sameSite` defaults to lax, a cookie set twice (same name, domain and path) is sent once with the last
 * value, `clearCookie` sends an expired empty one (path `/` unless given).
 */
export function registerCookies(app: FastifyInstance) {
  app.decorateRequest(parsed, null);
  app.decorateReply(queued, null);
  app.decorateRequest('cookies', {
    getter(this: FastifyRequest) {
      if (this[parsed] === null) {
        const header = this.raw.headers.cookie;
        this[parsed] = header ? fastifyCookie.parse(header) : {};
      }
      return this[parsed];
    },
    // Tests and hooks may replace them (the plugin's `request.cookies` was a plain field).
    setter(this: FastifyRequest, value: Record<string, string | undefined>) {
      this[parsed] = value;
    },
  });
  app.decorateReply('setCookie', setCookie);
  app.decorateReply('cookie', setCookie);
  app.decorateReply('clearCookie', clearCookie);
}

function setCookie(this: FastifyReply, name: string, value: string, options?: CookieSerializeOptions): FastifyReply {
  const opts: CookieSerializeOptions = { sameSite: 'lax', ...options };
  if (opts.expires !== undefined && Number.isInteger(opts.expires)) opts.expires = new Date(opts.expires as never);
  if ((opts.secure as unknown) === 'auto') opts.secure = this.request.protocol === 'https';
  const cookies = (this[queued] ??= new Map());
  cookies.set(
    `${name};${opts.domain};${opts.path || '/'}`,
    fastifyCookie.serialize(name, value, opts as SerializeOptions),
  );
  // Written whole each time (Fastify appends to `set-cookie`): a replaced cookie must not be sent twice.
  // One cookie as a string, as the plugin sends it (the same header on the wire either way).
  this.removeHeader('set-cookie');
  this.header('set-cookie', cookies.size === 1 ? cookies.values().next().value! : [...cookies.values()]);
  return this;
}

function clearCookie(this: FastifyReply, name: string, options?: CookieSerializeOptions): FastifyReply {
  return setCookie.call(this, name, '', { path: '/', ...options, expires: new Date(0), maxAge: 0 });
}
