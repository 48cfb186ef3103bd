import { z } from 'zod';

/**
 * Languages with a complete catalog, web and server. A language is listed here only once both catalogs exist
 * (`src/web/i18n/<lang>.ts`, `src/server/i18n/<lang>.ts`): the catalog test fails for a listed language without them.
 */
export const SHIPPED_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];

/**
 * Pseudo-locales for development and tests only: accented and ~40% longer English (`en-XA`), and the same mirrored
 * right-to-left (`ar-XB`). The server resolves them only outside production.
 */
export const PSEUDO_LANGUAGES = ['en-XA', 'ar-XB'] as const;
export type PseudoLanguage = (typeof PSEUDO_LANGUAGES)[number];

export type UiLanguage = ShippedLanguage | PseudoLanguage;

/** Each language's own name, for switchers: a reader looks for their language in their language. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'en-XA': '[Ƥšéûðô]',
  'ar-XB': '[RTL ƥšéûðô]',
};

export const RTL_LANGUAGES: readonly string[] = ['ar-XB', 'ar', 'he', 'fa', 'ur'];

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}

/** A language a segment or the portal may default to: only shipped ones (not the pseudo-locales). */
export const DefaultLanguage = z.enum(SHIPPED_LANGUAGES);

export const LanguageInfo = z.object({
  /** The language the interface is in, resolved by the server (choice, segment, Accept-Language, portal). */
  language: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  /** Languages the switcher offers. */
  available: z.array(z.string()),
});
export type LanguageInfo = z.infer<typeof LanguageInfo>;
