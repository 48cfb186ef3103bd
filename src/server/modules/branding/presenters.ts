import {
  colorContrast,
  darkColorsOf,
  type Branding,
  type SegmentBranding,
  type SegmentBrandingOverrides,
} from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { brandingPolicy } from './policy.ts';
import type { SegmentBrandingRow } from './repository.ts';

// The version in the URL busts caches when an image changes.
export const logoPath = (segmentId: string, version: number) =>
  `/branding/segment-logo?segment=${segmentId}&v=${version}`;
export const faviconPath = (segmentId: string, version: number) =>
  `/branding/segment-favicon?segment=${segmentId}&v=${version}`;

export function overridesOf(row: SegmentBrandingRow | null): SegmentBrandingOverrides {
  return {
    name: row?.name ?? null,
    primaryColor: row?.primary_color ?? null,
    accentColor: row?.accent_color ?? null,
    supportEmail: row?.support_email ?? null,
    termsUrl: row?.terms_url ?? null,
    privacyUrl: row?.privacy_url ?? null,
    helpTitle: row?.help_title ?? null,
    helpHeaderColor: row?.help_header_color ?? null,
    primaryColorDark: row?.primary_color_dark ?? null,
    accentColorDark: row?.accent_color_dark ?? null,
  };
}

/**
 * The branding a segment's people see: each override over the firm's value. An overridden primary colour also
 * becomes the default accent and help-center header, unless those are overridden too. The dark-mode colours follow
 * the same way (contract/branding.ts darkColorsOf): chosen, else derived from the segment's light colour, else the
 * firm's.
 */
export function mergeBranding(
  firm: Branding,
  overrides: Partial<SegmentBrandingOverrides>,
  images: { logoUrl: string | null; faviconUrl: string | null } = { logoUrl: null, faviconUrl: null },
): Branding {
  const primaryColor = overrides.primaryColor ?? firm.primaryColor;
  const accentColor = overrides.accentColor ?? (overrides.primaryColor ? primaryColor : firm.accentColor);
  return {
    name: overrides.name ?? firm.name,
    primaryColor,
    accentColor,
    ...darkColorsOf(firm, overrides, { primaryColor, accentColor }),
    logoUrl: images.logoUrl ?? firm.logoUrl,
    faviconUrl: images.faviconUrl ?? firm.faviconUrl,
    supportEmail: overrides.supportEmail ?? firm.supportEmail,
    termsUrl: overrides.termsUrl ?? firm.termsUrl,
    privacyUrl: overrides.privacyUrl ?? firm.privacyUrl,
    helpTitle: overrides.helpTitle ?? firm.helpTitle,
    helpHeaderColor: overrides.helpHeaderColor ?? (overrides.primaryColor ? primaryColor : firm.helpHeaderColor),
  };
}

export function imagesOf(row: SegmentBrandingRow | null) {
  return {
    logoUrl: row?.logo_key ? logoPath(row.segment_id, row.version) : null,
    faviconUrl: row?.favicon_key ? faviconPath(row.segment_id, row.version) : null,
  };
}

export function applySegmentBranding(firm: Branding, row: SegmentBrandingRow | null | undefined): Branding {
  return row ? mergeBranding(firm, overridesOf(row), imagesOf(row)) : firm;
}

export function presentSegmentBranding(
  segmentId: string,
  row: SegmentBrandingRow | null,
  firm: Branding,
  actor: Actor,
): SegmentBranding {
  const effective = applySegmentBranding(firm, row);
  return {
    segmentId,
    ...overridesOf(row),
    ...imagesOf(row),
    effective,
    firm,
    contrast: {
      primary: colorContrast(effective.primaryColor),
      accent: colorContrast(effective.accentColor),
      helpHeader: colorContrast(effective.helpHeaderColor),
      primaryDark: colorContrast(effective.primaryColorDark),
      accentDark: colorContrast(effective.accentColorDark),
    },
    version: row?.version ?? 1,
    abilities: { update: brandingPolicy.canUpdate(actor) },
  };
}
