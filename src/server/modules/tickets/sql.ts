/** Positional parameters for SQL built from optional filters: `p(value)` appends a value and returns its `$n`. */
export class Params {
  readonly values: unknown[] = [];
  p(value: unknown) {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A subject search as a `simple` tsquery: every word must appear, the last one may be half typed
 * ("reset the pass" -> "reset & the & pass:*"). Only letters and digits reach it, so no operator can be injected.
 * Null when the text has no word at all (it then matches nothing).
 */
export function subjectWordsQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 10);
  if (!words.length) return null;
  return words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
