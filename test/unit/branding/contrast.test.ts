import { describe, expect, it } from 'vitest';
import {
  colorContrast,
  contrastRatio,
  DARK_BACKGROUND,
  LIGHT_BACKGROUND,
  relativeLuminance,
} from '../../../src/contract/index.ts';

describe('colour contrast (WCAG 2.x)', () => {
  it('computes relative luminance at the ends and in between', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    // sRGB 0x80 is 0.2158605 linear; grey has equal channels.
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2158605, 6);
    // Green weighs most, blue least.
    expect(relativeLuminance('#00ff00')).toBeGreaterThan(relativeLuminance('#ff0000'));
    expect(relativeLuminance('#ff0000')).toBeGreaterThan(relativeLuminance('#0000ff'));
  });

  it('gives the known ratios, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // Reference values (WebAIM contrast checker).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('checks a colour as text on the light and the dark background against AA (4.5:1)', () => {
    expect(colorContrast('#767676')).toMatchObject({ passesLight: true, light: 4.54 });
    expect(colorContrast('#777777')).toMatchObject({ passesLight: false, light: 4.48 });
    const navy = colorContrast('#1f2a5c');
    expect(navy.passesLight).toBe(true);
    expect(navy.passesDark).toBe(false);
    const yellow = colorContrast('#ffd400');
    expect(yellow.passesLight).toBe(false);
    expect(yellow.passesDark).toBe(true);
    expect(colorContrast(LIGHT_BACKGROUND).light).toBe(1);
    expect(colorContrast(DARK_BACKGROUND).dark).toBe(1);
    // Upper- and lower-case hex agree.
    expect(colorContrast('#ABCDEF')).toEqual(colorContrast('#abcdef'));
  });
});
