import { z } from 'zod';
import { Abilities, EmailAddress, Id } from './common.ts';
import { Branding, HexColor } from './settings.ts';

/**
 * Colour contrast (WCAG 2.x), shared by the console (the warning before saving) and the server (the figures it
 * returns), so both say the same thing about the same colour.
 */
export const WCAG_AA_TEXT = 4.5;
/** The page backgrounds of the web app and the help center (base.css), in light and dark mode. */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#16181d';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio between two #rrggbb colours, 1 to 21, in either order. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)];
  const [hi, lo] = x > y ? [x, y] : [y, x];
  return (hi + 0.05) / (lo + 0.05);
}

export const ColorContrast = z.object({
  light: z.number().describe('Contrast ratio as text on the light background'),
  dark: z.number().describe('Contrast ratio as text on the dark background'),
  passesLight: z.boolean(),
  passesDark: z.boolean(),
});
export type ColorContrast = z.infer<typeof ColorContrast>;

/** A brand colour as link/text colour on both page backgrounds, against AA for normal text (4.5:1). */
export function colorContrast(hex: string): ColorContrast {
  const light = Math.round(contrastRatio(hex, LIGHT_BACKGROUND) * 100) / 100;
  const dark = Math.round(contrastRatio(hex, DARK_BACKGROUND) * 100) / 100;
  return { light, dark, passesLight: light >= WCAG_AA_TEXT, passesDark: dark >= WCAG_AA_TEXT };
}

const HttpUrl = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine((value) => !/[\s<>"']/.test(value), 'Not a plain web address');

/** What a segment may override; null means "the firm's own". */
export const SegmentBrandingOverrides = z.object({
  name: z.string().trim().min(1).max(80).nullable(),
  primaryColor: HexColor.nullable(),
  accentColor: HexColor.nullable(),
  supportEmail: EmailAddress.nullable(),
  termsUrl: HttpUrl.nullable(),
  privacyUrl: HttpUrl.nullable(),
  helpTitle: z.string().trim().min(1).max(80).nullable(),
  helpHeaderColor: HexColor.nullable(),
});
export type SegmentBrandingOverrides = z.infer<typeof SegmentBrandingOverrides>;

export const SegmentBranding = SegmentBrandingOverrides.extend({
  segmentId: Id,
  logoUrl: z.string().nullable(),
  faviconUrl: z.string().nullable(),
  /** What the segment's people see: these overrides over the firm's branding. */
  effective: Branding,
  /** The firm's own branding, what an empty field falls back to. */
  firm: Branding,
  contrast: z.object({
    primary: ColorContrast,
    accent: ColorContrast,
    helpHeader: ColorContrast,
  }),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type SegmentBranding = z.infer<typeof SegmentBranding>;

export const UpdateSegmentBranding = SegmentBrandingOverrides.extend({
  removeLogo: z.literal(true),
  removeFavicon: z.literal(true),
})
  .partial()
  .strict();
export type UpdateSegmentBranding = z.infer<typeof UpdateSegmentBranding>;

/** Unsaved values to preview: the overrides as the form holds them, plus a logo already saved (or none). */
export const BrandingPreviewRequest = SegmentBrandingOverrides.partial().strict();
export type BrandingPreviewRequest = z.infer<typeof BrandingPreviewRequest>;

export const BrandingPreview = z.object({
  effective: Branding,
  email: z.object({ subject: z.string(), html: z.string(), text: z.string() }),
  helpPage: z.string().describe('A help-center page as HTML, for a sandboxed frame'),
});
export type BrandingPreview = z.infer<typeof BrandingPreview>;
