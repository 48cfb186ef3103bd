import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config.ts';

export const SESSION_COOKIE = 'portico_session';
/**
 * Over https the session cookie is `__Host-` prefixed: browsers then accept it only Secure, for path /, with no
 * Domain, so a sibling subdomain or a plain-http page cannot plant or overwrite it.
 */
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

const servedOverHttps = (config: Config) => config.baseUrl.startsWith('https://');

export function sessionCookieName(config: Config) {
  return servedOverHttps(config) ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/** The session token the browser sent, under the name this portal uses. */
export function sessionTokenOf(request: FastifyRequest, config: Config): string | undefined {
  return request.cookies[sessionCookieName(config)];
}
export const CSRF_COOKIE = 'portico_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: servedOverHttps(config) };
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(sessionCookieName(config), token, {
    ...cookieOptions(config),
    maxAge: config.session.absoluteHours * 3600,
  });
  // A new session gets a new CSRF token too: one seen before sign-in must not be reused after it.
  issueCsrfToken(reply, config);
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(sessionCookieName(config), cookieOptions(config));
}

/**
 * Double-submit CSRF: the token lives in an httpOnly cookie and is handed to the page by GET /api/v1/session;
 * a write must echo it in X-CSRF-Token. Another site can make the browser send the cookie, never read it.
 */
export function issueCsrfToken(reply: FastifyReply, config: Config): string {
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(CSRF_COOKIE, token, cookieOptions(config));
  return token;
}

export function csrfTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[CSRF_COOKIE];
}

export function csrfHeaderMatches(request: FastifyRequest): boolean {
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || cookie.length !== header.length) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}
