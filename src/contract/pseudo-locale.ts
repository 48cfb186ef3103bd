import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/**
 * Pseudo-locales for tests and development (never offered in production): every message accented, about 40% longer
 * and bracketed, so a hard-coded English string stands out on the page and a layout that cannot take longer words
 * breaks visibly. `ar-XB` is the same text marked right-to-left; the page around it mirrors through `dir="rtl"`.
 * Only ICU literals change: arguments, plural and select keys stay as they are, so every message still formats.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŢÚṼŴẊÝŽ'][index]!,
  ]),
);

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function accent(text: string): string {
  return [...text].map((char) => ACCENTED[char] ?? char).join('');
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [key, { ...option, value: transform(option.value) }]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

/** Filler of about 40% of the message's length, in short words so it wraps like real text. */
function padding(message: string): string {
  const length = Math.ceil(message.length * 0.4);
  const words: string[] = [];
  for (let left = length; left > 0; left -= 6) words.push('ẋ'.repeat(Math.min(5, left)));
  return words.length ? ` ${words.join(' ')}` : '';
}

export function pseudoMessage(message: string, language: 'en-XA' | 'ar-XB'): string {
  const ast = transform(parse(message, { ignoreTag: true }));
  const marker = language === 'ar-XB' ? '\u200f' : '';
  const literal = (value: string) => ({ type: TYPE.literal, value }) as MessageFormatElement;
  return printAST([literal(`${marker}${PSEUDO_OPEN}`), ...ast, literal(`${padding(message)}${PSEUDO_CLOSE}`)]);
}

export function pseudoCatalog<K extends string>(
  english: Record<K, string>,
  language: 'en-XA' | 'ar-XB',
): Record<K, string> {
  const result = {} as Record<K, string>;
  for (const key of Object.keys(english) as K[]) result[key] = pseudoMessage(english[key], language);
  return result;
}
