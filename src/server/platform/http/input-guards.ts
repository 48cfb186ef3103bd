import { Stream } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { fieldError } from './errors.ts';

const NUL = '\u0000';

/** The path of the first string (value or key) holding a NUL character, or null. */
function findNul(value: unknown, path: string[], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  // A raw upload body is a stream (documents): its bytes are data, not fields, and walking its object graph would never end.
  if (depth > 64 || value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Stream)
    return null;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes(NUL)) return [...path, key];
    const found = findNul(child, [...path, key], depth + 1);
    if (found) return found;
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
    for (const part of [request.params, request.query, request.body]) {
      const path = findNul(part, []);
      if (path)
        return done(
          fieldError(
            path.join('.') || '(body)',
            'invalid_characters',
            'Remove the NUL character: it cannot be stored.',
          ),
        );
    }
    done();
  });
}
