import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en as serverEn } from '../../src/server/i18n/en.ts';
import { es as serverEs } from '../../src/server/i18n/es.ts';
import { fr as serverFr } from '../../src/server/i18n/fr.ts';
import { en as webEn } from '../../src/web/i18n/en.ts';
import { es as webEs } from '../../src/web/i18n/es.ts';
import { fr as webFr } from '../../src/web/i18n/fr.ts';

/**
 * Every argument of a message as "name:type", with the branches a select offers: a translation that drops, renames
 * or retypes an argument would print a raw `{name}` or the wrong branch at run time, so the sets must match English.
 * Plural branches may differ (French and Spanish have a `many` category), but `other` must stay.
 */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(`${element.value}:argument`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        found.add(`${element.value}:${TYPE[element.type]}`);
        break;
      case TYPE.select:
        found.add(`${element.value}:select[${Object.keys(element.options).sort().join(',')}]`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.plural:
        found.add(
          `${element.value}:${element.pluralType ?? 'cardinal'}${'other' in element.options ? '' : ':no-other'}`,
        );
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        argumentsOf(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

const argumentSet = (message: string) => [...argumentsOf(parse(message, { ignoreTag: true }))].sort();

/**
 * Keys whose translation is rightly the same as English: product and format names, abbreviations, words French or
 * Spanish share with English, and messages made only of placeholders. Anything else identical is an untranslated
 * string.
 */
const SAME_AS_ENGLISH: Record<'fr' | 'es', ReadonlySet<string>> = {
  fr: new Set<string>([]),
  es: new Set<string>([]),
};

const catalogs = [
  {
    name: 'web',
    en: webEn as Record<string, string>,
    fr: webFr as Record<string, string>,
    es: webEs as Record<string, string>,
  },
  {
    name: 'server',
    en: serverEn as Record<string, string>,
    fr: serverFr as Record<string, string>,
    es: serverEs as Record<string, string>,
  },
];

describe.each(catalogs)('$name catalog in French and Spanish', ({ en, fr, es }) => {
  it.each([
    ['fr', fr],
    ['es', es],
  ] as const)('%s has exactly the English keys', (_locale, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['fr', fr],
    ['es', es],
  ] as const)('%s keeps every ICU argument, select branch and plural of the English message', (locale, catalog) => {
    const mismatched: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const translated = catalog[key];
      if (translated === undefined) continue;
      // Each translation must also compile and format for its own locale's plural rules.
      expect(() => new IntlMessageFormat(translated, locale, undefined, { ignoreTag: true }), key).not.toThrow();
      if (JSON.stringify(argumentSet(translated)) !== JSON.stringify(argumentSet(english))) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
  });

  it.each([
    ['fr', fr],
    ['es', es],
  ] as const)('%s translates every message (identical ones are listed on purpose)', (locale, catalog) => {
    const placeholdersOnly = (message: string) => message.replace(/\{[^{}]*\}|[\s#·,.:()/–—-]/g, '') === '';
    const same = Object.entries(en)
      .filter(([key, english]) => catalog[key] === english && !placeholdersOnly(english))
      .map(([key]) => key)
      .filter((key) => !SAME_AS_ENGLISH[locale].has(key));
    expect(same).toEqual([]);
  });

  it('has no leftover English sentence in French or Spanish', () => {
    // A cheap net for a pasted English branch: common English words that no French or Spanish sentence uses.
    const english = /\b(the|your|you|please|with|this|will|cannot|was|were|has been)\b/i;
    const leaks = (catalog: Record<string, string>) =>
      Object.entries(catalog)
        .filter(([, message]) => english.test(message.replace(/\{[^{}]*\}/g, '')))
        .map(([key]) => key);
    expect(leaks(fr)).toEqual([]);
    expect(leaks(es)).toEqual([]);
  });
});
