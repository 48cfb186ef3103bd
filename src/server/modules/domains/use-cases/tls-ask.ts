import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { isConfiguredDomain } from '../resolve.ts';

/**
 * Caddy's on-demand TLS asks before it obtains a certificate for a name it has never seen: 200 only for a domain a
 * segment has, so nobody can make the proxy request certificates for arbitrary names pointed at it. Rate-limited
 * per caller, and the answer says nothing but yes or no.
 */
export async function tlsAskUseCase(ctx: AppContext, domain: string, ip: string) {
  await limitsOf(ctx).take('tlsAskPerIp', ip, 'Too many certificate checks. Try again shortly.');
  if (!(await isConfiguredDomain(ctx, domain))) throw notFound();
  return { ok: true as const };
}
