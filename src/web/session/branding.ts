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

/**
 * The colours derived from a brand colour on one scheme's background: itself (fills: buttons, borders), the text
 * on it (white or black, whichever reads better), and a readable variant for brand-coloured text and links.
 */
export function brandColors(color: string, background: string = LIGHT_BACKGROUND, fallback = '#2457c5') {
  const hex = HEX.test(color) ? color : fallback;
  return {
    brand: hex,
    contrast: contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#000000') ? '#ffffff' : '#000000',
    text: readableOn(hex, background),
  };
}

/**
 * The custom properties that paint the brand, for both schemes: `--brand-light`/`--brand-dark` and their companions.
 * base.css picks one set by prefers-color-scheme (`--brand: var(--brand-light)`, dark: `var(--brand-dark)`), so
 * the branding's dark-mode colours apply as soon as the viewer's theme is dark, with no script watching it.
 */
export function brandProperties(branding: Branding): Record<string, string> {
  const light = brandColors(branding.primaryColor, LIGHT_BACKGROUND);
  const dark = brandColors(branding.primaryColorDark, DARK_BACKGROUND, light.brand);
  return {
    '--brand-light': light.brand,
    '--brand-contrast-light': light.contrast,
    '--brand-text-light': light.text,
    '--accent-light': HEX.test(branding.accentColor) ? branding.accentColor : light.brand,
    '--brand-dark': dark.brand,
    '--brand-contrast-dark': dark.contrast,
    '--brand-text-dark': dark.text,
    '--accent-dark': HEX.test(branding.accentColorDark) ? branding.accentColorDark : dark.brand,
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
  const root = document.documentElement.style;
  for (const [property, value] of Object.entries(brandProperties(branding))) root.setProperty(property, value);
  setFavicon(branding.faviconUrl ?? null);
  document.documentElement.dataset.brandName = branding.name;
}
