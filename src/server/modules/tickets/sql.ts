/** Positional parameters for SQL built from optional filters: `p(value)` appends a value and returns its `$n`. */
export class Params {
  readonly values: unknown[] = [];
  p(value: unknown) {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** ILIKE pattern for a user's text: %, _ and \ match themselves. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
