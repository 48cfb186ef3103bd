import { darkVariantOf, type Branding, type PortalSettings } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { settingsPolicy } from './policy.ts';
import type { SettingsRow } from './repository.ts';

export function presentBranding(row: SettingsRow): Branding {
  // The version in the URL busts caches when the logo changes. The firm's accent is its primary, in both schemes.
  const primaryColorDark = row.primary_color_dark ?? darkVariantOf(row.primary_color);
  return {
    name: row.name,
    primaryColor: row.primary_color,
    logoUrl: row.logo_file ? `/branding/logo?v=${row.version}` : null,
    accentColor: row.primary_color,
    faviconUrl: null,
    supportEmail: row.support_email,
    termsUrl: null,
    privacyUrl: null,
    helpTitle: 'Help center',
    helpHeaderColor: row.primary_color,
    primaryColorDark,
    accentColorDark: primaryColorDark,
  };
}

export function presentSettings(row: SettingsRow, actor: Actor, defaultBaseUrl: string): PortalSettings {
  return {
    ...presentBranding(row),
    baseUrl: row.base_url ?? defaultBaseUrl,
    staffRequireTwoFactor: row.staff_require_two_factor,
    defaultLanguage: row.default_language,
    chosenPrimaryColorDark: row.primary_color_dark,
    version: row.version,
    abilities: { update: settingsPolicy.canUpdate(actor) },
  };
}
