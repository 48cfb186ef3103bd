import { fieldError } from './errors.ts';

/** Keyset cursor: the sort value and id of the last item of a page, opaque to clients. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through to the field error
  }
  throw fieldError('cursor', 'invalid_cursor', 'This cursor is not valid; start again from the first page.');
}

/** Fetch limit+1 rows; the extra one tells whether there is a next page. */
export function toPage<Row, Item>(rows: Row[], limit: number, present: (row: Row) => Item, cursorOf: (row: Row) => (string | number | null)[]) {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(present), nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
