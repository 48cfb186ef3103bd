import { Stream } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { fieldError } from './errors.ts';

const NUL = '\u0000';
const NO_PATH: readonly string[] = [];

/** The path of the first string (value or key) holding a NUL character, or null. */
function findNul(value: unknown, path: readonly string[], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? [...path] : null;
  // A raw upload body is a stream (documents): its bytes are data, not fields, and walking its object graph would never end.
  if (depth > 64 || value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Stream)
    return null;
  // for...in, not Object.entries: every request walks its (usually empty) params and query, and the entries
  // arrays and paths were allocated even when there was nothing to find. The path is built only on a hit.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key.includes(NUL)) return [...path, key];
    const found = findNul((value as Record<string, unknown>)[key], [], depth + 1);
    if (found) return [...path, key, ...found];
  }
  return null;
}

/**
 * PostgreSQL text cannot hold NUL, and the embedded engine drops its connection when a parameter carries one
 * (failing unrelated queries in flight). So a NUL anywhere in the body, query or path is refused as a 400 on
 * that field before any handler or query runs.
 */
export function refuseUnstorableInput(app: FastifyInstance) {
  // A callback hook: every request passes it, and an async one costs a promise and a microtask turn.
  app.addHook('preValidation', (request, _reply, done) => {
    const path = findNul(request.params, NO_PATH) ?? findNul(request.query, NO_PATH) ?? findNul(request.body, NO_PATH);
    if (path)
      return done(
        fieldError(path.join('.') || '(body)', 'invalid_characters', 'Remove the NUL character: it cannot be stored.'),
      );
    done();
  });
}
