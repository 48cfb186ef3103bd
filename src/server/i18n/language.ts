import {
  PSEUDO_LANGUAGES,
  SHIPPED_LANGUAGES,
  directionOf,
  type LanguageInfo,
  type UiLanguage,
} from '../../contract/languages.ts';

/** The cookie a visitor's switcher choice is kept in (people who sign in keep theirs on their profile). */
export const LANGUAGE_COOKIE = 'portico_lang';

/** Languages in an `Accept-Language` header, best first (q-values honoured, `*` and malformed entries dropped). */
export function acceptedLanguages(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(entry.tag) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The UI language a tag stands for, or null when Portico has no catalog for it. */
export function matchLanguage(tag: string | null | undefined, allowPseudo: boolean): UiLanguage | null {
  if (!tag) return null;
  const pseudo = PSEUDO_LANGUAGES.find((p) => p.toLowerCase() === tag.toLowerCase());
  if (pseudo) return allowPseudo ? pseudo : null;
  const base = tag.split('-')[0]?.toLowerCase();
  return SHIPPED_LANGUAGES.find((language) => language === base) ?? null;
}

export interface LanguageSources {
  /** The person's choice: their profile's locale, or a visitor's switcher cookie. */
  choice?: string | null;
  /** The default language of the segment the person (or the domain) belongs to. */
  segmentDefault?: string | null;
  acceptLanguage?: string | null;
  portalDefault?: string | null;
}

/** The language to show, in the order the issue names: choice, segment, browser, portal, then English. */
export function resolveLanguage(sources: LanguageSources, allowPseudo: boolean): UiLanguage {
  const candidates = [
    sources.choice,
    sources.segmentDefault,
    ...acceptedLanguages(sources.acceptLanguage),
    sources.portalDefault,
  ];
  for (const candidate of candidates) {
    const language = matchLanguage(candidate, allowPseudo);
    if (language) return language;
  }
  return 'en';
}

export function languageInfo(language: UiLanguage, allowPseudo: boolean): LanguageInfo {
  return {
    language,
    dir: directionOf(language),
    available: [...SHIPPED_LANGUAGES, ...(allowPseudo ? PSEUDO_LANGUAGES : [])],
  };
}
