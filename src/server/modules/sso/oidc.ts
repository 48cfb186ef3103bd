import type * as client from 'openid-client';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { mainBaseUrl, segmentBaseUrl } from '../domains/index.ts';
import type { ProviderRow } from './repository.ts';

const DISCOVERY_TIMEOUT_SECONDS = 10;

/**
 * A discovered provider (openid-client's Configuration), cached per provider version: discovery and the JWKS
 * are fetched once, not at every sign-in. An edit bumps the version, so the next sign-in discovers again.
 */
const cache = new Map<string, { key: string; config: Promise<client.Configuration> }>();

/**
 * openid-client (with oauth4webapi and jose) is loaded at the first sign-in or provider check, not at start; a
 * missing package fails that request.
 */
export const openidClient = (): Promise<typeof client> => import('openid-client');

export async function discover(ctx: AppContext, issuer: string, clientId: string, clientSecret: string) {
  const url = new URL(issuer);
  // Plain http only outside production: the local identity provider of the tests and of development.
  const insecure = url.protocol === 'http:' && ctx.config.env !== 'production';
  if (url.protocol === 'http:' && !insecure) throw new Error('The issuer must use https.');
  const client = await openidClient();
  return client.discovery(url, clientId, clientSecret, client.ClientSecretBasic(clientSecret), {
    execute: insecure ? [client.allowInsecureRequests] : [],
    timeout: DISCOVERY_TIMEOUT_SECONDS,
  });
}

export function configurationOf(ctx: AppContext, provider: ProviderRow) {
  const key = `${provider.version}:${provider.updated_at.toISOString()}`;
  const cached = cache.get(provider.id);
  if (cached?.key === key) return cached.config;
  const config = discover(ctx, provider.issuer, provider.client_id, ctx.secretBox.open(provider.client_secret_sealed));
  // A failed discovery (provider down) is not kept: the next sign-in tries again.
  config.catch(() => cache.delete(provider.id));
  cache.set(provider.id, { key, config });
  return config;
}

/** Where the provider sends people back: the address of the portal they sign in to (the segment's own domain). */
export async function redirectUriOf(ctx: AppContext, db: Queryable, provider: Pick<ProviderRow, 'id' | 'segment_id'>) {
  const base = provider.segment_id ? await segmentBaseUrl(ctx, db, provider.segment_id) : await mainBaseUrl(ctx, db);
  return `${base}/api/v1/auth/sso/${provider.id}/callback`;
}
