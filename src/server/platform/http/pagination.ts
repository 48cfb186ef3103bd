import { fieldError } from './errors.ts';

/**
 * What each position of a keyset cursor holds. A cursor comes back from the client, so every value is checked
 * before it reaches SQL: a tampered cursor is a 400 on `cursor`, never a failed cast (500).
 * - text: any string (a sort key such as a lower-cased name)
 * - uuid: an id
 * - timestamp: an ISO 8601 UTC time with up to microseconds (PostgreSQL's precision; see `timestampKey`)
 * - integer: a whole number within PostgreSQL's integer (a position); decoded as a number
 */
export type CursorPart = 'text' | 'uuid' | 'timestamp' | 'integer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function partIsValid(value: unknown, part: CursorPart | undefined) {
  if (part === 'integer') return Number.isSafeInteger(value) && Math.abs(value as number) <= 2_147_483_647;
  if (typeof value !== 'string') return false;
  if (part === 'uuid') return UUID.test(value);
  if (part === 'timestamp') return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
  return true;
}

/**
 * SQL for a timestamp column as a cursor value with PostgreSQL's full microsecond precision. A JS Date keeps
 * only milliseconds: a cursor built from it skips (descending) or repeats (ascending) rows created within the
 * same millisecond, such as every row inserted by one transaction.
 */
export const timestampKey = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Keyset cursor: the sort value and id of the last item of a page, opaque to clients. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor whose positions hold `kinds`; anything else is a 400 on `cursor`. */
export function decodeCursor(cursor: string | undefined, kinds: readonly CursorPart[]): string[] | null {
  return decodeCursorValues(cursor, kinds) as string[] | null;
}

/** Like `decodeCursor`, for cursors with `integer` positions (which decode as numbers). */
export function decodeCursorValues(
  cursor: string | undefined,
  kinds: readonly CursorPart[],
): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === kinds.length &&
      values.every((value, index) => partIsValid(value, kinds[index]))
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the field error
  }
  throw fieldError('cursor', 'invalid_cursor', 'This cursor is not valid; start again from the first page.');
}

/** Fetch limit+1 rows; the extra one tells whether there is a next page. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
  cursorOf: (row: Row) => (string | number | null)[],
) {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}
