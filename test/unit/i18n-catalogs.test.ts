import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from '../../src/contract/languages.ts';
import { en as serverEnglish } from '../../src/server/i18n/en.ts';
import { t as serverT } from '../../src/server/i18n/index.ts';
import { acceptedLanguages, resolveLanguage } from '../../src/server/i18n/language.ts';
import { en as webEnglish } from '../../src/web/i18n/en.ts';
import { loadLanguage, setViewer, t } from '../../src/web/i18n/index.ts';
import { pseudoCatalog, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/web/i18n/pseudo.ts';

type Catalog = Record<string, string>;

/**
 * What a message needs from its caller: every argument with its kind, and for `select` its option keys (they are
 * code values such as a status, so a translation may not rename them). Plural categories may differ by language.
 */
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.select) {
        found.add(`${element.value}:select(${Object.keys(element.options).sort().join('|')})`);
      } else if (element.type === TYPE.plural) {
        found.add(`${element.value}:plural`);
      } else if ('value' in element && typeof element.value === 'string') {
        found.add(`${element.value}:${TYPE[element.type]}`);
      }
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

async function webCatalog(language: string): Promise<Catalog> {
  const module = (await import(`../../src/web/i18n/${language}.ts`)) as Record<string, Catalog>;
  return module[language]!;
}
async function serverCatalog(language: string): Promise<Catalog> {
  const module = (await import(`../../src/server/i18n/${language}.ts`)) as Record<string, Catalog>;
  return module[language]!;
}

function compare(english: Catalog, translated: Catalog, language: string) {
  const missing = Object.keys(english).filter((key) => translated[key] === undefined);
  const extra = Object.keys(translated).filter((key) => english[key] === undefined);
  expect(missing, `${language}: keys missing`).toEqual([]);
  expect(extra, `${language}: keys English does not have`).toEqual([]);
  const differing = Object.keys(english).filter(
    (key) => JSON.stringify(signature(english[key]!)) !== JSON.stringify(signature(translated[key]!)),
  );
  expect(differing, `${language}: ICU arguments differ from English`).toEqual([]);
  for (const [key, message] of Object.entries(translated)) {
    expect(() => new IntlMessageFormat(message, language, undefined, { ignoreTag: true }), key).not.toThrow();
  }
}

describe('shipped catalogs', () => {
  for (const language of SHIPPED_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language}: the web catalog has every English key, with the same ICU arguments`, async () => {
      compare(webEnglish, await webCatalog(language), language);
    });
    it(`${language}: the server catalog (emails, PDFs) has every English key, with the same ICU arguments`, async () => {
      compare(serverEnglish, await serverCatalog(language), language);
    });
  }

  it('catches a missing key and a renamed argument (the check itself works)', () => {
    const english = { a: 'Hello {name}', b: '{n, plural, one {# file} other {# files}}', c: 'x' };
    expect(() =>
      compare(english, { a: 'Hallo {name}', b: '{n, plural, one {# Datei} other {# Dateien}}' }, 'xx'),
    ).toThrow(/missing/);
    expect(() => compare(english, { a: 'Hallo {nom}', b: '{n, plural, other {# Dateien}}', c: 'x' }, 'xx')).toThrow(
      /ICU arguments/,
    );
    expect(signature('{s, select, a {A} other {B}}')).not.toEqual(signature('{s, select, b {A} other {B}}'));
  });

  it('the web app speaks German once the catalog is loaded, and English again after', async () => {
    setViewer({ locale: null });
    expect(await loadLanguage('de')).toBe('de');
    expect(t('tickets.new.submit')).toBe('Ticket absenden');
    expect(t('conversations.unread', { count: 2 })).toBe('2 ungelesene Nachrichten');
    expect(await loadLanguage('xx')).toBe('en');
    expect(t('tickets.new.submit')).toBe('Submit ticket');
  });

  it('emails go out in the recipient’s language, English for one without a catalog', () => {
    expect(serverT('mail.magic.button', {}, 'de-AT')).toBe('Anmelden');
    expect(serverT('mail.tasks.digest.subject', { count: 1, portal: 'P' }, 'de')).toBe('1 überfällige Aufgabe auf P');
    expect(serverT('mail.magic.button', {}, 'pt-BR')).toBe('Sign in');
  });
});

describe('pseudo-locales', () => {
  it('accent and lengthen every message by about 40%, keeping its arguments', () => {
    const pseudo = pseudoCatalog(webEnglish as Catalog, 'en-XA');
    for (const [key, message] of Object.entries(webEnglish as Catalog)) {
      const shown = pseudo[key]!;
      expect(shown.startsWith(PSEUDO_OPEN) && shown.endsWith(PSEUDO_CLOSE), key).toBe(true);
      expect(signature(shown), key).toEqual(signature(message));
    }
    const formatted = new IntlMessageFormat(pseudo['tickets.new.submit']!, 'en').format() as string;
    expect(formatted).toMatch(/^⟦Šúƀɱíţ ţíçķéţ( ẋ+)+⟧$/u);
    expect(formatted.length).toBeGreaterThanOrEqual(Math.ceil('Submit ticket'.length * 1.4));
  });

  it('mark the right-to-left one', () => {
    expect(pseudoCatalog({ a: 'Save' }, 'ar-XB').a!.startsWith('\u200f')).toBe(true);
  });
});

describe('language resolution', () => {
  it('reads Accept-Language by quality, dropping junk', () => {
    expect(acceptedLanguages('fr;q=0.5, de-CH, en;q=0.8, *;q=0.1, <x>')).toEqual(['de-CH', 'en', 'fr']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('takes the choice, then the segment, then the browser, then the portal', () => {
    const all = { choice: 'de-DE', segmentDefault: 'en', acceptLanguage: 'en', portalDefault: 'en' };
    expect(resolveLanguage(all, false)).toBe('de');
    expect(resolveLanguage({ ...all, choice: null, segmentDefault: 'de' }, false)).toBe('de');
    expect(resolveLanguage({ choice: null, acceptLanguage: 'pt-BR, de;q=0.3', portalDefault: 'en' }, false)).toBe('de');
    expect(resolveLanguage({ choice: 'pt', acceptLanguage: 'ja', portalDefault: 'de' }, false)).toBe('de');
    expect(resolveLanguage({}, false)).toBe('en');
  });

  it('offers the pseudo-locales only outside production', () => {
    expect(resolveLanguage({ choice: 'en-XA' }, true)).toBe('en-XA');
    expect(resolveLanguage({ choice: 'ar-XB' }, false)).toBe('en');
  });
});
