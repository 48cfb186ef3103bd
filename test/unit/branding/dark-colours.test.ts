import { describe, expect, it } from 'vitest';
import {
  colorContrast,
  contrastRatio,
  DARK_BACKGROUND,
  darkColorsOf,
  darkVariantOf,
  WCAG_AA_TEXT,
  type Branding,
} from '../../../src/contract/index.ts';
import { mergeBranding } from '../../../src/server/modules/branding/presenters.ts';

/** Hue in degrees of a #rrggbb colour (for "the same colour, only lighter"). */
function hueOf(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('the dark-mode variant of a brand colour', () => {
  it('keeps a colour that already reads well on the dark background', () => {
    for (const colour of ['#ffd400', '#ffffff', '#8fb0f0', '#FFD400']) {
      expect(darkVariantOf(colour)).toBe(colour);
    }
  });

  it('lightens a dark colour until it passes AA on the dark background, keeping its hue', () => {
    for (const colour of ['#1f5f8b', '#7a1f5c', '#0b6e4f', '#2457c5', '#1f2a5c']) {
      expect(colorContrast(colour).passesDark).toBe(false);
      const dark = darkVariantOf(colour);
      expect(dark).toMatch(/^#[0-9a-f]{6}$/);
      expect(colorContrast(dark).passesDark).toBe(true);
      // Not washed out to white: just past the threshold, the same hue give or take rounding.
      expect(contrastRatio(dark, DARK_BACKGROUND)).toBeLessThan(5.2);
      expect(Math.abs(hueOf(dark) - hueOf(colour))).toBeLessThan(4);
    }
    // Black and greys have no hue: a mid grey.
    expect(darkVariantOf('#000000')).toMatch(/^#([0-9a-f]{2})\1\1$/);
  });

  it('always gives a readable colour, whatever the input (every colour of a 16-step grid)', () => {
    const steps = [...Array(16).keys()].map((i) => (i * 17).toString(16).padStart(2, '0'));
    for (const r of steps)
      for (const g of steps)
        for (const b of steps) {
          const dark = darkVariantOf(`#${r}${g}${b}`);
          expect(contrastRatio(dark, DARK_BACKGROUND), `#${r}${g}${b} -> ${dark}`).toBeGreaterThanOrEqual(WCAG_AA_TEXT);
        }
  });
});

describe("a segment's dark-mode colours", () => {
  const firm = { primaryColorDark: '#2e8ccc', accentColorDark: '#2e8ccc' };
  const light = (primaryColor: string, accentColor = primaryColor) => ({ primaryColor, accentColor });

  it("are the firm's when the segment overrides no colour", () => {
    expect(darkColorsOf(firm, {}, light('#1f5f8b'))).toEqual(firm);
  });

  it('are derived from the light colours a segment overrides, the accent following the primary', () => {
    expect(darkColorsOf(firm, { primaryColor: '#7a1f5c' }, light('#7a1f5c'))).toEqual({
      primaryColorDark: darkVariantOf('#7a1f5c'),
      accentColorDark: darkVariantOf('#7a1f5c'),
    });
    expect(
      darkColorsOf(firm, { primaryColor: '#7a1f5c', accentColor: '#0b6e4f' }, light('#7a1f5c', '#0b6e4f')),
    ).toEqual({ primaryColorDark: darkVariantOf('#7a1f5c'), accentColorDark: darkVariantOf('#0b6e4f') });
  });

  it('are the chosen ones where chosen, even a failing one (the console warns before saving it)', () => {
    expect(darkColorsOf(firm, { primaryColor: '#7a1f5c', primaryColorDark: '#f0a0d0' }, light('#7a1f5c'))).toEqual({
      primaryColorDark: '#f0a0d0',
      accentColorDark: '#f0a0d0',
    });
    expect(darkColorsOf(firm, { accentColorDark: '#101010' }, light('#1f5f8b'))).toEqual({
      primaryColorDark: '#2e8ccc',
      accentColorDark: '#101010',
    });
  });
});

describe('merged branding', () => {
  const firm: Branding = {
    name: 'Northwind Advisory',
    primaryColor: '#1f5f8b',
    logoUrl: null,
    accentColor: '#1f5f8b',
    faviconUrl: null,
    supportEmail: null,
    termsUrl: null,
    privacyUrl: null,
    helpTitle: 'Help center',
    helpHeaderColor: '#1f5f8b',
    primaryColorDark: '#99ccff',
    accentColorDark: '#99ccff',
  };

  it("carries the dark colours: the firm's chosen one, or the segment's own", () => {
    expect(mergeBranding(firm, {})).toMatchObject({ primaryColorDark: '#99ccff', accentColorDark: '#99ccff' });
    expect(mergeBranding(firm, { primaryColor: '#7a1f5c' })).toMatchObject({
      primaryColor: '#7a1f5c',
      primaryColorDark: darkVariantOf('#7a1f5c'),
    });
    expect(mergeBranding(firm, { primaryColorDark: '#f0a0d0' })).toMatchObject({
      primaryColor: '#1f5f8b',
      primaryColorDark: '#f0a0d0',
      accentColorDark: '#f0a0d0',
    });
  });
});
