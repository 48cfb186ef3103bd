import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/platform/http/errors.ts';
import { decodeCursor, encodeCursor, toPage } from '../../src/server/platform/http/pagination.ts';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

describe('cursors', () => {
  it('round-trip text, timestamps and ids', () => {
    const values = ['acme manufacturing', '2026-11-29T17:00:00.123456Z', '0190a3c2-0000-7000-8000-000000000000'];
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // safe in a query string without escaping
    expect(decodeCursor(cursor, ['text', 'timestamp', 'uuid'])).toEqual(values);
  });

  it('refuses values of the wrong kind (a tampered id or time never reaches SQL)', () => {
    expect(refusal(() => decodeCursor(encodeCursor(['x', 'not-a-uuid']), ['text', 'uuid'])).status).toBe(400);
    expect(
      refusal(() =>
        decodeCursor(encodeCursor(['yesterday', '0190a3c2-0000-7000-8000-000000000000']), ['timestamp', 'uuid']),
      ).status,
    ).toBe(400);
    expect(
      refusal(() => decodeCursor(encodeCursor([42, '0190a3c2-0000-7000-8000-000000000000']), ['text', 'uuid'])).status,
    ).toBe(400);
  });

  it('no cursor means the first page', () => {
    expect(decodeCursor(undefined, ['text', 'text'])).toBeNull();
    expect(decodeCursor('', ['text', 'text'])).toBeNull();
  });

  it.each([
    ['garbage', '!!!not base64!!!'],
    ['tampered', `${encodeCursor(['a', 'b']).slice(0, -2)}zz`],
    ['wrong arity', encodeCursor(['a'])],
    ['not an array', Buffer.from('{"a":1}').toString('base64url')],
    ['object values', Buffer.from('[{"x":1},"id"]').toString('base64url')],
  ])('refuses a %s cursor with a 400 on the cursor field', (_name, cursor) => {
    const error = refusal(() => decodeCursor(cursor, ['text', 'text']));
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors).toEqual([expect.objectContaining({ path: 'cursor', code: 'invalid_cursor' })]);
  });
});

describe('toPage', () => {
  const rows = [1, 2, 3, 4].map((n) => ({ id: `id${n}`, name: `n${n}` }));
  const present = (row: { id: string }) => row.id;
  const cursorOf = (row: { id: string; name: string }) => [row.name, row.id];

  it('uses the extra row only to say there is a next page', () => {
    const page = toPage(rows, 3, present, cursorOf);
    expect(page.items).toEqual(['id1', 'id2', 'id3']);
    expect(decodeCursor(page.nextCursor!, ['text', 'text'])).toEqual(['n3', 'id3']);
  });

  it('has no next cursor on the last page or an empty one', () => {
    expect(toPage(rows, 4, present, cursorOf).nextCursor).toBeNull();
    expect(toPage([], 10, present, cursorOf)).toEqual({ items: [], nextCursor: null });
  });
});
