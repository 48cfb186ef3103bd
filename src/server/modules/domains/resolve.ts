import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { currentRequest } from '../../platform/http/request-scope.ts';
import { readPortalSettingsCached } from '../settings/index.ts';
import { domainsCached, type DomainEntry, type DomainPurpose } from './repository.ts';

/** The portal's main address: the settings' base URL, else BASE_URL. Staff mail and unknown hosts use it. */
export async function mainBaseUrl(ctx: AppContext, db: Queryable): Promise<string> {
  const settings = await readPortalSettingsCached(db);
  return (settings.base_url ?? ctx.config.baseUrl).replace(/\/+$/, '');
}

/**
 * A segment domain's address: the main address's scheme and port with the domain as host, so a portal behind TLS
 * (https://portal.example) gives https://clients.example, and a test or LAN portal on a port keeps its port.
 */
export function addressOn(mainBase: string, domain: string): string {
  const main = new URL(mainBase);
  return `${main.protocol}//${domain}${main.port ? `:${main.port}` : ''}`;
}

/**
 * The base URL of a segment's portal (or help center): its configured domain, else (help) its portal domain, else
 * the main address. Built from configuration only, never from a request's Host: the one place links get their base.
 */
export async function segmentBaseUrl(
  ctx: AppContext,
  db: Queryable,
  segmentId: string | null,
  purpose: DomainPurpose = 'portal',
): Promise<string> {
  const main = await mainBaseUrl(ctx, db);
  if (!segmentId) return main;
  const domains = (await domainsCached(db)).bySegment.get(segmentId);
  const domain = purpose === 'help' ? (domains?.help ?? domains?.portal) : domains?.portal;
  return domain ? addressOn(main, domain) : main;
}

/**
 * The host a request was made to, lowercased without port or trailing dot. Behind a proxy (TRUST_PROXY=true)
 * Fastify reads X-Forwarded-Host instead: the proxy must set it (and drop what the client sent), or anyone can pick
 * a segment's branding. Either way it only selects among configured domains and is never copied into a link.
 */
export function requestHost(request: FastifyRequest): string {
  return (request.hostname ?? '').toLowerCase().replace(/\.$/, '');
}

/** The segment (and purpose) whose configured domain the request came to; null for the main or an unknown host. */
export async function segmentOfHost(ctx: AppContext, request: FastifyRequest): Promise<DomainEntry | null> {
  return (await domainsCached(ctx.db)).byDomain.get(requestHost(request)) ?? null;
}

/**
 * The segment whose domain the request being served came to (through the request scope, for code that is not
 * handed the request: help-center pages); null outside a request or on the main or an unknown host.
 */
export async function segmentOfCurrentHost(ctx: AppContext, db: Queryable = ctx.db): Promise<DomainEntry | null> {
  const host = currentRequest()?.host;
  // Inside a transaction pass it as `db`: on the embedded engine its one connection is the only one.
  return host ? ((await domainsCached(db)).byDomain.get(host) ?? null) : null;
}

/** A segment's help-center domain opens on its help center: `/` there goes to `/help` (a path, never a host). */
export async function helpDomainRoot(ctx: AppContext, request: FastifyRequest): Promise<string | null> {
  return (await segmentOfHost(ctx, request))?.purpose === 'help' ? '/help' : null;
}

/** For Caddy's on-demand TLS `ask`: is this exactly a configured domain? */
export async function isConfiguredDomain(ctx: AppContext, domain: string): Promise<boolean> {
  return (await domainsCached(ctx.db)).byDomain.has(domain.trim().toLowerCase().replace(/\.$/, ''));
}
