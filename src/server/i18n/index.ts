import { IntlMessageFormat } from 'intl-messageformat';
import { PSEUDO_LANGUAGES, type PseudoLanguage } from '../../contract/languages.ts';
import { pseudoMessage } from '../../contract/pseudo-locale.ts';
import { de } from './de.ts';
import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

const catalogs: Record<string, Record<MessageKey, string>> = { en, de, fr, es };
/** Compiled messages by locale and key: parsing ICU is the slow part, formatting a compiled one is cheap. */
const compiled = new Map<string, IntlMessageFormat>();

const isPseudo = (locale: string | null): locale is PseudoLanguage =>
  (PSEUDO_LANGUAGES as readonly (string | null)[]).includes(locale);

/**
 * Server-side translation: ICU MessageFormat (plural, select), like the web app's, in the recipient's language
 * (their locale's language when a catalog exists, else English). The pseudo-locales (which only resolve outside
 * production) get the web app's accented, longer English, so server-rendered pages are checked like the app.
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}, locale: string | null = 'en'): string {
  // The catalog's language decides plural rules too (a stored locale may be any string: never parsed further).
  const requested = (locale ?? 'en').split('-')[0]?.toLowerCase() ?? 'en';
  const language = isPseudo(locale) ? locale : requested in catalogs ? requested : 'en';
  const cacheKey = `${language}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const message = isPseudo(language) ? pseudoMessage(en[key], language) : (catalogs[language] ?? en)[key];
    // ignoreTag: a `<` in a message is text, not an ICU rich-text tag.
    format = new IntlMessageFormat(message, isPseudo(language) ? 'en' : language, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return String(format.format(vars));
}
export type { MessageKey };
