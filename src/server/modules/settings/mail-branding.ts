import type { Queryable } from '../../platform/db/index.ts';
import { presentBranding } from './presenters.ts';
import { getSettings } from './repository.ts';

/**
 * The portal's branding for a mail and the base of its links: the configured base URL (never request headers,
 * Host can be forged), the logo made absolute on it.
 */
export async function mailBrandingOf(db: Queryable, defaultBaseUrl: string) {
  const settings = await getSettings(db);
  const base = settings.base_url ?? defaultBaseUrl;
  const branding = presentBranding(settings);
  return { base, branding: { ...branding, logoUrl: branding.logoUrl ? base + branding.logoUrl : null } };
}
