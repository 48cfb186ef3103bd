import type { Branding } from '../../contract/index.ts';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: number, b: number): number {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mix a colour towards black (amount < 0) or white (amount > 0). */
function mix(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const target = amount > 0 ? 255 : 0;
  const parts = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => Math.round(c + (target - c) * Math.abs(amount)));
  return `#${parts.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A variant of `hex` with at least 4.5:1 contrast against `background` (for brand-coloured text). */
function readableOn(hex: string, background: string): string {
  const bg = luminance(background);
  const direction = bg > 0.5 ? -1 : 1;
  let colour = hex;
  for (let step = 1; step <= 10 && contrast(luminance(colour), bg) < 4.5; step++)
    colour = mix(hex, direction * step * 0.1);
  return colour;
}

/** Apply the portal's branding: `--brand` (+ readable text colours), the document title's suffix. */
export function applyBranding(branding: Branding): void {
  const hex = /^#[0-9a-fA-F]{6}$/.test(branding.primaryColor) ? branding.primaryColor : '#2457c5';
  const root = document.documentElement.style;
  root.setProperty('--brand', hex);
  const lum = luminance(hex);
  root.setProperty('--brand-contrast', contrast(lum, 1) >= contrast(lum, 0) ? '#ffffff' : '#000000');
  root.setProperty('--brand-text-light', readableOn(hex, '#ffffff'));
  root.setProperty('--brand-text-dark', readableOn(hex, '#16181d'));
  document.documentElement.dataset.brandName = branding.name;
}
