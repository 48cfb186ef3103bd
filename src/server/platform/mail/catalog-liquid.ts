import { t, type MessageKey } from '../../i18n/index.ts';
import { escapeHtml } from './layout.ts';

/**
 * Turns a message of the server's i18n catalog into Liquid: each value becomes a variable (`{{ name }}`, or
 * `{{ item.name }}` inside a loop), and each value the message chooses on (an ICU select or plural, declared as the
 * entry's `choices`) becomes a `{% case %}` over its options, so an edited template starting from the default still
 * says "quote" for a quote and "1 task" for one task.
 */
export type Scalar = string | number;

/** A value as a Liquid variable; numbers get a sentinel number (so plural rules pick the general form) replaced later. */
interface Placeholders {
  vars: Record<string, Scalar>;
  sentinels: Map<string, number>;
}

function placeholders(sample: Record<string, Scalar>, prefix: string, fixed: Record<string, Scalar>): Placeholders {
  const sentinels = new Map<string, number>();
  const vars: Record<string, Scalar> = {};
  Object.entries(sample).forEach(([name, value], index) => {
    const variable = `${prefix}${name}`;
    if (typeof value !== 'number') vars[name] = `{{ ${variable} }}`;
    else {
      const sentinel = 97_531_000 + (prefix ? 50 : 0) + index;
      sentinels.set(variable, sentinel);
      vars[name] = sentinel;
    }
  });
  return { vars: { ...vars, ...fixed }, sentinels };
}

function replaceSentinels(message: string, sentinels: Map<string, number>) {
  let result = message;
  for (const [name, sentinel] of sentinels) {
    // However the language groups digits (1,234 / 1.234 / 1 234): the digits with anything between the groups.
    const digits = String(sentinel);
    const grouped = new RegExp(`${digits.slice(0, 2)}\\D{0,2}${digits.slice(2, 5)}\\D{0,2}${digits.slice(5)}`, 'g');
    result = result.replace(grouped, `{{ ${name} }}`);
  }
  return result;
}

/** Whether a piece of Liquid opens as many tags as it closes (a cut inside `{{ x }}` would break the template). */
const balanced = (piece: string) =>
  piece.split('{{').length === piece.split('}}').length && piece.split('{%').length === piece.split('%}').length;

/** The longest common start of all strings, ending at a space and outside any tag. */
function commonPrefix(strings: string[]) {
  let length = 0;
  const first = strings[0]!;
  while (length < first.length && strings.every((s) => s[length] === first[length])) length++;
  while (length > 0 && (!balanced(first.slice(0, length)) || (first[length - 1] !== ' ' && length < first.length)))
    length--;
  return first.slice(0, length);
}

const reverse = (s: string) => [...s].reverse().join('');

function commonSuffix(strings: string[]) {
  // Reversed, a closing `}}` reads `}}` too, so the same balance test holds.
  return reverse(commonPrefix(strings.map(reverse)));
}

const literal = (value: Scalar) => (typeof value === 'number' ? String(value) : `'${value}'`);

export interface MessageSource {
  key: MessageKey;
  locale: string;
  /** Top-level values: each becomes `{{ name }}`. */
  sample: Record<string, Scalar>;
  /** The current loop item's values: each becomes `{{ item.name }}`. */
  item?: Record<string, Scalar>;
  fixed: Record<string, Scalar>;
  choices: Record<string, Scalar[]>;
}

function render(source: MessageSource, chosen: Record<string, Scalar>) {
  const top = placeholders(source.sample, '', {});
  const item = placeholders(source.item ?? {}, 'item.', {});
  const message = t(source.key, { ...top.vars, ...item.vars, ...source.fixed, ...chosen }, source.locale);
  return replaceSentinels(replaceSentinels(message, top.sentinels), item.sentinels);
}

function withChoices(source: MessageSource, names: string[], chosen: Record<string, Scalar>): string {
  const [name, ...rest] = names;
  if (name === undefined) return render(source, chosen);
  const otherwise = withChoices(source, rest, chosen);
  const branches = (source.choices[name] ?? [])
    .map((option) => ({ option, text: withChoices(source, rest, { ...chosen, [name]: option }) }))
    .filter((branch) => branch.text !== otherwise);
  if (!branches.length) return otherwise;
  const all = [otherwise, ...branches.map((branch) => branch.text)];
  const prefix = commonPrefix(all);
  const suffix = commonSuffix(all.map((text) => text.slice(prefix.length)));
  const middle = (text: string) => text.slice(prefix.length, text.length - suffix.length);
  const whens = branches.map((branch) => `{% when ${literal(branch.option)} %}${middle(branch.text)}`).join('');
  return `${prefix}{% case ${name} %}${whens}{% else %}${middle(otherwise)}{% endcase %}${suffix}`;
}

/** The message as Liquid (plain text: for the subject and the text part). */
export function liquidMessage(source: MessageSource): string {
  const names = Object.keys(source.choices).filter((name) => name in source.sample);
  return withChoices(source, names, {});
}

/** HTML-escapes the text between Liquid tags, leaving the tags themselves (and their quotes) as they are. */
export const escapeOutsideTags = (liquid: string) =>
  liquid
    .split(/({{[\s\S]*?}}|{%[\s\S]*?%})/)
    .map((piece, index) => (index % 2 ? piece : escapeHtml(piece)))
    .join('');
