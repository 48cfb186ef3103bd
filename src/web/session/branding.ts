import { contrastRatio, DARK_BACKGROUND, LIGHT_BACKGROUND, WCAG_AA_TEXT, type Branding } from '../../contract/index.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Mix a colour towards black (amount < 0) or white (amount > 0). */
function mix(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const target = amount > 0 ? 255 : 0;
  const parts = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => Math.round(c + (target - c) * Math.abs(amount)));
  return `#${parts.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A variant of `hex` with at least AA contrast against `background` (for brand-coloured text). The contrast maths is
 * the contract's (contract/branding.ts), the same the server reports and the console warns with.
 */
function readableOn(hex: string, background: string): string {
  const direction = contrastRatio(background, '#000000') > contrastRatio(background, '#ffffff') ? -1 : 1;
  let colour = hex;
  for (let step = 1; step <= 10 && contrastRatio(colour, background) < WCAG_AA_TEXT; step++)
    colour = mix(hex, direction * step * 0.1);
  return colour;
}

/** The colours derived from a brand colour: itself, text on it, and readable text variants on light and dark. */
export function brandColors(primaryColor: string) {
  const hex = HEX.test(primaryColor) ? primaryColor : '#2457c5';
  return {
    brand: hex,
    contrast: contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#000000') ? '#ffffff' : '#000000',
    textLight: readableOn(hex, LIGHT_BACKGROUND),
    textDark: readableOn(hex, DARK_BACKGROUND),
  };
}

function setFavicon(url: string | null) {
  let link = document.head.querySelector<HTMLLinkElement>('link[rel="icon"][data-brand]');
  if (!url) {
    link?.remove();
    return;
  }
  if (!link) {
    link = document.createElement('link');
    link.rel = 'icon';
    link.dataset.brand = '';
    document.head.append(link);
  }
  link.href = url;
}

/** Apply the branding the session carries (the person's segment's, else the firm's): colours, favicon, name. */
export function applyBranding(branding: Branding): void {
  const colors = brandColors(branding.primaryColor);
  const root = document.documentElement.style;
  root.setProperty('--brand', colors.brand);
  root.setProperty('--brand-contrast', colors.contrast);
  root.setProperty('--brand-text-light', colors.textLight);
  root.setProperty('--brand-text-dark', colors.textDark);
  root.setProperty('--accent', HEX.test(branding.accentColor ?? '') ? branding.accentColor : colors.brand);
  setFavicon(branding.faviconUrl ?? null);
  document.documentElement.dataset.brandName = branding.name;
}
