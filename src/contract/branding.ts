import { z } from 'zod';
import { Abilities, EmailAddress, Id } from './common.ts';
import { Branding, HexColor } from './settings.ts';

/**
 * Colour contrast (WCAG 2.x), shared by the console (the warning before saving) and the server (the figures it
 * returns), so both say the same thing about the same colour.
 */
export const WCAG_AA_TEXT = 4.5;
/**
 * The backgrounds brand-coloured text is checked on (base.css, the help center): white in light mode; in dark mode
 * the panels' and cards' surface (#1b1e25), the lightest background text sits on (the page, #111318, is darker), so
 * a colour that passes here passes on every dark background.
 */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#1b1e25';

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

function hslOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hexOfHsl(h: number, s: number, l: number): string {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  const channels = s === 0 ? [l, l, l] : [hue(h + 1 / 3), hue(h), hue(h - 1 / 3)];
  // 256 + byte is always three hex digits: dropping the first pads the byte to two.
  return `#${channels.map((c) => (256 + Math.round(c * 255)).toString(16).slice(1)).join('')}`;
}

/**
 * A dark-mode variant of a brand colour: the colour itself when it already has AA contrast (4.5:1) as text on the
 * dark background, else the same hue and saturation made lighter, one HSL lightness step at a time, until it does.
 * Lightness 100% is white (about 17:1 there), so a readable colour is always found. Used wherever a segment or the
 * firm has not chosen its own dark colour, so nothing unreadable is shown in dark mode.
 */
export function darkVariantOf(hex: string): string {
  if (contrastRatio(hex, DARK_BACKGROUND) >= WCAG_AA_TEXT) return hex;
  const [h, s, l] = hslOf(hex);
  for (let step = Math.floor(l * 100) + 1; step < 100; step++) {
    const candidate = hexOfHsl(h, s, step / 100);
    if (contrastRatio(candidate, DARK_BACKGROUND) >= WCAG_AA_TEXT) return candidate;
  }
  return '#ffffff';
}

/** The colour overrides that decide the dark-mode colours; null or absent: not overridden. */
export interface ColorOverrides {
  primaryColor?: string | null;
  accentColor?: string | null;
  primaryColorDark?: string | null;
  accentColorDark?: string | null;
}

/**
 * A segment's dark-mode colours over the firm's, following the light ones: a chosen dark colour wins; a segment that
 * overrides a light colour but not its dark one gets that colour's derived variant; the accent follows the primary
 * where the light accent does (it is not overridden but the primary is). `effective` holds the merged light colours.
 * Shared by the server (what the portal is painted with) and the console (what an empty dark field will mean).
 */
export function darkColorsOf(
  firm: { primaryColorDark: string; accentColorDark: string },
  overrides: ColorOverrides,
  effective: { primaryColor: string; accentColor: string },
): { primaryColorDark: string; accentColorDark: string } {
  const primaryColorDark =
    overrides.primaryColorDark ??
    (overrides.primaryColor ? darkVariantOf(effective.primaryColor) : firm.primaryColorDark);
  const accentColorDark =
    overrides.accentColorDark ??
    (overrides.accentColor
      ? darkVariantOf(effective.accentColor)
      : overrides.primaryColor || overrides.primaryColorDark
        ? primaryColorDark
        : firm.accentColorDark);
  return { primaryColorDark, accentColorDark };
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
  /** Dark-mode primary and accent; null: derived from the light colour (darkVariantOf). */
  primaryColorDark: HexColor.nullable(),
  accentColorDark: HexColor.nullable(),
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
    /** The dark-mode colours in effect; only `dark`/`passesDark` concern them. */
    primaryDark: ColorContrast,
    accentDark: ColorContrast,
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
  helpPageDark: z.string().describe('The same page as readers whose theme is dark see it'),
});
export type BrandingPreview = z.infer<typeof BrandingPreview>;
