import type { FastifyRequest } from 'fastify';
import { conflict, fieldError } from './errors.ts';

/** Optimistic concurrency: `If-Match: 3` or `If-Match: "3"` carries the version the client edited. */
export function ifMatchVersion(request: FastifyRequest): number | null {
  const header = request.headers['if-match'];
  if (header === undefined) return null;
  const version = Number.parseInt(String(header).replace(/^W\//, '').replace(/"/g, ''), 10);
  if (!Number.isSafeInteger(version) || version < 1)
    throw fieldError('If-Match', 'invalid_version', 'If-Match must be the version you loaded.');
  return version;
}

/** The object changed since the client loaded the version it sent in If-Match. */
export const staleVersion = () => conflict('This changed since you loaded it. Reload and try again.', 'stale_version');
